#pragma once

#include <QString>
#include <QTemporaryDir>

namespace settle::test {

// Where a test's ledger lives: a file in a fresh temporary folder, or — when the suite runs with
// SETTLE_TEST_ENGINE=postgresql — a fresh database on the throw-away server of SETTLE_TEST_PG, dropped
// at the end. The same tests thus check both engines.
class TestLocation
{
public:
    TestLocation();
    ~TestLocation();
    TestLocation(const TestLocation&) = delete;
    TestLocation& operator=(const TestLocation&) = delete;

    // The --db value: a file path or a postgresql:// address.
    const QString& ledger() const { return m_ledger; }
    // A scratch file beside the test (always on disk).
    QString file(const QString& name) const { return m_dir.filePath(name); }

    static bool postgres();
    static QString serverUrl(); // SETTLE_TEST_PG

private:
    QTemporaryDir m_dir;
    QString m_ledger;
    QString m_database; // PostgreSQL only
};

} // namespace settle::test
