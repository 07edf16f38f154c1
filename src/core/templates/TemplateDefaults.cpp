#include "templates/TemplateDefaults.h"

#include "templates/TemplateKeys.h"

#include <QFile>

namespace settle {

namespace {

std::optional<QString> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::optional<Template> TemplateDefaults::find(const QString& key, const QString& language)
{
    const QString base = QStringLiteral(":/templates/%1/%2").arg(language, key);
    const auto subject = readResource(base + QStringLiteral(".subject"));
    const auto text = readResource(base + QStringLiteral(".txt"));
    const auto html = readResource(base + QStringLiteral(".html"));
    if (!subject || !text || !html)
        return std::nullopt;
    Template t;
    t.key = key;
    t.language = language;
    t.subject = subject->trimmed();
    t.bodyText = *text;
    t.bodyHtml = *html;
    return t;
}

QList<Template> TemplateDefaults::all()
{
    QList<Template> result;
    for (const QString& key : TemplateKeys::shipped())
        for (const QString& language : TemplateKeys::languages())
            if (auto t = find(key, language))
                result << *t;
    return result;
}

} // namespace settle
