#include "domain/Template.h"

namespace settle {

QString Template::part(Part which) const
{
    switch (which) {
    case Part::Subject:
        return subject;
    case Part::Text:
        return bodyText;
    case Part::Html:
        return bodyHtml;
    }
    return {};
}

void Template::setPart(Part which, const QString& text)
{
    switch (which) {
    case Part::Subject:
        subject = text;
        break;
    case Part::Text:
        bodyText = text;
        break;
    case Part::Html:
        bodyHtml = text;
        break;
    }
}

QString Template::partName(Part which)
{
    switch (which) {
    case Part::Subject:
        return QStringLiteral("subject");
    case Part::Text:
        return QStringLiteral("text");
    case Part::Html:
        return QStringLiteral("html");
    }
    return {};
}

} // namespace settle
