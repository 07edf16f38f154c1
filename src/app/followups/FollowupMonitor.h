#pragma once

#include "domain/FollowupRecord.h"
#include "followup/FollowupProblem.h"
#include "followup/FollowupRunner.h"

#include <QObject>
#include <QPointer>

namespace settle {

class AppSettings;
class FollowupTimer;
class LedgerSession;

// The follow-up engine's timer inside the app: runs FollowupTimer while a ledger is open
// (if this computer is meant to), counts the follow-ups that wait for the bookkeeper and says when a
// run raised new ones. Auto-sending (setting followups.auto_send) is only asked for here:
// autoSendRequested() names the follow-ups to send, and the outbox's sender does the sending.
class FollowupMonitor : public QObject
{
    Q_OBJECT

public:
    // Why follow-ups stopped, in the user's words, and where to put it right: the Settings page's
    // tab and field (object names), empty when it is nothing a setting mends.
    struct Notice
    {
        QString text;
        QString action; // the button's text: "Open Settings → Company"
        QString tab;
        QString field;

        bool isEmpty() const { return text.isEmpty(); }
    };

    FollowupMonitor(LedgerSession& session, AppSettings& settings, QObject* parent = nullptr);
    ~FollowupMonitor() override;

    // The running timer, or null (no ledger, or switched off on this computer).
    FollowupTimer* timer() const { return m_timer; }
    // Follow-ups that wait for the bookkeeper: approval, or a delivery not done yet (an email still
    // in the outbox, a letter to print, an open task).
    int waitingCount() const { return m_waiting; }
    bool autoSendEnabled() const;

    // "5 follow-ups are ready"
    static QString readyText(int count);
    static Notice noticeFor(const FollowupProblem& problem);

    // Why the last run (the timer's or a manual one) stopped, for this ledger; empty once a run went
    // through or another ledger is open.
    const Notice& notice() const { return m_notice; }
    // A manual run failed: its notice replaces the last one.
    void reportFailure(const std::exception& error);

public Q_SLOTS:
    // Reads the queue again (after a manual run, an approval, a dismissal).
    void refreshCount();
    // A manual run went through: what stopped an earlier one is past.
    void clearNotice();
    // Starts or stops the timer for the open ledger and reads its interval again.
    void restart();
    // After the settings were saved: the timer takes the new followups.interval_minutes.
    void reloadInterval();

Q_SIGNALS:
    void waitingCountChanged(int count);
    // A run raised follow-ups; `text` says how many ("5 follow-ups are ready").
    void followupsRaised(int count, const QString& text);
    // `message` in the user's words (notice().text).
    void runFailed(const QString& message);
    void noticeChanged();
    // followups.auto_send is on and a run raised stages that need no approval: these follow-up ids
    // are to be sent now. Connected to the outbox sender once it exists; nothing is sent here.
    void autoSendRequested(const QList<qint64>& followupIds);

private:
    void onRaised(const FollowupRunResult& result);
    void onFinished();
    void onFailed();
    void setNotice(const Notice& notice);
    void stop();

    LedgerSession& m_session;
    AppSettings& m_settings;
    FollowupTimer* m_timer = nullptr; // owned (a child)
    int m_waiting = 0;
    Notice m_notice;
};

} // namespace settle
