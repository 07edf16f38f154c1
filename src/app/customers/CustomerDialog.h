#pragma once

#include "domain/Customer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerDialog;
}

namespace settle {

class LedgerSession;

// Adds a customer or edits one; fields are checked as the user types, and a failed save keeps
// what was typed and says why.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CustomerDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    void editCustomer(const QString& code);
    // "Deutsch" for "de": the language a customer's reminders are written in, in its own words.
    static QString languageName(const QString& code);
    // The code after the ledger's last one in its pattern: C001, C002 -> C003; C001 for the first.
    static QString suggestCode(const QList<Customer>& customers);
    Customer customer() const; // as typed
    bool canSave() const;
    QString message() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void customerSaved(const QString& code);

private:
    void validate();
    // The languages the template library has templates in, the only ones a customer is offered.
    void loadLanguages();
    // A customer's stored language with no templates is kept visible and said, never swapped silently.
    QString languageProblem() const;

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    LedgerSession& m_session;
    std::optional<Customer> m_editing;
    QStringList m_templateLanguages;
};

} // namespace settle
