// File → Share on a Server…: the open ledger file copied into a PostgreSQL database with each table's
// rows shown as they go, then opened in the same window.

#include "GuiFixture.h"

#include "sharing/ShareLedgerDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUrl>

namespace settle::test {

namespace {

QPushButton* button(QWidget* dialog, const QString& text)
{
    for (auto* each : dialog->findChildren<QPushButton*>())
        if (each->text().remove(u'&') == text)
            return each;
    return nullptr;
}

ShareLedgerDialog* openShareDialog(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionShareLedger"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return window.findChild<ShareLedgerDialog*>();
}

} // namespace

using ShareLedgerGui = GuiFixture;

TEST_F(ShareLedgerGui, TheFileIsCopiedToTheServerTableByTableAndOpensThere)
{
    if (qEnvironmentVariableIsEmpty("SETTLE_TEST_PG") || TestLocation::postgres())
        GTEST_SKIP() << "a file ledger and a PostgreSQL server (SETTLE_TEST_PG) are needed; scripts/test has both";
    for (const char* code : {"C001", "C002", "C003"})
        m_ledger.addCustomer(QString::fromLatin1(code));
    const QString first = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 125000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 2), 9950);
    openLedger();

    const QByteArray engine = qgetenv("SETTLE_TEST_ENGINE");
    qputenv("SETTLE_TEST_ENGINE", "postgresql");
    TempLedger shared; // an empty database on the test server, initialised
    qputenv("SETTLE_TEST_ENGINE", engine);
    const QString address = shared.path();
    shared.close();

    ShareLedgerDialog* dialog = openShareDialog(*m_window);
    ASSERT_NE(dialog, nullptr);
    QPushButton* copy = button(dialog, QStringLiteral("Copy"));
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(copy->isEnabled()); // nothing typed yet

    // An address that is not PostgreSQL's is refused in a sentence, and nothing starts.
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("address"));
    QTest::keyClicks(field, QStringLiteral("ledger.example.com/books"));
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("postgresql://"))) << dialog->message().toStdString();
    EXPECT_FALSE(dialog->isCopying());

    field->clear();
    QTest::keyClicks(field, address);
    QTest::mouseClick(copy, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isCopying(); }, 60000));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("checked"))) << dialog->message().toStdString();
    // Each table is listed with its rows as it was copied.
    auto* tables = dialog->findChild<QListWidget*>(QStringLiteral("copiedTables"));
    QStringList listed;
    for (int row = 0; row < tables->count(); ++row)
        listed << tables->item(row)->text();
    EXPECT_TRUE(listed.contains(QStringLiteral("customers — 3 rows"))) << listed.join(u'|').toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("invoices — 2 rows"))) << listed.join(u'|').toStdString();

    QPushButton* open = button(dialog, QStringLiteral("Open the Shared Ledger"));
    ASSERT_NE(open, nullptr);
    ASSERT_TRUE(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_messages.isEmpty()) << m_messages.value(0).text.toStdString();
    EXPECT_EQ(m_session->location(), address);
    EXPECT_TRUE(m_window->windowTitle().contains(QUrl(address).path().mid(1))) << m_window->windowTitle().toStdString();
    // The window now works on the server's copy: its customers and invoices are those of the file.
    EXPECT_EQ(m_session->ledger().customers().size(), 3);
    EXPECT_EQ(m_session->ledger().invoice(first, QDate(2026, 3, 31)).invoice.total, 125000);
    // A shared ledger is not shared again.
    EXPECT_EQ(openShareDialog(*m_window), nullptr);
    m_session->close(); // before the test database is dropped
}

} // namespace settle::test
