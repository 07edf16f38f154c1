#pragma once

#include "shell/LedgerWorker.h"

#include "mail/OutboxSender.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace settle {

class Ledger;
class LedgerSession;

// Sending the outbox from the window, for the outbox page and the follow-up desk alike. The SMTP
// settings and the password are read on the GUI thread when the job starts (a wrong setting is said
// before anything starts; Qt6Keychain's jobs belong to the thread that first used them and crashed on a
// pooled one); the conversation with the server runs on a worker thread with a connection of its own
// (LedgerWorker), so that a slow server never freezes the window. A message that could not go stays in
// the outbox; summary() says what happened in the words both pages show.
class OutboxSendJob : public QObject
{
    Q_OBJECT

public:
    // Which messages go, worked out on the worker's connection: these ids (each if due), an empty
    // list for every due message, or std::nullopt for none at all.
    using Choice = std::function<std::optional<QList<qint64>>(Ledger&)>;

    explicit OutboxSendJob(LedgerSession& session, QObject* parent = nullptr);
    // A send in flight holds its own connection: waits for it rather than leave it behind.
    ~OutboxSendJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }

    // Every due message.
    static Choice everyDue();
    // These messages only; none when the list is empty.
    static Choice only(const QList<qint64>& outboxIds);

    // Starts sending on a worker thread; finished() follows. Throws SettleError (nothing started)
    // when the ledger is closed, a send is running, or the SMTP settings or the password cannot be read.
    void start(Choice choice);

    // "Nothing was sent: <why>", for a start refused or a send that failed as a whole.
    static QString notSent(const QString& why);
    // After finished(): what happened, for the status line; `nothingDue` when no message was due.
    QString summary(const QString& nothingDue) const;
    // After finished(): something failed, waits for a person, or was left for later.
    bool isProblem() const;

Q_SIGNALS:
    void finished();

private:
    LedgerSession& m_session;
    QFutureWatcher<LedgerWorker::Outcome<OutboxSender::Report>> m_watcher;
};

} // namespace settle
