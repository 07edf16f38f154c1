#include "GuiFixture.h"

#include "customers/CustomersPage.h"
#include "invoices/InvoicesPage.h"
#include "shell/SearchPopup.h"
#include "shell/WelcomePage.h"

#include "ledger/Ledger.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace settle::test {

using WindowGui = GuiFixture;

TEST_F(WindowGui, FirstStartShowsTheWelcomePage)
{
    EXPECT_TRUE(m_window->isWelcomeShown());
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Settle"));
    EXPECT_EQ(m_window->newInvoice(), nullptr); // nothing to invoice without a ledger
}

TEST_F(WindowGui, TitleNamesTheOpenLedger)
{
    openLedger();
    EXPECT_FALSE(m_window->isWelcomeShown());
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Test Company"))) << m_window->windowTitle().toStdString();
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("ledger.db")));
    EXPECT_EQ(m_settings->recentLedgers().value(0), m_ledger.path());
}

TEST_F(WindowGui, MissingLedgerFileGivesAMessageNotACrash)
{
    EXPECT_FALSE(m_window->openLedger(m_dir.filePath(QStringLiteral("nowhere/missing.db"))));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Error);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("missing.db"))) << m_messages[0].text.toStdString();
    EXPECT_TRUE(m_window->isWelcomeShown());
}

TEST_F(WindowGui, FileThatIsNoLedgerGivesAMessageNotACrash)
{
    const QString path = m_dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a ledger\n");
    file.close();
    EXPECT_FALSE(m_window->openLedger(path));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Error);
    EXPECT_FALSE(m_messages[0].text.isEmpty());
    EXPECT_TRUE(m_window->isWelcomeShown());
}

TEST_F(WindowGui, WelcomePageCreatesALedgerWithTheCompanyProfile)
{
    const QString path = m_dir.filePath(QStringLiteral("books/northwind.db"));
    LedgerSession::NewLedger profile;
    profile.companyName = QStringLiteral("Northwind Design");
    profile.address = QStringLiteral("21 Harbour Street");
    profile.currency = QStringLiteral("EUR");
    profile.paymentDetails = QStringLiteral("IBAN DE00 1234");
    profile.paperSize = QStringLiteral("Letter");
    m_window->welcomePage()->fillCreateForm(path, profile);
    m_window->welcomePage()->submitCreate();
    settle();
    ASSERT_TRUE(m_session->isOpen());
    EXPECT_EQ(m_session->location(), path);
    EXPECT_EQ(m_session->ledger().companyCurrency(), QStringLiteral("EUR"));
    EXPECT_EQ(m_session->ledger().setting(QStringLiteral("company.payment_details")), QStringLiteral("IBAN DE00 1234"));
    EXPECT_EQ(m_session->ledger().setting(QStringLiteral("company.paper_size")), QStringLiteral("Letter"));
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("Northwind Design")));
}

TEST_F(WindowGui, WelcomePageRefusesAnUnknownCurrencyAsTyped)
{
    LedgerSession::NewLedger profile;
    profile.companyName = QStringLiteral("Northwind Design");
    profile.currency = QStringLiteral("EURO");
    m_window->welcomePage()->fillCreateForm(m_dir.filePath(QStringLiteral("x.db")), profile);
    m_window->welcomePage()->submitCreate();
    settle();
    EXPECT_FALSE(m_session->isOpen());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
}

TEST_F(WindowGui, RemembersGeometryAndColumnLayoutAcrossRestarts)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    QTableView* table = m_window->invoicesPage()->table();
    table->horizontalHeader()->resizeSection(1, 333);
    m_window->resize(1111, 777);
    settle();
    recreateWindow();
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    EXPECT_EQ(m_window->invoicesPage()->table()->horizontalHeader()->sectionSize(1), 333);
    EXPECT_EQ(m_window->size(), QSize(1111, 777));
}

TEST_F(WindowGui, SearchFindsCustomersAndInvoicesByNameNumberOrAmount)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addCustomer(QStringLiteral("C002"));
    const QString number = m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 1), 123450);
    openLedger();
    auto* search = m_window->findChild<SearchPopup*>();
    ASSERT_NE(search, nullptr);
    QAbstractItemModelTester tester(search->results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(search->search(QStringLiteral("customer c001")), 1);
    EXPECT_TRUE(search->results()->item(0)->text().contains(QStringLiteral("C001")));
    // By amount as the user writes it, and by number.
    EXPECT_EQ(search->search(QStringLiteral("1,234.50")), 1);
    EXPECT_TRUE(search->results()->item(0)->text().contains(number));
    ASSERT_EQ(search->search(number), 1);
    search->choose(0);
    settle();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Invoices);
    EXPECT_EQ(m_window->invoicesPage()->currentNumber(), number);
}

TEST_F(WindowGui, KeyboardReachesPagesAndTheSearchField)
{
    openLedger();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Customers);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Invoices);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(m_window->searchField()->hasFocus());
}

} // namespace settle::test
