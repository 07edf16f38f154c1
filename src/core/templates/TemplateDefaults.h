#pragma once

#include "domain/Template.h"

#include <QList>
#include <QString>

#include <optional>

namespace settle {

// The texts Settle ships (resources/templates/LANG/KEY.subject|.txt|.html, compiled in): what a new
// ledger starts with, what "reset to default" restores and what a ledger without a stored row uses.
class TemplateDefaults
{
public:
    // std::nullopt when Settle ships no such template.
    static std::optional<Template> find(const QString& key, const QString& language);
    // Every shipped template, by key (TemplateKeys::shipped() order), then language.
    static QList<Template> all();
};

} // namespace settle
