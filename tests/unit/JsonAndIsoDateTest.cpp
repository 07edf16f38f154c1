#include "dates/IsoDate.h"
#include "io/Json.h"

#include <gtest/gtest.h>

using settle::IsoDate;
using settle::Json;

TEST(Json, EscapesQuotesBackslashesAndControlCharactersInsideRunsOfPlainText)
{
    const QString text = QStringLiteral("a\"b\\c\nd\re\tf") + QChar(0x01) + QStringLiteral("g äö € 中");
    EXPECT_EQ(Json(text).dump(-1), QStringLiteral("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g äö € 中\""));
    EXPECT_EQ(Json(QString()).dump(-1), QStringLiteral("\"\""));
    EXPECT_EQ(Json(QStringLiteral("\"")).dump(-1), QStringLiteral("\"\\\"\""));
    EXPECT_EQ(Json(QStringLiteral("plain")).dump(-1), QStringLiteral("\"plain\""));
}

TEST(IsoDate, FormatsEveryDateAsQtsIsoFormatDoes)
{
    for (QDate date(1999, 12, 25); date <= QDate(2029, 3, 2); date = date.addDays(17))
        ASSERT_EQ(IsoDate::format(date), date.toString(Qt::ISODate));
    EXPECT_EQ(IsoDate::format(QDate(2028, 2, 29)), QStringLiteral("2028-02-29"));
    EXPECT_EQ(IsoDate::format(QDate(999, 1, 5)), QStringLiteral("0999-01-05"));
    EXPECT_EQ(IsoDate::format(QDate(9999, 12, 31)), QStringLiteral("9999-12-31"));
    EXPECT_EQ(IsoDate::formatOptional(QDate()), QString());
}
