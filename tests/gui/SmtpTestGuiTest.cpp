#include "GuiFixture.h"

#include "../integration/SmtpTestServer.h"

#include "settings/SettingsPage.h"
#include "settings/SmtpTestPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace settle::test {

namespace {

class SmtpTestGui : public GuiFixture
{
protected:
    SmtpTestPanel* panel(const QString& host, int port, const QString& user = {})
    {
        openLedger();
        m_window->showPage(MainWindow::Page::Settings);
        SettingsPage* settings = m_window->settingsPage();
        settings->showTab(QStringLiteral("emailTab"));
        settle();
        auto set = [settings](const char* name, const QString& text) {
            auto* edit = settings->findChild<QLineEdit*>(QLatin1String(name));
            edit->setText(text);
        };
        set("smtpHost", host);
        set("smtpPort", QString::number(port));
        set("smtpUser", user);
        set("smtpFrom", QStringLiteral("accounts@northwind.example"));
        auto* security = settings->findChild<QComboBox*>(QStringLiteral("smtpSecurity"));
        security->setCurrentIndex(security->findData(QStringLiteral("none")));
        return m_window->smtpTestPanel();
    }

    static bool sendAndWait(SmtpTestPanel* test)
    {
        QTest::mouseClick(test->button(), Qt::LeftButton);
        const bool done = QTest::qWaitFor([test] { return !test->isRunning(); }, 60000);
        settle();
        return done;
    }

    // The ledger's smtp settings, to show that a test saves nothing.
    QString stored(const char* key) { return m_ledger->setting(QLatin1String(key)); }
};

} // namespace

TEST_F(SmtpTestGui, TheButtonSitsBelowTheSmtpFieldsAndATestEmailReachesTheServerWithItsAnswerShown)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    SmtpTestPanel* test = panel(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_NE(test, nullptr);
    EXPECT_TRUE(test->button()->isVisible());
    ASSERT_TRUE(sendAndWait(test));
    EXPECT_TRUE(test->answer().contains(QStringLiteral("250"))) << test->answer().toStdString();
    ASSERT_EQ(server.waitForCount(1), 1);
    const auto received = server.received().first();
    EXPECT_EQ(received.rcptTos(), QStringList{QStringLiteral("accounts@northwind.example")});
    EXPECT_EQ(received.subject(), QStringLiteral("Settle test email"));
    // Typed, not saved: the test changed no setting.
    EXPECT_TRUE(stored("smtp.host").isEmpty());
}

TEST_F(SmtpTestGui, AWrongPortSaysTheConnectionFailedAndSavesNothing)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.start());
    const int port = server.port();
    server.stop(); // nobody listens there now
    SmtpTestPanel* test = panel(QStringLiteral("127.0.0.1"), port);
    ASSERT_TRUE(sendAndWait(test));
    EXPECT_FALSE(test->answer().isEmpty());
    EXPECT_FALSE(test->answer().startsWith(QStringLiteral("Sent"))) << test->answer().toStdString();
    EXPECT_TRUE(test->answer().contains(QStringLiteral("port %1").arg(port))) << test->answer().toStdString();
    EXPECT_TRUE(test->answer().contains(QStringLiteral("connect"))) << test->answer().toStdString();
    EXPECT_TRUE(stored("smtp.host").isEmpty());
    EXPECT_TRUE(stored("smtp.port").isEmpty());
}

TEST_F(SmtpTestGui, AWrongPasswordShowsTheServersWords)
{
    SmtpServerOptions options;
    options.user = QStringLiteral("bookkeeper");
    options.password = QStringLiteral("right-one");
    SmtpTestServer server(options);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    SmtpTestPanel* test = panel(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("bookkeeper"));
    test->passwordField()->setText(QStringLiteral("wrong-one"));
    ASSERT_TRUE(sendAndWait(test));
    EXPECT_TRUE(test->answer().contains(QStringLiteral("535"))) << test->answer().toStdString();
    EXPECT_TRUE(server.received().isEmpty());

    test->passwordField()->setText(QStringLiteral("right-one"));
    ASSERT_TRUE(sendAndWait(test));
    EXPECT_TRUE(test->answer().startsWith(QStringLiteral("Sent"))) << test->answer().toStdString();
    EXPECT_EQ(server.waitForCount(1), 1);
}

TEST_F(SmtpTestGui, MissingFieldsAreNamedWithoutTryingAnything)
{
    SmtpTestPanel* test = panel(QString(), 25);
    QTest::mouseClick(test->button(), Qt::LeftButton);
    EXPECT_FALSE(test->isRunning());
    EXPECT_TRUE(test->answer().contains(QStringLiteral("SMTP server"))) << test->answer().toStdString();
}

} // namespace settle::test
