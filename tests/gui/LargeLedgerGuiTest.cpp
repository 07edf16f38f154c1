#include "GuiFixture.h"

#include "dashboard/DashboardPage.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesPage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTest>

namespace settle::test {

namespace {

constexpr int InvoiceCount = 100'000;
constexpr int CustomerCount = 500;

// A 100,000-invoice ledger, made once for the suite through the core's own CSV import.
class LargeLedger
{
public:
    LargeLedger() : m_clock(QDate(2026, 3, 31))
    {
        QByteArray customers = "code,name,terms\n";
        for (int c = 1; c <= CustomerCount; ++c)
            customers += QStringLiteral("C%1,Customer %1,Net 30\n").arg(c, 4, 10, QLatin1Char('0')).toUtf8();
        QByteArray invoices = "number,customer,issue_date,unit_price\n";
        invoices.reserve(InvoiceCount * 48);
        for (int i = 1; i <= InvoiceCount; ++i) {
            const QDate issued = QDate(2026, 3, 31).addDays(-(i % 720));
            invoices += QStringLiteral("INV-%1,C%2,%3,%4.%5\n")
                            .arg(i, 6, 10, QLatin1Char('0'))
                            .arg(i % CustomerCount + 1, 4, 10, QLatin1Char('0'))
                            .arg(issued.toString(Qt::ISODate))
                            .arg(100 + (i * 37) % 9000)
                            .arg(i % 100, 2, 10, QLatin1Char('0'))
                            .toUtf8();
        }
        write(QStringLiteral("customers.csv"), customers);
        write(QStringLiteral("invoices.csv"), invoices);
        auto ledger = Ledger::open(path(), Database::OpenMode::CreateIfMissing, m_clock);
        ledger->initialize(QStringLiteral("Large Company"), QStringLiteral("USD"));
        ledger->importCustomers(m_dir.filePath(QStringLiteral("customers.csv")));
        ledger->importInvoices(m_dir.filePath(QStringLiteral("invoices.csv")));
    }

    QString path() const { return m_dir.filePath(QStringLiteral("large.db")); }

private:
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            throw std::runtime_error("cannot write the large ledger's CSV");
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
};

class LargeLedgerGui : public GuiFixture
{
protected:
    static void SetUpTestSuite() { s_large = new LargeLedger; }
    static void TearDownTestSuite()
    {
        delete s_large;
        s_large = nullptr;
    }
    static LargeLedger* s_large;
};

LargeLedger* LargeLedgerGui::s_large = nullptr;

} // namespace

TEST_F(LargeLedgerGui, OpensAHundredThousandInvoicesFetchingOnlyThePagesShown)
{
    ASSERT_TRUE(m_window->openLedger(s_large->path()));
    settle();
    EXPECT_FALSE(m_window->isWelcomeShown());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Large Company")));
    // The dashboard it opens on adds up the whole ledger.
    DashboardPage* dashboard = m_window->dashboardPage();
    dashboard->refresh();
    const auto* usd = dashboard->dashboard().currency(QStringLiteral("USD"));
    ASSERT_NE(usd, nullptr);
    qint64 buckets = 0;
    for (qint64 b : usd->buckets)
        buckets += b;
    EXPECT_EQ(buckets, usd->receivable);
    EXPECT_GT(usd->overdue, 0);
    EXPECT_EQ(dashboard->dashboard().mostOverdue().size(), Dashboard::MostOverdueCount);

    m_window->showPage(MainWindow::Page::Invoices);
    settle();
    InvoiceTableModel* model = m_window->invoicesPage()->model();
    QTableView* table = m_window->invoicesPage()->table();
    ASSERT_EQ(model->rowCount(), InvoiceCount);
    // Showing the table read the rows on screen, not the ledger (a page is 200 rows).
    EXPECT_LE(model->pagesFetched(), 2);

    // Ctrl+End: the last row, fetched on demand.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    settle();
    EXPECT_EQ(table->currentIndex().row(), InvoiceCount - 1);
    // Sorted by number, newest first: the last row is the first invoice.
    EXPECT_EQ(table->currentIndex().data(InvoiceTableModel::NumberRole).toString(), QStringLiteral("INV-000001"));
    EXPECT_LE(model->pagesFetched(), 4);
}

TEST_F(LargeLedgerGui, SortingByBalanceAndFilteringStayOnTheLedger)
{
    ASSERT_TRUE(m_window->openLedger(s_large->path()));
    m_window->showPage(MainWindow::Page::Invoices);
    settle();
    InvoiceTableModel* model = m_window->invoicesPage()->model();
    model->sort(InvoiceTableModel::Balance, Qt::DescendingOrder);
    ASSERT_EQ(model->rowCount(), InvoiceCount);
    const qint64 first = model->row(0)->balance;
    const qint64 last = model->row(InvoiceCount - 1)->balance;
    EXPECT_GE(first, last);
    // Nothing is paid, so the largest balance is the largest price written into the file.
    qint64 largest = 0;
    for (int i = 1; i <= InvoiceCount; ++i)
        largest = std::max<qint64>(largest, (100 + (i * 37) % 9000) * 100 + i % 100);
    EXPECT_EQ(first, largest);
    model->setCustomer(QStringLiteral("C0007"));
    EXPECT_EQ(model->rowCount(), InvoiceCount / CustomerCount);
    for (int row = 0; row < model->rowCount(); row += 37)
        EXPECT_EQ(model->row(row)->customerCode, QStringLiteral("C0007"));
}

} // namespace settle::test
