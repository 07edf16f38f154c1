#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace settle {

// Dates in files and on the command line are ISO YYYY-MM-DD, strictly (docs/CLI.md).
class IsoDate
{
public:
    // std::nullopt for anything but a real calendar date in YYYY-MM-DD (so 2026-02-30 is refused).
    static std::optional<QDate> parse(QStringView text);
    static QString format(const QDate& date);
    // Empty for an invalid (absent) date.
    static QString formatOptional(const QDate& date);
};

} // namespace settle
