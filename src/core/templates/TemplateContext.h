#pragma once

#include "templates/TemplateValue.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

// The values one message is rendered with: those of the whole message (customer, company, totals,
// stage) and, for the {{#invoices}} section, one set per invoice listed.
class TemplateContext
{
public:
    using Values = QHash<QString, TemplateValue>;

    void set(const QString& name, const TemplateValue& value) { m_values.insert(name, value); }
    void addInvoice(const Values& invoice) { m_invoices << invoice; }

    const Values& values() const { return m_values; }
    const QList<Values>& invoices() const { return m_invoices; }

    // The value of `name` inside the section's invoice `invoice` (or outside any section when null):
    // the invoice's own values first, then the message's.
    std::optional<TemplateValue> lookup(const QString& name, const Values* invoice = nullptr) const;

private:
    Values m_values;
    QList<Values> m_invoices;
};

} // namespace settle
