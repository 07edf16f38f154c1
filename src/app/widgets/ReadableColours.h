#pragma once

#include <QColor>
#include <QPalette>

namespace settle {

// Signal colours (overdue red, waiting orange) that stay readable on whatever palette the system has:
// the hue is kept and its lightness moved until the text stands out from the palette's backgrounds
// (Base, AlternateBase and Window) by WCAG's 4.5:1, so that red on a dark grey row or in a
// high-contrast theme can still be read. Derived from the palette, never fixed.
class ReadableColours
{
public:
    // Something wrong or late: a red.
    static QColor problem(const QPalette& palette);
    // Something waiting for a person: an orange.
    static QColor waiting(const QPalette& palette);
    // `wanted`, lighter or darker as the palette needs.
    static QColor readable(const QColor& wanted, const QPalette& palette);
    // WCAG's contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace settle
