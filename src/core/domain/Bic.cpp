#include "domain/Bic.h"

#include <QRegularExpression>

namespace settle {

QString Bic::normalised(const QString& text)
{
    QString result;
    for (const QChar c : text)
        if (!c.isSpace())
            result += c.toUpper();
    return result;
}

QString Bic::problem(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!shape.match(normalised(text)).hasMatch())
        return QStringLiteral("\"%1\" is not a BIC (8 or 11 letters and digits, such as COBADEFFXXX)")
            .arg(text.trimmed());
    return {};
}

} // namespace settle
