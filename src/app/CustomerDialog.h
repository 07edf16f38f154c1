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
    Customer customer() const; // as typed
    bool canSave() const;
    QString message() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void customerSaved(const QString& code);

private:
    void validate();

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    LedgerSession& m_session;
    std::optional<Customer> m_editing;
};

} // namespace settle
