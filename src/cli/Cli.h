#pragma once

#include <QStringList>

namespace settle {

class Clock;

// settle-cli: reads the global options, runs one command and maps failures onto the exit status
// of docs/CLI.md (0 done, 1 run time, 2 usage, 3 bad input data), one error line each on stderr.
class Cli
{
public:
    explicit Cli(const Clock& clock) : m_clock(clock) {}

    int run(const QStringList& arguments);

    static QString help();

private:
    const Clock& m_clock;
};

} // namespace settle
