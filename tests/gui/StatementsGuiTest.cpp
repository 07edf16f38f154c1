#include "GuiFixture.h"

#include "customers/CustomerDialog.h"
#include "statements/StatementsPage.h"
#include "widgets/EmailPreviewDialog.h"

#include "mail/Outbox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QPdfDocument>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QTest>

namespace settle::test {

namespace {

class StatementsGui : public GuiFixture
{
protected:
    void addCustomers(int count)
    {
        for (int k = 1; k <= count; ++k) {
            const QString code = QStringLiteral("C%1").arg(k, 3, 10, QLatin1Char('0'));
            m_ledger.addCustomer(code);
            m_ledger.addInvoice(code, QDate(2026, 2, 1).addDays(k % 20), 10000 + k * 100);
        }
    }

    StatementsPage* page()
    {
        m_window->showPage(MainWindow::Page::Statements);
        settle();
        return m_window->statementsPage();
    }

    static QString run(const QString& program, const QStringList& arguments, int* exitCode)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
};

} // namespace

TEST_F(StatementsGui, PreviewShowsARealPdfThatSavesAndPrints)
{
    addCustomers(1);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QStringLiteral("C001"));
    statements->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
    ASSERT_TRUE(statements->preview()) << statements->statusText().toStdString();
    EXPECT_EQ(statements->document()->status(), QPdfDocument::Status::Ready);
    EXPECT_GT(statements->document()->pageCount(), 0);

    const QString saved = m_dir.filePath(QStringLiteral("C001.pdf"));
    ASSERT_TRUE(statements->saveTo(saved)) << statements->statusText().toStdString();
    int exit = -1;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), saved}, &exit);
    EXPECT_EQ(exit, 0) << check.toStdString();
    const QString text = run(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")}, &exit);
    EXPECT_TRUE(text.contains(QStringLiteral("Customer C001"))) << text.toStdString();

    // The printer path without a dialog: a PDF printer, read back.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(statements->printTo(printer)) << statements->statusText().toStdString();
    QPdfDocument readBack;
    ASSERT_EQ(readBack.load(printed), QPdfDocument::Error::None);
    EXPECT_EQ(readBack.pageCount(), statements->document()->pageCount());
}

TEST_F(StatementsGui, AWrongPeriodIsSaidInPlaceAndShowsNothing)
{
    addCustomers(1);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QStringLiteral("C001"));
    statements->setPeriod(QDate(2026, 3, 31), QDate(2026, 1, 1));
    EXPECT_FALSE(statements->preview());
    EXPECT_FALSE(statements->statusText().isEmpty());
    EXPECT_TRUE(statements->pdf().isEmpty());
}

TEST_F(StatementsGui, EmailIsShownToBeReadAndQueuedOnlyWhenTheUserSaysSo)
{
    addCustomers(1);
    Customer customer = m_ledger->requireCustomer(QStringLiteral("C001"));
    customer.email = QStringLiteral("ap@c001.example");
    customer.cc = QStringLiteral("boss@c001.example");
    m_ledger->updateCustomer(customer);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QStringLiteral("C001"));
    statements->setOpenItems(QDate(2026, 3, 31));
    ASSERT_TRUE(statements->preview()) << statements->statusText().toStdString();

    // Email first shows what would be sent; nothing is queued yet.
    QTest::mouseClick(statements->findChild<QPushButton*>(QStringLiteral("statementEmail")), Qt::LeftButton);
    settle();
    auto* preview = statements->findChild<EmailPreviewDialog*>();
    ASSERT_NE(preview, nullptr) << statements->statusText().toStdString();
    EXPECT_TRUE(preview->isVisible());
    EXPECT_TRUE(preview->recipientsText().contains(QStringLiteral("ap@c001.example")));
    EXPECT_TRUE(preview->recipientsText().contains(QStringLiteral("boss@c001.example")));
    EXPECT_FALSE(preview->subjectText().isEmpty());
    EXPECT_FALSE(preview->bodyText().isEmpty());
    EXPECT_TRUE(preview->findChild<QLabel*>(QStringLiteral("emailAttachments"))->text().contains(QStringLiteral("C001.pdf")));
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());

    // Cancel queues nothing.
    QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
    settle();
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());

    // Queue puts exactly what was shown into the outbox.
    QTest::mouseClick(statements->findChild<QPushButton*>(QStringLiteral("statementEmail")), Qt::LeftButton);
    settle();
    preview = statements->findChild<EmailPreviewDialog*>();
    ASSERT_NE(preview, nullptr);
    const QString shownSubject = preview->subjectText();
    const QString shownText = preview->bodyText();
    QTest::mouseClick(preview->queueButton(), Qt::LeftButton);
    settle();
    const qint64 id = statements->lastQueuedId();
    ASSERT_GT(id, 0) << statements->statusText().toStdString();
    ASSERT_EQ(Outbox(*m_ledger).list().size(), 1);
    const OutboxMessage message = Outbox(*m_ledger).get(id, true);
    EXPECT_EQ(message.state, OutboxMessage::State::Queued);
    EXPECT_EQ(message.to, QStringLiteral("ap@c001.example"));
    EXPECT_EQ(message.templateKey, QStringLiteral("statement"));
    EXPECT_EQ(message.subject, shownSubject);
    EXPECT_EQ(message.bodyText, shownText);
    ASSERT_EQ(message.attachments.size(), 1);
    EXPECT_EQ(message.attachments.first().fileName, QStringLiteral("C001.pdf"));
    EXPECT_EQ(message.attachments.first().mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(message.attachments.first().content, statements->pdf());
    EXPECT_TRUE(message.attachments.first().content.startsWith("%PDF-"));
}

