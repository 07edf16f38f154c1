#include "domain/Iban.h"

#include <QRegularExpression>

namespace settle {

QString Iban::normalised(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            result += c.toUpper();
    return result;
}

QString Iban::problem(const QString& text)
{
    const QString iban = normalised(text);
    // ISO 13616: the country, the check digits, then 1 to 30 letters or digits; no country's IBAN is
    // shorter than 15 characters (Norway's), none longer than 34.
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return QStringLiteral("\"%1\" is not an IBAN (two letters for the country, two check digits, then "
                              "up to 30 letters and digits)")
            .arg(text.trimmed());
    // ISO 7064 mod 97-10: the first four characters moved to the end, letters as 10..35, the whole
    // number taken modulo 97 must be 1. Done digit by digit, so it never leaves an int.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    if (remainder != 1)
        return QStringLiteral("\"%1\" is not a valid IBAN: its check digits do not match (a digit mistyped?)")
            .arg(text.trimmed());
    return {};
}

QString Iban::grouped(const QString& text)
{
    const QString iban = normalised(text);
    QString result;
    for (qsizetype i = 0; i < iban.size(); i += 4) {
        if (i > 0)
            result += u' ';
        result += iban.mid(i, 4);
    }
    return result;
}

} // namespace settle
