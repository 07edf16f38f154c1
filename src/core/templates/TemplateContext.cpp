#include "templates/TemplateContext.h"

namespace settle {

std::optional<TemplateValue> TemplateContext::lookup(const QString& name, const Values* invoice) const
{
    if (invoice) {
        const auto it = invoice->constFind(name);
        if (it != invoice->constEnd())
            return it.value();
    }
    const auto it = m_values.constFind(name);
    if (it != m_values.constEnd())
        return it.value();
    return std::nullopt;
}

} // namespace settle
