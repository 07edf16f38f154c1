#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class InvoiceEditorDialog;
}

class QPushButton;
class QTableView;

namespace settle {

class InvoiceEditorPresenter;
class LedgerSession;

// Writes a new invoice: lines, tax and totals and the due date shown live as the user types;
// saved as a draft or issued at once. A failed save keeps everything typed and says why.
class InvoiceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InvoiceEditorDialog(LedgerSession& session, QWidget* parent = nullptr);
    ~InvoiceEditorDialog() override;

    void setCustomer(const QString& code);
    InvoiceEditorPresenter* presenter() const { return m_presenter; }
    QTableView* linesView() const;
    QPushButton* issueButton() const { return m_issue; }
    QPushButton* draftButton() const { return m_draft; }
    QString totalText() const;
    QString taxText() const;
    QString dueDateText() const;
    QString message() const;
    QString issuedNumber() const { return m_issued; }

public Q_SLOTS:
    void issue();
    void saveDraft();

Q_SIGNALS:
    void invoiceIssued(const QString& number);

private:
    void refreshView();

    std::unique_ptr<Ui::InvoiceEditorDialog> m_ui;
    LedgerSession& m_session;
    InvoiceEditorPresenter* m_presenter;
    QPushButton* m_issue = nullptr;
    QPushButton* m_draft = nullptr;
    QString m_issued;
};

} // namespace settle
