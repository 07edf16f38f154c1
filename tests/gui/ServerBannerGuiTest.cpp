// A shared ledger whose server goes away while the window is open: the band says so, nothing can be
// changed, a dialog keeps what was typed in it, and the same window carries on when the server is back.

#include "GuiFixture.h"

#include "CliRunner.h"
#include "RestartableServer.h"

#include "customers/CustomerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

namespace settle::test {

namespace {

QLineEdit* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
}

} // namespace

using ServerBannerGui = GuiFixture;

TEST_F(ServerBannerGui, AServerThatGoesAwayIsShownAndTheTypedCustomerIsSavedWhenItIsBack)
{
    // scripts/test provides PostgreSQL (SETTLE_TEST_PG); this test starts a server of its own to stop.
    if (qEnvironmentVariableIsEmpty("SETTLE_TEST_PG"))
        GTEST_SKIP() << "no PostgreSQL (SETTLE_TEST_PG); scripts/test provides it";
    RestartableServer server;
    ASSERT_TRUE(server.started()) << "the test's own PostgreSQL server did not start";
    ASSERT_EQ(CliRunner(server.url()).run({QStringLiteral("init"), QStringLiteral("--company"),
                                           QStringLiteral("Harbour Books")})
                  .exitCode,
              0);
    ASSERT_TRUE(m_window->openSharedLedger(server.url()))
        << (m_messages.isEmpty() ? "" : m_messages[0].text.toStdString());
    m_window->show();
    auto* banner = m_window->findChild<QFrame*>(QStringLiteral("serverBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    auto* toolBar = m_window->findChild<QToolBar*>();
    ASSERT_NE(toolBar, nullptr);
    EXPECT_TRUE(toolBar->isEnabled());

    m_window->newCustomer();
    auto* dialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(field(dialog, "code"), QStringLiteral("C901"));
    QTest::keyClicks(field(dialog, "name"), QStringLiteral("Quayside Chandlers"));
    QTest::keyClicks(field(dialog, "email"), QStringLiteral("accounts@quayside.example"));

    server.down();
    // The window asks the server every few seconds.
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 15000)) << "no banner while the server is down";
    const QString bannerText = banner->findChild<QLabel*>()->text();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("cannot be reached"))) << bannerText.toStdString();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("retrying"))) << bannerText.toStdString();
    EXPECT_FALSE(toolBar->isEnabled()) << "changes are still offered while the server is down";

    // Saving now fails in a sentence; the dialog stays with everything typed in it.
    QPushButton* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    ASSERT_TRUE(dialog->isVisible()) << "the dialog closed although nothing was saved";
    EXPECT_FALSE(dialog->message().isEmpty());
    EXPECT_FALSE(dialog->message().contains(QStringLiteral("QPSQL"))) << dialog->message().toStdString();
    EXPECT_EQ(field(dialog, "code")->text(), QStringLiteral("C901"));
    EXPECT_EQ(field(dialog, "name")->text(), QStringLiteral("Quayside Chandlers"));
    EXPECT_EQ(field(dialog, "email")->text(), QStringLiteral("accounts@quayside.example"));

    server.up();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !banner->isVisible(); }, 15000)) << "the banner stayed";
    EXPECT_TRUE(toolBar->isEnabled());
    // The dashboard, which could not read its figures while the server was away, reads them again.
    auto* dashboardTitle = m_window->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
    ASSERT_NE(dashboardTitle, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dashboardTitle->text().contains(QStringLiteral("could not")); }, 10000))
            << dashboardTitle->text().toStdString();
    // The same window, without reopening the ledger: the same click now saves.
    QTest::mouseClick(save, Qt::LeftButton);
    settle();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->findChild<CustomerDialog*>() == nullptr; }, 5000));
    EXPECT_EQ(server.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE code = 'C901' AND "
                                          "name = 'Quayside Chandlers'")),
              1);
    m_session->close();
}

} // namespace settle::test
