#pragma once

#include <QBuffer>
#include <QDialog>

#include <memory>

class QComboBox;
class QFileDialog;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrintDialog;
class QPrinter;
class QPushButton;

namespace settle {

class EmailPreviewDialog;
class LedgerSession;
class RepeatInvoiceDialog;

// An issued invoice as its customer gets it: the PDF made as of today, shown page by page, with what
// can be done with it — print it, save it as a PDF file or an e-invoice, email it, repeat it. What goes
// wrong is said on the dialog's status line.
class InvoiceViewerDialog : public QDialog
{
    Q_OBJECT

public:
    InvoiceViewerDialog(LedgerSession& session, const QString& number, QWidget* parent = nullptr);
    ~InvoiceViewerDialog() override;

    QString number() const { return m_number; }
    QPdfView* view() const { return m_view; }
    int pageCount() const;
    QByteArray pdf() const { return m_bytes; }
    QString statusText() const;
    // "INV-0043.pdf", "INV-0043.xml": what the save dialog proposes for the chosen format.
    QString suggestedFileName() const;
    // What Save writes and Email attaches: "" the PDF, or an e-invoice format (docs/EINVOICE.md);
    // the customer's preference when the dialog opens.
    QComboBox* formatBox() const { return m_format; }
    QString format() const;

    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* emailButton() const { return m_email; }
    QPushButton* repeatButton() const { return m_repeat; }

    // The actions behind the buttons; the dialogs they open are window-modal and returned for tests.
    QPrintDialog* choosePrint();
    QFileDialog* chooseSave();
    EmailPreviewDialog* email();
    RepeatInvoiceDialog* repeat();

    bool printTo(QPrinter& printer);
    bool saveTo(const QString& path);

private:
    bool load();
    void say(const QString& text, bool problem);

    LedgerSession& m_session;
    QString m_number;
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument* m_document;
    QPdfView* m_view;
    QLabel* m_status;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_email;
    QPushButton* m_repeat;
    QComboBox* m_format;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace settle
