#include "domain/Allocation.h"

namespace settle {

QString Allocation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Payment:
        return QStringLiteral("payment");
    case Kind::Discount:
        return QStringLiteral("discount");
    case Kind::CreditNote:
        return QStringLiteral("credit_note");
    case Kind::WriteOff:
        return QStringLiteral("write_off");
    }
    return {};
}

Allocation::Kind Allocation::kindFromName(const QString& name)
{
    for (auto kind : {Kind::Payment, Kind::Discount, Kind::CreditNote, Kind::WriteOff})
        if (kindName(kind) == name)
            return kind;
    return Kind::Payment;
}

} // namespace settle
