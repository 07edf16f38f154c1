#pragma once

#include <QString>

namespace settle {

class Clock;

// `settle-tools --screenshots DIR` (scripts/screenshots runs it under Xvfb): opens a fresh demo ledger
// and saves the README's pictures — every page and the main dialogs, the window at 1366×768 — as PNG
// files, in the language and palette it runs with. Returns the exit status.
class ScreenshotTour
{
public:
    static int run(const QString& folder, const Clock& clock);
};

} // namespace settle
