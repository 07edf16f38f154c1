#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace settle {

class LedgerSession;

// A band on the follow-up desk, above the queue and so before anything is sent: "3 bank entries are
// not matched yet", with a button to the Bank page. A payment waiting there may be for an invoice
// the queue is about to remind (BankBook holds those invoices back from new stages; the ones already
// raised are the person's to check). Reads the count again whenever bank entries change.
class BankWaitingNotice : public QFrame
{
    Q_OBJECT

public:
    explicit BankWaitingNotice(LedgerSession& session, QWidget* parent = nullptr);

    QString text() const;
    qint64 count() const { return m_count; }
    QPushButton* button() const { return m_button; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void bankRequested();

private:
    LedgerSession& m_session;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
    qint64 m_count = 0;
};

} // namespace settle
