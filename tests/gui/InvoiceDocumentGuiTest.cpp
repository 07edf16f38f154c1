#include "GuiFixture.h"

#include "../integration/SmtpTestServer.h"

#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceIssuedDialog.h"
#include "invoices/InvoiceLinesModel.h"
#include "invoices/InvoiceViewerDialog.h"
#include "invoices/InvoicesPage.h"
#include "outbox/OutboxPage.h"
#include "widgets/EmailPreviewDialog.h"
#include "widgets/PdfPrint.h"

#include "mail/Outbox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace settle::test {

namespace {

// What poppler's pdftotext reads from a PDF file: an independent reader of what was written.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QStringLiteral("(pdftotext did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// How many pixels of an image are not (nearly) white or the window's background: ink on a page.
int inkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 96)
                ++ink;
    return ink;
}

class InvoiceDocumentGui : public GuiFixture
{
protected:
    // C001 with an email address and a cc, and one issued invoice of 1,234.56.
    QString prepare(bool withEmail = true)
    {
        m_ledger.addCustomer(QStringLiteral("C001"));
        if (withEmail) {
            Customer customer = m_ledger->requireCustomer(QStringLiteral("C001"));
            customer.email = QStringLiteral("ap@c001.example");
            customer.cc = QStringLiteral("boss@c001.example");
            m_ledger->updateCustomer(customer);
        }
        m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2), 123456);
        openLedger();
        m_window->showInvoice(m_number);
        settle();
        return m_number;
    }

    InvoicesPage* page() const { return m_window->invoicesPage(); }

    void click(const char* name)
    {
        auto* button = page()->findChild<QPushButton*>(QLatin1String(name));
        ASSERT_NE(button, nullptr) << name;
        ASSERT_TRUE(button->isEnabled()) << name;
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }

    InvoiceViewerDialog* openViewer()
    {
        click("viewInvoice");
        return page()->findChild<InvoiceViewerDialog*>();
    }

    void useServer(int port)
    {
        m_ledger->setSettings({{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("smtp.port"), QString::number(port)},
                               {QStringLiteral("smtp.security"), QStringLiteral("none")},
                               {QStringLiteral("smtp.from"), QStringLiteral("accounts@northwind.example")}});
    }

    bool sendOutbox()
    {
        m_window->showPage(MainWindow::Page::Outbox);
        settle();
        OutboxPage* outbox = m_window->outboxPage();
        if (!outbox->sendNow())
            return false;
        const bool done = QTest::qWaitFor([outbox] { return !outbox->isSending(); }, 60000);
        settle();
        return done;
    }

    QString m_number;
};

} // namespace

TEST_F(InvoiceDocumentGui, ViewShowsTheInvoicesPages)
{
    prepare();
    EXPECT_EQ(page()->currentNumber(), m_number);
    InvoiceViewerDialog* viewer = openViewer();
    ASSERT_NE(viewer, nullptr);
    EXPECT_TRUE(viewer->isVisible());
    EXPECT_EQ(viewer->number(), m_number);
    ASSERT_GE(viewer->pageCount(), 1) << viewer->statusText().toStdString();
    ASSERT_NE(viewer->view()->document(), nullptr);
    EXPECT_EQ(viewer->view()->document()->status(), QPdfDocument::Status::Ready);
    // The PDF shown is the invoice: its own text names the number and the total.
    const QString shownText = viewer->view()->document()->getAllText(0).text();
    EXPECT_TRUE(shownText.contains(m_number)) << shownText.toStdString();
    EXPECT_TRUE(shownText.contains(QStringLiteral("1,234.56"))) << shownText.toStdString();
    // And the view draws it: the page is on the screen, with ink on it.
    QTest::qWait(300);
    EXPECT_GT(inkPixels(viewer->view()->grab().toImage()), 200);
}

