#pragma once

#include "storage/TermsRepository.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TermsDialog;
}

class QLabel;
class QLineEdit;

namespace settle {

class LedgerSession;

// Adds or edits one named payment term (settings page). Each field is checked as it is
// typed, with the reason beside it; Save stays off while any problem remains, and a save the ledger
// refuses keeps everything as typed.
class TermsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TermsDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~TermsDialog() override;

    void editTerms(const TermsRepository::Stored& stored);
    // The term as typed; std::nullopt while a field has a problem.
    std::optional<PaymentTerms> terms() const;
    QLineEdit* field(const QString& objectName) const;
    QString message() const;

public Q_SLOTS:
    // True when the term was saved (the dialog then closes).
    bool save();

Q_SIGNALS:
    void saved(const QString& name);

private:
    void validate();

    std::unique_ptr<Ui::TermsDialog> m_ui;
    LedgerSession& m_session;
    std::optional<TermsRepository::Stored> m_editing;
    QHash<QLineEdit*, QLabel*> m_errors;
};

} // namespace settle
