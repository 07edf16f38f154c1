#pragma once

#include <QString>

namespace settle {

class Clock;

// `settle --screenshots DIR` (scripts/screenshots runs it under Xvfb): opens a fresh demo ledger
// and saves the README's pictures — dashboard, customers, invoice editor, payment dialog, import
// wizard — as PNG files. Returns the exit status.
class ScreenshotTour
{
public:
    static int run(const QString& folder, const Clock& clock);
};

} // namespace settle
