#include "templates/MissingValues.h"

#include "templates/TemplatePlaceholders.h"

namespace settle {

MissingValues::MissingValues(QList<InputProblem> problems, QStringList placeholders)
    : InputProblems(std::move(problems)), m_placeholders(std::move(placeholders))
{
    m_placeholders.removeDuplicates();
}

QStringList MissingValues::settings() const
{
    // TemplatePlaceholders names a setting as its source: "setting company.payment_details".
    static const QString prefix = QStringLiteral("setting ");
    QStringList keys;
    for (const QString& name : m_placeholders) {
        const auto* placeholder = TemplatePlaceholders::find(name);
        if (!placeholder || !placeholder->source.startsWith(prefix))
            return {};
        keys << placeholder->source.mid(prefix.size());
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace settle
