#pragma once

#include <QStringList>

namespace settle {

// Starts the desktop app: command line (--db PATH and SETTLE_DB as CLI.md says), language,
// logging, the main window and the first ledger. main() is only a call to run().
class Application
{
public:
    static int run(int argc, char** argv);
};

} // namespace settle
