#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

QString sourceFile(const QString& relative)
{
    return QDir(QStringLiteral(SETTLE_TEST_DATA "/../..")).absoluteFilePath(relative);
}

// A man page's text without roff's font changes and escapes: "\fB\-\-db\fR" reads "--db".
QString manText(const QString& page)
{
    QFile file(sourceFile(QStringLiteral("packaging/") + page));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return text;
}

QSet<QString> longOptions(const QString& text)
{
    QSet<QString> found;
    auto it = QRegularExpression(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*")).globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString run(const QString& program, const QStringList& arguments, int* status = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // As where there is no display at all: a server, a package's install test.
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SETTLE_DB"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("SETTLE_LOG"), QStringLiteral("off"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/settle-test-xdg"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (status)
        *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString guiBinary()
{
    // Built beside settle-cli: build/src/cli/settle-cli and build/src/app/settle.
    return QFileInfo(CliRunner::binary()).absoluteDir().absoluteFilePath(QStringLiteral("../app/settle"));
}

QString join(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

} // namespace

// settle-cli(1) names every command and option `settle-cli --help` lists, and no option it does not.
TEST(ManPage, SettleCliPageMatchesItsHelp)
{
    int status = -1;
    const QString help = run(CliRunner::binary(), {QStringLiteral("--help")}, &status);
    ASSERT_EQ(status, 0);
    const QString page = manText(QStringLiteral("settle-cli.1"));
    ASSERT_FALSE(page.isEmpty());

    const QSet<QString> helpOptions = longOptions(help);
    const QSet<QString> pageOptions = longOptions(page);
    EXPECT_TRUE(helpOptions.contains(QStringLiteral("--version")));
    EXPECT_EQ(join(helpOptions - pageOptions), QString()) << "in --help, not in the man page";
    EXPECT_EQ(join(pageOptions - helpOptions), QString()) << "in the man page, not in --help";

    // Commands: the first word of each line of the list, and every "command subcommand" in it.
    QSet<QString> helpCommands;
    QSet<QString> helpPairs;
    const QString commandList = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const QString& line : commandList.split(u'\n')) {
        const auto first = QRegularExpression(QStringLiteral("^  ([a-z]+)\\b")).match(line);
        if (first.hasMatch())
            helpCommands.insert(first.captured(1));
    }
    auto pairs = QRegularExpression(QStringLiteral("(?:^  |\\| )([a-z]+) ([a-z][a-z-]+)\\b"),
                                    QRegularExpression::MultilineOption)
                     .globalMatch(commandList);
    while (pairs.hasNext()) {
        const auto match = pairs.next();
        if (helpCommands.contains(match.captured(1)))
            helpPairs.insert(match.captured(1) + u' ' + match.captured(2));
    }
    ASSERT_GT(helpCommands.size(), 15);
    for (const QString& pair : std::as_const(helpPairs))
        EXPECT_TRUE(page.contains(pair)) << "settle-cli(1) lacks \"" << pair.toStdString() << "\"";
    QSet<QString> pageCommands;
    const QString commandSection = page.section(QStringLiteral(".SH COMMANDS"), 1).section(QStringLiteral(".SH "), 0, 0);
    auto entries = QRegularExpression(QStringLiteral("^\\.TP\\n\\.B ([a-z]+)"), QRegularExpression::MultilineOption)
                       .globalMatch(commandSection);
    while (entries.hasNext())
        pageCommands.insert(entries.next().captured(1));
    EXPECT_EQ(join(helpCommands - pageCommands), QString()) << "commands in --help, not in the man page";
    EXPECT_EQ(join(pageCommands - helpCommands), QString()) << "commands in the man page, not in --help";

    // Exit statuses and the environment the help names.
    for (const char* word : {"SETTLE_DB", "SETTLE_LOCK_WAIT", ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES"})
        EXPECT_TRUE(page.contains(QString::fromLatin1(word))) << word;
    for (const QString& code : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        EXPECT_TRUE(page.contains(QStringLiteral(".TP\n.B ") + code + u'\n')) << code.toStdString();
}

// settle(1) names every option `settle --help` lists, and `settle --help` and `--version` answer
// without a display.
TEST(ManPage, SettlePageMatchesItsHelpWithoutADisplay)
{
    if (!QFileInfo::exists(guiBinary()))
        GTEST_SKIP() << "the desktop app is not built";
    int status = -1;
    const QString help = run(guiBinary(), {QStringLiteral("--help")}, &status);
    ASSERT_EQ(status, 0);
    const QString version = run(guiBinary(), {QStringLiteral("--version")}, &status);
    ASSERT_EQ(status, 0);
    EXPECT_TRUE(version.startsWith(QStringLiteral("settle "))) << version.toStdString();

    const QString page = manText(QStringLiteral("settle.1"));
    ASSERT_FALSE(page.isEmpty());
    const QSet<QString> helpOptions = longOptions(help);
    const QSet<QString> pageOptions = longOptions(page);
    for (const char* option : {"--db", "--as-of", "--settings", "--help", "--version"})
        EXPECT_TRUE(helpOptions.contains(QString::fromLatin1(option))) << option;
    EXPECT_EQ(join(helpOptions - pageOptions), QString()) << "in --help, not in the man page";
    EXPECT_EQ(join(pageOptions - helpOptions), QString()) << "in the man page, not in --help";
    for (const char* shortOption : {"-h", "-v"}) {
        if (help.contains(QStringLiteral("  %1,").arg(QString::fromLatin1(shortOption)))) {
            EXPECT_TRUE(page.contains(QString::fromLatin1(shortOption))) << shortOption;
        }
    }
    const QString page2 = page.section(QStringLiteral(".SH ENVIRONMENT"), 1);
    EXPECT_TRUE(page2.contains(QStringLiteral("SETTLE_DB")));
    EXPECT_TRUE(page.contains(QStringLiteral(".SH EXIT STATUS")));
}

} // namespace settle::test