TEST_F(InvoiceDocumentGui, SaveWritesThePdfWhereTheFileDialogSays)
{
    prepare();
    InvoiceViewerDialog* viewer = openViewer();
    ASSERT_NE(viewer, nullptr);
    QTest::mouseClick(viewer->saveButton(), Qt::LeftButton);
    settle();
    auto* files = viewer->findChild<QFileDialog*>();
    ASSERT_NE(files, nullptr);
    EXPECT_TRUE(files->selectedFiles().value(0).endsWith(m_number + QStringLiteral(".pdf")));
    // Typed into the dialog's file name field, as a user would, and confirmed with Enter.
    const QString path = m_dir.filePath(QStringLiteral("saved-invoice.pdf"));
    auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    ASSERT_NE(name, nullptr);
    name->selectAll();
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
    settle();
    ASSERT_TRUE(QFile::exists(path)) << viewer->statusText().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(m_number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,234.56"))) << text.toStdString();
    EXPECT_TRUE(viewer->statusText().contains(m_number));
}

TEST_F(InvoiceDocumentGui, PrintToAPdfPrinterThroughThePrintDialog)
{
    prepare();
    InvoiceViewerDialog* viewer = openViewer();
    ASSERT_NE(viewer, nullptr);
    QTest::mouseClick(viewer->printButton(), Qt::LeftButton);
    settle();
    auto* dialog = viewer->findChild<QPrintDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    // The dialog answered as a user would: the PDF printer, a file name, Print.
    auto* printers = dialog->findChild<QComboBox*>(QStringLiteral("printers"));
    ASSERT_NE(printers, nullptr);
    printers->setCurrentIndex(printers->count() - 1); // "Print to File (PDF)" is the last entry
    settle();
    auto* fileName = dialog->findChild<QLineEdit*>(QStringLiteral("filename"));
    ASSERT_NE(fileName, nullptr);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    fileName->selectAll();
    QTest::keyClicks(fileName, path);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    QPushButton* print = nullptr;
    for (QAbstractButton* button : buttons->buttons())
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            print = qobject_cast<QPushButton*>(button);
    ASSERT_NE(print, nullptr);
    QTest::mouseClick(print, Qt::LeftButton);
    settle();
    ASSERT_TRUE(QFile::exists(path)) << viewer->statusText().toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(m_number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,234.56"))) << text.toStdString();
    EXPECT_TRUE(viewer->statusText().contains(m_number)) << viewer->statusText().toStdString();

    // What a paper printer gets: every page drawn at its resolution, with ink on it.
    const QString pages = m_dir.filePath(QStringLiteral("pages.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pages);
    ASSERT_TRUE(PdfPrint::pages(printer, *viewer->view()->document()));
    EXPECT_EQ(pdfPages(pages), viewer->pageCount());
    QProcess render;
    const QString png = m_dir.filePath(QStringLiteral("page"));
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), pages, png});
    ASSERT_TRUE(render.waitForFinished(30000));
    EXPECT_GT(inkPixels(QImage(png + QStringLiteral(".png"))), 100);
}

TEST_F(InvoiceDocumentGui, EmailIsPreviewedQueuedAndDeliveredWithThePdf)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    useServer(server.port());
    prepare();
    click("emailInvoice");
    auto* preview = page()->findChild<EmailPreviewDialog*>();
    ASSERT_NE(preview, nullptr) << page()->documentStatusText().toStdString();
    EXPECT_TRUE(preview->recipientsText().contains(QStringLiteral("ap@c001.example")));
    EXPECT_TRUE(preview->recipientsText().contains(QStringLiteral("boss@c001.example")));
    EXPECT_TRUE(preview->subjectText().contains(m_number)) << preview->subjectText().toStdString();
    EXPECT_FALSE(preview->bodyText().isEmpty());
    EXPECT_TRUE(preview->findChild<QLabel*>(QStringLiteral("emailAttachments"))->text().contains(m_number + QStringLiteral(".pdf")));
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty()); // shown, not queued

    QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());

    click("emailInvoice");
    preview = page()->findChild<EmailPreviewDialog*>();
    ASSERT_NE(preview, nullptr);
    const QString subject = preview->subjectText();
    QTest::mouseClick(preview->queueButton(), Qt::LeftButton);
    settle();
    ASSERT_EQ(Outbox(*m_ledger).list().size(), 1) << page()->documentStatusText().toStdString();
    EXPECT_TRUE(page()->documentStatusText().contains(QStringLiteral("ap@c001.example")));

    ASSERT_TRUE(sendOutbox());
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    EXPECT_EQ(received.subject(), subject);
    EXPECT_TRUE(received.rcptTos().contains(QStringLiteral("ap@c001.example")));
    EXPECT_TRUE(received.rcptTos().contains(QStringLiteral("boss@c001.example")));
    const auto attachments = received.summary.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1);
    const QJsonObject pdf = attachments.first().toObject();
    EXPECT_EQ(pdf.value(QStringLiteral("filename")).toString(), m_number + QStringLiteral(".pdf"));
    EXPECT_EQ(pdf.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
    const QString text = pdfText(pdf.value(QStringLiteral("file")).toString());
    EXPECT_TRUE(text.contains(m_number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,234.56"))) << text.toStdString();
}

TEST_F(InvoiceDocumentGui, ACustomerWithoutAnEmailAddressIsSaidAndNothingQueued)
{
    prepare(false);
    click("emailInvoice");
    EXPECT_EQ(page()->findChild<EmailPreviewDialog*>(), nullptr);
    EXPECT_TRUE(page()->documentStatusText().contains(QStringLiteral("email"), Qt::CaseInsensitive))
        << page()->documentStatusText().toStdString();
    EXPECT_TRUE(page()->documentStatusText().contains(m_number));
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());

    // The viewer says it on its status line too.
    InvoiceViewerDialog* viewer = openViewer();
    ASSERT_NE(viewer, nullptr);
    QTest::mouseClick(viewer->emailButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(viewer->findChild<EmailPreviewDialog*>(), nullptr);
    EXPECT_TRUE(viewer->statusText().contains(QStringLiteral("email"), Qt::CaseInsensitive));
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());
}

TEST_F(InvoiceDocumentGui, IssuingSaysTheNumberAndSendsItAtOnceWhenAsked)
{
    prepare();
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    ASSERT_NE(editor, nullptr);
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::Description, QStringLiteral("Retainer, April"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("1200.00"));
    ASSERT_TRUE(editor->issueButton()->isEnabled()) << editor->message().toStdString();
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    auto* issued = m_window->findChild<InvoiceIssuedDialog*>();
    ASSERT_NE(issued, nullptr);
    EXPECT_TRUE(issued->isVisible());
    const QString number = issued->number();
    EXPECT_NE(number, m_number);
    EXPECT_TRUE(issued->headline().contains(number)) << issued->headline().toStdString();
    EXPECT_EQ(m_ledger->invoice(number, QDate(2026, 3, 31)).invoice.total, 120000);
    ASSERT_TRUE(issued->canSend()) << issued->message().toStdString();
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());
    QTest::mouseClick(issued->sendButton(), Qt::LeftButton);
    settle();
    const auto queued = Outbox(*m_ledger).list();
    ASSERT_EQ(queued.size(), 1);
    const OutboxMessage message = Outbox(*m_ledger).get(queued.first().id, true);
    EXPECT_EQ(message.to, QStringLiteral("ap@c001.example"));
    EXPECT_TRUE(message.subject.contains(number)) << message.subject.toStdString();
    ASSERT_EQ(message.attachments.size(), 1);
    EXPECT_EQ(message.attachments.first().fileName, number + QStringLiteral(".pdf"));
    EXPECT_EQ(m_window->findChild<InvoiceIssuedDialog*>(), nullptr); // closed and gone
}

