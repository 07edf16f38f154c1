#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace settle {

class LedgerSession;

// The history of one invoice's follow-ups (FollowupDesk::history): what was raised, sent (with the
// server's answer and time), printed and decided, the tasks' outcomes and the invoice's events.
class InvoiceHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InvoiceHistoryDialog(LedgerSession& session, QWidget* parent = nullptr);

    // The invoices to choose from, `number` shown.
    void showInvoice(const QStringList& numbers, const QString& number);
    QTableWidget* table() const { return m_table; }
    QString invoice() const;

private:
    void load();

    LedgerSession& m_session;
    QComboBox* m_invoice = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_plan = nullptr; // the plan in force, if any
};

} // namespace settle