TEST_F(StatementsGui, ACustomerWithoutAnEmailAddressIsToldAndNothingIsQueued)
{
    addCustomers(1);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(statements->preview());
    EXPECT_EQ(statements->email(), nullptr);
    EXPECT_TRUE(statements->statusText().contains(QStringLiteral("no email address")));
    EXPECT_TRUE(Outbox(*m_ledger).list().isEmpty());
}

TEST_F(StatementsGui, SaveSuggestsTheCustomersCodeWithOnePdfExtension)
{
    addCustomers(2);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QStringLiteral("C002"));
    ASSERT_TRUE(statements->preview()) << statements->statusText().toStdString();
    EXPECT_EQ(statements->suggestedFileName(), QStringLiteral("C002.pdf"));
}

TEST_F(StatementsGui, TheDefaultPeriodIsTheLastFullMonth)
{
    // The ledger's clock stands at 2026-03-31: the last full month is February.
    addCustomers(1);
    openLedger();
    page();
    auto* from = m_window->statementsPage()->findChild<QDateEdit*>(QStringLiteral("statementFrom"));
    auto* to = m_window->statementsPage()->findChild<QDateEdit*>(QStringLiteral("statementTo"));
    EXPECT_EQ(from->date(), QDate(2026, 2, 1));
    EXPECT_EQ(to->date(), QDate(2026, 2, 28));
}

TEST_F(StatementsGui, ACustomerAddedInTheSessionCanBeChosenAtOnce)
{
    addCustomers(1);
    openLedger();
    StatementsPage* statements = page();
    const int before = statements->customerChooser()->count();
    m_window->newCustomer();
    auto* dialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("code"));
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("C042"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Harbour Bakery"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    ASSERT_TRUE(m_ledger->customer(QStringLiteral("C042")).has_value());
    EXPECT_EQ(statements->customerChooser()->count(), before + 1);
    EXPECT_GE(statements->customerChooser()->findData(QStringLiteral("C042")), 0);
}

TEST_F(StatementsGui, TheBatchShowsItsProgressAndCanBeCancelled)
{
    addCustomers(30);
    openLedger();
    StatementsPage* statements = page();
    statements->setCustomer(QString());
    statements->setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));

    const QString all = m_dir.filePath(QStringLiteral("all"));
    ASSERT_TRUE(statements->startBatch(all));
    QTRY_VERIFY_WITH_TIMEOUT(!statements->isBatchRunning(), 120000);
    settle();
    EXPECT_EQ(statements->lastBatch().total, 30);
    EXPECT_EQ(statements->lastBatch().files.size(), 30);
    EXPECT_EQ(QDir(all).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 30);
    EXPECT_EQ(statements->progressBar()->maximum(), 30);
    EXPECT_EQ(statements->progressBar()->value(), 30);

    const QString some = m_dir.filePath(QStringLiteral("some"));
    ASSERT_TRUE(statements->startBatch(some));
    statements->cancelBatch();
    QTRY_VERIFY_WITH_TIMEOUT(!statements->isBatchRunning(), 120000);
    settle();
    EXPECT_TRUE(statements->lastBatch().cancelled);
    EXPECT_LT(statements->lastBatch().files.size(), 30);
    EXPECT_EQ(QDir(some).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(),
              statements->lastBatch().files.size());
    EXPECT_TRUE(statements->statusText().startsWith(QStringLiteral("Cancelled")))
        << statements->statusText().toStdString();
}

} // namespace settle::test
