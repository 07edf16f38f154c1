#include "domain/ContactNote.h"

namespace settle {

QString ContactNote::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Note:
        return QStringLiteral("note");
    case Kind::Promise:
        return QStringLiteral("promise");
    case Kind::Dispute:
        return QStringLiteral("dispute");
    case Kind::Legal:
        return QStringLiteral("legal");
    }
    return QStringLiteral("note");
}

std::optional<ContactNote::Kind> ContactNote::kindFromName(const QString& name)
{
    for (const Kind kind : {Kind::Note, Kind::Promise, Kind::Dispute, Kind::Legal})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace settle
