#include "GuiFixture.h"

#include "CliRunner.h"
#include "reports/ReportsPage.h"

#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

namespace settle::test {

namespace {

class ReportsGui : public GuiFixture
{
protected:
    void prepareLedger()
    {
        m_ledger.addCustomer(QStringLiteral("C001"));
        m_ledger.addCustomer(QStringLiteral("C002"), QStringLiteral("Net 7"));
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 20), 10000);             // current
        m_due0312 = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 10), 20000); // 1-30
        m_due0307 = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 5), 25050);  // 1-30
        m_inC001Days1To30 << m_due0312 << m_due0307;
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2025, 11, 1), 30000); // 91+
        m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 20), 40000); // 61-90
        m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 10), 12345); // 1-30
    }

    ReportsPage* page()
    {
        m_window->showPage(MainWindow::Page::Reports);
        settle();
        return m_window->reportsPage();
    }

    static QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        if (exitCode)
            *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

    QStringList m_inC001Days1To30;
    QString m_due0312;
    QString m_due0307;
};

} // namespace

TEST_F(ReportsGui, DoubleClickOnACustomersBucketListsItsInvoices)
{
    prepareLedger();
    openLedger();
    ReportsPage* reports = page();
    reports->setAsOf(QDate(2026, 3, 31));
    QTreeWidget* tree = reports->reportTree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(ReportsPage::TotalColumn), QStringLiteral("1,373.95"));
    QTreeWidgetItem* c001 = reports->customerItem(QStringLiteral("USD"), QStringLiteral("C001"));
    ASSERT_NE(c001, nullptr);
    const int column = ReportsPage::FirstBucketColumn + AgingReport::Days1To30;
    EXPECT_EQ(c001->text(column), QStringLiteral("450.50"));

    // A real double-click on the cell.
    tree->scrollToItem(c001);
    const QRect row = tree->visualItemRect(c001);
    const QPoint cell(tree->header()->sectionViewportPosition(column) +
                          tree->header()->sectionSize(column) / 2,
                      row.center().y());
    // A double-click as a mouse sends it: press, release, then the double-click.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, cell);
    settle();
    QTableWidget* invoices = reports->invoiceTable();
    ASSERT_EQ(invoices->rowCount(), 2);
    QStringList numbers{invoices->item(0, 0)->text(), invoices->item(1, 0)->text()};
    numbers.sort();
    m_inC001Days1To30.sort();
    EXPECT_EQ(numbers, m_inC001Days1To30);
    EXPECT_TRUE(reports->drillTitle().contains(QStringLiteral("2 invoices")))
        << reports->drillTitle().toStdString();
    EXPECT_TRUE(reports->drillTitle().contains(QStringLiteral("450.50")))
        << reports->drillTitle().toStdString();

    // At an earlier date the same cell holds other invoices: the drill-down follows the date.
    reports->setAsOf(QDate(2026, 3, 10));
    reports->drillDown(QStringLiteral("C001"), QStringLiteral("USD"), AgingReport::Days1To30);
    ASSERT_EQ(invoices->rowCount(), 1);
    EXPECT_EQ(invoices->item(0, 0)->text(), m_due0307); // the one due 03-12 is still current then
}

TEST_F(ReportsGui, CsvExportIsByteForByteWhatTheCliWrites)
{
    prepareLedger();
    openLedger();
    ReportsPage* reports = page();
    reports->setAsOf(QDate(2026, 3, 31));
    const QString path = m_dir.filePath(QStringLiteral("aging.csv"));
    ASSERT_TRUE(reports->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();

    QProcess cli;
    cli.start(CliRunner::binary(),
              {QStringLiteral("--db"), m_ledger.path(), QStringLiteral("aging"), QStringLiteral("--as-of"),
               QStringLiteral("2026-03-31"), QStringLiteral("--csv")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    const QByteArray expected = cli.readAllStandardOutput();
    EXPECT_EQ(exported, expected);
    EXPECT_TRUE(exported.contains("USD,TOTAL,100.00,573.95,0.00,400.00,300.00,1373.95"))
        << exported.toStdString();
}

TEST_F(ReportsGui, PdfExportIsAValidPdfShowingTheTotals)
{
    prepareLedger();
    openLedger();
    ReportsPage* reports = page();
    reports->setAsOf(QDate(2026, 3, 31));
    const QString path = m_dir.filePath(QStringLiteral("aging.pdf"));
    ASSERT_TRUE(reports->exportPdf(path));
    int exitCode = -1;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &exitCode);
    EXPECT_EQ(exitCode, 0) << check.toStdString();
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &exitCode);
    ASSERT_EQ(exitCode, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Aging report as of 3/31/2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Test Company")));
    // C001's 1-30 cell and the grand total.
    EXPECT_TRUE(text.contains(QStringLiteral("450.50"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,373.95"))) << text.toStdString();
}

TEST_F(ReportsGui, DatesAreInTheLocalesFormatWithFourDigitYears)
{
    // The suite runs in English (United States): month/day/year, never 2026-03-31 nor 3/31/26.
    prepareLedger();
    openLedger();
    ReportsPage* reports = page();
    reports->setAsOf(QDate(2026, 3, 31));
    auto* asOf = reports->findChild<QDateEdit*>(QStringLiteral("asOf"));
    ASSERT_NE(asOf, nullptr);
    EXPECT_EQ(asOf->text(), QStringLiteral("3/31/2026"));
    reports->drillDown(QStringLiteral("C001"), QStringLiteral("USD"), AgingReport::Days1To30);
    QTableWidget* invoices = reports->invoiceTable();
    ASSERT_EQ(invoices->rowCount(), 2);
    QStringList issued{invoices->item(0, 1)->text(), invoices->item(1, 1)->text()};
    issued.sort();
    EXPECT_EQ(issued, (QStringList{QStringLiteral("2/10/2026"), QStringLiteral("2/5/2026")}));
}

} // namespace settle::test
