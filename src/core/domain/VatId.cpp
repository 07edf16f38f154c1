#include "domain/VatId.h"

#include <QRegularExpression>

namespace settle {

QString VatId::problem(const QString& text)
{
    const QString v = text.trimmed();
    if (v.isEmpty())
        return {};
    if (v.size() > MaxLength)
        return QStringLiteral("a VAT ID has at most %1 characters").arg(MaxLength);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ./-]*$"));
    int alphanumerics = 0;
    bool digit = false;
    for (const QChar c : v) {
        if (c.isDigit())
            digit = true;
        if (c.isLetterOrNumber())
            ++alphanumerics;
    }
    if (!allowed.match(v).hasMatch() || alphanumerics < 4 || !digit)
        return QStringLiteral("\"%1\" is not a VAT ID (letters and digits such as DE123456789)").arg(v);
    return {};
}

} // namespace settle
