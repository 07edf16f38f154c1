#include "GuiFixture.h"

#include "ReadOnlyFolder.h"

#include "ledger/Ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace settle::test {

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

using ReadOnlyLedgerGui = GuiFixture;

// A ledger in a folder that cannot be written is refused when it is opened, with a message that
// says it is read-only and what to do, instead of opening and failing at the first save with the
// database's words. The file stays as it was.
TEST_F(ReadOnlyLedgerGui, ALedgerThatCannotBeWrittenIsRefusedAtOpeningWithTheReason)
{
    const QString folder = m_dir.filePath(QStringLiteral("archive"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/books.db");
    {
        auto ledger = Ledger::open(path, Database::OpenMode::CreateIfMissing, m_ledger.clock());
        ledger->initialize(QStringLiteral("Archived Books"), QStringLiteral("USD"));
    }
    const QByteArray before = hashOf(path);
    ReadOnlyFolder readOnly(folder);
    ASSERT_TRUE(readOnly.ok());

    EXPECT_FALSE(m_window->openLedger(path));
    settle();
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages[0].kind, MessageBox::Kind::Error);
    const QString text = m_messages[0].text;
    EXPECT_TRUE(text.contains(QStringLiteral("read-only"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Copy it to a folder you can write to"))) << text.toStdString();
    for (const char* raw : {"INSERT", "attempt to write", "[", "SQL"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(raw))) << text.toStdString();
    EXPECT_TRUE(m_window->isWelcomeShown());
    EXPECT_FALSE(m_session->isOpen());
    EXPECT_EQ(hashOf(path), before);
}

} // namespace settle::test
