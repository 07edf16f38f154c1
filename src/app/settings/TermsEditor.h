#pragma once

#include "storage/TermsRepository.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TermsEditor;
}

class QTableWidget;

namespace settle {

class LedgerSession;
class TermsDialog;

// The ledger's named payment terms (settings page): add, edit, retire and reinstate, each
// one audited TermsCatalog call.
class TermsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TermsEditor(LedgerSession& session, QWidget* parent = nullptr);
    ~TermsEditor() override;

    QTableWidget* table() const;
    int rowOf(const QString& name) const;
    void selectTerm(const QString& name);
    QString message() const;

public Q_SLOTS:
    void reload();
    // The dialogs open window-modal and delete themselves when closed; the pointer is for tests.
    TermsDialog* addTerm();
    TermsDialog* editSelected();
    // Retires the selected term, or reinstates it when it is retired.
    void toggleRetired();

private:
    std::optional<TermsRepository::Stored> selected() const;
    void updateButtons();

    std::unique_ptr<Ui::TermsEditor> m_ui;
    LedgerSession& m_session;
    QList<TermsRepository::Stored> m_terms; // by table row
};

} // namespace settle
