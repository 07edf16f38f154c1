#include <QGuiApplication>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace {

// Skips every test of a run meant for PostgreSQL when no server was given, saying so, rather than
// failing on a developer's machine; scripts/test always starts one.
class PostgresEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (qEnvironmentVariable("SETTLE_TEST_ENGINE") == u"postgresql" && qEnvironmentVariableIsEmpty("SETTLE_TEST_PG"))
            GTEST_SKIP() << "SETTLE_TEST_ENGINE=postgresql but SETTLE_TEST_PG names no server";
    }
};

} // namespace

int main(int argc, char** argv)
{
    // gtest_discover_tests and plain runs do not get ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);
    return RUN_ALL_TESTS();
}
