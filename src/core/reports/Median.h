#pragma once

#include "io/Json.h"

#include <QList>
#include <QString>

#include <optional>

namespace settle {

// The median of whole numbers of days, kept exact: with an even count it is the mean of the two
// middle values, which is a whole number or a half, so it is stored as twice its value. No
// floating point: the report writes 1.5, never 1.4999999.
class Median
{
public:
    // std::nullopt for no values: a median of nothing is "none", not zero.
    static std::optional<Median> of(QList<qint64> values);
    static Median fromTwice(qint64 twice) { return Median(twice); }

    qint64 twice() const { return m_twice; }
    bool isWhole() const { return m_twice % 2 == 0; }
    // A half rounds away from zero: 1.5 -> 2, -1.5 -> -2.
    qint64 rounded() const;
    // "31", "1.5", "-0.5"
    QString toString() const;
    Json toJson() const { return Json::number(toString()); }

    friend bool operator==(const Median&, const Median&) = default;

private:
    explicit Median(qint64 twice) : m_twice(twice) {}

    qint64 m_twice = 0;
};

// sum / count to one decimal, rounded half away from zero, as the shortest exact text ("30.7",
// "31", "-0.5"); empty for a count of zero.
QString averageText(qint64 sum, qint64 count);

// part / whole as a share with two decimals ("0.58"), rounded half away from zero; empty for a
// whole of zero (no share of nothing).
QString shareText(qint64 part, qint64 whole);

} // namespace settle