TEST_F(InvoiceDocumentGui, IssuingForACustomerWithoutEmailSaysWhyItCannotBeSent)
{
    prepare(false);
    InvoiceEditorDialog* editor = m_window->newInvoice(QStringLiteral("C001"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::Description, QStringLiteral("Design"));
    typeIntoCell(editor->linesView(), 0, InvoiceLinesModel::UnitPrice, QStringLiteral("80.00"));
    QTest::mouseClick(editor->issueButton(), Qt::LeftButton);
    settle();
    auto* issued = m_window->findChild<InvoiceIssuedDialog*>();
    ASSERT_NE(issued, nullptr);
    EXPECT_TRUE(issued->headline().contains(issued->number()));
    EXPECT_FALSE(issued->canSend());
    EXPECT_FALSE(issued->sendButton()->isVisible());
    EXPECT_TRUE(issued->message().contains(QStringLiteral("email"), Qt::CaseInsensitive))
        << issued->message().toStdString();
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());
    // View takes it from there.
    QTest::mouseClick(issued->viewButton(), Qt::LeftButton);
    settle();
    auto* viewer = m_window->findChild<InvoiceViewerDialog*>();
    ASSERT_NE(viewer, nullptr);
    EXPECT_GE(viewer->pageCount(), 1);
}

} // namespace settle::test
