#pragma once

#include "domain/BankEntryRecord.h"
#include "domain/OpenItem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BankAssignDialog;
}

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace settle {

class LedgerSession;

// Assigns a bank entry a person has to judge: find the customer (by name or code, an invoice's
// number or its amount), tick the invoices the money is for, and record it (BankBook::accept). What
// is not ticked stays as credit on account. A refusal is said in the dialog, which keeps the choice.
class BankAssignDialog : public QDialog
{
    Q_OBJECT

public:
    BankAssignDialog(LedgerSession& session, const BankEntryRecord& entry, QWidget* parent = nullptr);
    ~BankAssignDialog() override;

    // Chooses the customer and lists their open invoices in the entry's currency (none ticked).
    bool setCustomer(const QString& code);
    QString customerCode() const;
    // Ticks (or unticks) an invoice of the chosen customer; false when it is not listed.
    bool setTicked(const QString& number, bool ticked);
    // The ticked invoices, in the order the payment goes to them (the list's: oldest due first).
    QStringList tickedInvoices() const;
    QString summaryText() const;
    QString message() const;
    QLineEdit* searchField() const;
    QListWidget* hitList() const;
    QTableWidget* invoiceTable() const;
    QPushButton* recordButton() const;

public Q_SLOTS:
    // Lists the customers and invoices the text finds.
    void search(const QString& text);
    // Takes the found customer or invoice at `row` (an invoice: its customer, with it ticked).
    void chooseHit(int row);
    // Records the payment; on success the dialog closes with Accepted and says which entry.
    bool record();

Q_SIGNALS:
    void recorded(qint64 entryId);

private:
    void fillInvoices();
    void updateSummary();

    std::unique_ptr<Ui::BankAssignDialog> m_ui;
    LedgerSession& m_session;
    BankEntryRecord m_entry;
    QList<OpenItem> m_items; // of the chosen customer, in the entry's currency
};

} // namespace settle
