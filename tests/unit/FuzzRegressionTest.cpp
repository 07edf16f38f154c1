#include "../fuzz/FuzzProperties.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

// Replays, with the normal build, every input the fuzzers found a problem with (tests/fuzz/regressions)
// and their seeds (tests/fuzz/corpus) through the same checks the fuzz targets run (docs/FUZZING.md).

namespace {

const QString fuzzDir = QStringLiteral(SETTLE_TEST_DATA "/../fuzz");

int replay(const QString& folder, const QString& target)
{
    int count = 0;
    const QDir dir(fuzzDir + u'/' + folder + u'/' + target);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray data = file.readAll();
        try {
            FuzzProperties::check(target, data);
        } catch (const std::exception& e) {
            ADD_FAILURE() << folder.toStdString() << '/' << target.toStdString() << '/' << name.toStdString() << ": "
                          << e.what();
        }
        ++count;
    }
    return count;
}

} // namespace

TEST(FuzzRegression, EveryKeptCrashNowPassesItsChecks)
{
    for (const QString& target : FuzzProperties::targets())
        replay(QStringLiteral("regressions"), target);
}

TEST(FuzzRegression, EverySeedPassesItsChecks)
{
    for (const QString& target : FuzzProperties::targets())
        EXPECT_GT(replay(QStringLiteral("corpus"), target), 0) << "no seeds for " << target.toStdString();
}

TEST(FuzzRegression, AnUnknownTargetIsAnError)
{
    // A misspelt folder under regressions/ must not pass silently.
    EXPECT_THROW(FuzzProperties::check(QStringLiteral("no_such_target"), QByteArray()), std::invalid_argument);
}
