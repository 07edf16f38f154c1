#include "widgets/ReadableColours.h"

#include <algorithm>
#include <cmath>

namespace settle {

namespace {

constexpr double enough = 4.5;

double luminance(const QColor& colour)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double worstContrast(const QColor& colour, const QPalette& palette)
{
    double worst = 21.0;
    for (const auto role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
        worst = std::min(worst, ReadableColours::contrast(colour, palette.color(role)));
    return worst;
}

} // namespace

double ReadableColours::contrast(const QColor& a, const QColor& b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return x > y ? x / y : y / x;
}

QColor ReadableColours::readable(const QColor& wanted, const QPalette& palette)
{
    if (worstContrast(wanted, palette) >= enough)
        return wanted;
    // Away from the backgrounds: lighter on a dark palette, darker on a light one.
    const bool darkBackground = luminance(palette.color(QPalette::Base)) < 0.18;
    float hue = 0, saturation = 0, lightness = 0, alpha = 1;
    wanted.getHslF(&hue, &saturation, &lightness, &alpha);
    QColor best = wanted;
    double bestContrast = worstContrast(wanted, palette);
    for (int step = 1; step <= 20; ++step) {
        const float l = darkBackground ? lightness + (1.0f - lightness) * float(step) / 20.0f
                                       : lightness * (1.0f - float(step) / 20.0f);
        const QColor candidate = QColor::fromHslF(hue, saturation, l);
        const double c = worstContrast(candidate, palette);
        if (c > bestContrast) {
            best = candidate;
            bestContrast = c;
        }
        if (c >= enough)
            return candidate;
    }
    // No shade of the hue stands out enough (backgrounds of both kinds): the palette's own text does.
    return bestContrast >= enough ? best : palette.color(QPalette::Text);
}

QColor ReadableColours::problem(const QPalette& palette)
{
    return readable(QColor(0xc6, 0x28, 0x28), palette);
}

QColor ReadableColours::waiting(const QPalette& palette)
{
    return readable(QColor(0xe6, 0x51, 0x00), palette);
}

} // namespace settle
