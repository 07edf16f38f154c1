#include "GuiFixture.h"

#include "TestLocation.h"

#include "ledger/Ledger.h"

#include <QUrl>

namespace settle::test {

using SharedLedgerGui = GuiFixture;

TEST_F(SharedLedgerGui, AnAddressThatIsNotPostgresIsRefusedWithAnExample)
{
    EXPECT_FALSE(m_window->openSharedLedger(QStringLiteral("ledger.example.com/books")));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Error);
    EXPECT_TRUE(m_messages[0].text.contains(QStringLiteral("postgresql://"))) << m_messages[0].text.toStdString();
    EXPECT_TRUE(m_window->isWelcomeShown());
}

TEST_F(SharedLedgerGui, AnUnreachableServerGivesAMessageNotACrash)
{
    // Port 1 on the loopback: nothing listens there.
    EXPECT_FALSE(m_window->openSharedLedger(QStringLiteral("postgresql://nobody@127.0.0.1:1/books")));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Error);
    EXPECT_TRUE(m_window->isWelcomeShown());
}

// scripts/test starts a PostgreSQL server for the suite (SETTLE_TEST_PG); a ledger made there opens in
// the window and its title names the address, without a password.
TEST_F(SharedLedgerGui, ASharedLedgerOpensAndTheTitleNamesItsAddress)
{
    if (qEnvironmentVariableIsEmpty("SETTLE_TEST_PG"))
        GTEST_SKIP() << "no PostgreSQL test server (SETTLE_TEST_PG); scripts/test starts one";
    const QByteArray engine = qgetenv("SETTLE_TEST_ENGINE");
    qputenv("SETTLE_TEST_ENGINE", "postgresql");
    TempLedger shared; // a fresh database on the test server, initialised
    qputenv("SETTLE_TEST_ENGINE", engine);
    shared->setSetting(QStringLiteral("company.name"), QStringLiteral("Shared Books"));
    const QString address = shared.path();
    shared.close();

    ASSERT_TRUE(m_window->openSharedLedger(address)) << (m_messages.isEmpty() ? "" : m_messages[0].text.toStdString());
    EXPECT_FALSE(m_window->isWelcomeShown());
    const QString title = m_window->windowTitle();
    EXPECT_TRUE(title.contains(QStringLiteral("Shared Books"))) << title.toStdString();
    EXPECT_TRUE(title.contains(QUrl(address).path().mid(1))) << title.toStdString();
    EXPECT_TRUE(m_messages.isEmpty());
    m_session->close(); // before the test database is dropped
}

} // namespace settle::test
