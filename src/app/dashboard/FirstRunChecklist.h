#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace settle {

class LedgerSession;

// What to do first in a new ledger, on the dashboard: the company's details and how customers pay,
// the email server, the first customer, the first invoice. Each step has a button to where it is done
// and is ticked from the ledger itself (its settings, whether it has a customer and an invoice), never
// from what was clicked; the list goes once every step is done.
class FirstRunChecklist : public QFrame
{
    Q_OBJECT

public:
    explicit FirstRunChecklist(LedgerSession& session, QWidget* parent = nullptr);

    // Reads the settings again (cheap) and shows the list if something is left.
    void refresh();
    // Whether the ledger has a customer and an invoice (the dashboard adds those up off the GUI thread).
    void setLedgerState(bool hasCustomers, bool hasInvoices);
    bool isDone() const;

Q_SIGNALS:
    // The Settings page, on this tab, with the focus in this field (object names).
    void settingRequested(const QString& tab, const QString& field);
    void newCustomerRequested();
    void newInvoiceRequested();

private:
    struct Step
    {
        QWidget* row = nullptr;
        QLabel* mark = nullptr;
        QLabel* text = nullptr;
        QPushButton* button = nullptr;
        bool done = false;
    };

    Step addStep(const QString& name, const QString& text, const QString& button);
    void setDone(Step& step, bool done);

    LedgerSession& m_session;
    Step m_company;
    Step m_email;
    Step m_customer;
    Step m_invoice;
    QString m_companyField; // the first company field still empty
    bool m_ledgerKnown = false;
};

} // namespace settle
