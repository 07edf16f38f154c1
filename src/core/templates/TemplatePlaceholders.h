#pragma once

#include "templates/TemplateContext.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// The one table of placeholders: the engine validates and renders with it, the desktop app's
// "insert placeholder" menu lists it and docs/TEMPLATES.md is checked against it (a unit test).
class TemplatePlaceholders
{
public:
    // Where a placeholder may stand: anywhere, only inside {{#invoices}}…{{/invoices}} (anywhere in
    // an invoice's email, which is about that one invoice), or only inside {{#discount}}…{{/discount}}.
    enum class Scope { Message, Invoice, Discount };

    struct Placeholder
    {
        QString name;
        Scope scope = Scope::Message;
        int kinds = 0; // bits of kindBit(): the template kinds that have this value
        TemplateValue::Type type = TemplateValue::Type::Text;
        QString description;
        QString source;  // where the value comes from, named in the error when it is blank
        QString example; // interchange form: "2026-03-10", "1250.00 USD"

        bool availableIn(TemplateKeys::Kind kind) const { return kinds & kindBit(kind); }
    };

    // The repeated section: "invoices" ({{#invoices}}…{{/invoices}}, once per invoice listed; and
    // {{^invoices}}…{{/invoices}}, only when the message lists none).
    static QString sectionName() { return QStringLiteral("invoices"); }
    // The optional section: "discount" ({{#discount}}…{{/discount}}, once when the invoice's terms
    // offer an early-payment discount still open at the message's date; {{^discount}}…{{/discount}}
    // only when they do not), so that a message without an offer says nothing about one.
    static QString discountSectionName() { return QStringLiteral("discount"); }
    // The optional section "customer.credit" ({{#customer.credit}}…{{/customer.credit}}, once when the
    // customer has credit on account in the message's currencies; {{^customer.credit}} only when not).
    static QString creditSectionName() { return QStringLiteral("customer.credit"); }
    // Every section, the repeated one first.
    static QStringList sectionNames() { return {sectionName(), discountSectionName(), creditSectionName()}; }

    // A section shown once or not at all: by whether its marker value is there (not empty) in the
    // message, and allowed in the template kinds that have that value.
    struct OptionalSection
    {
        QString name;
        QString marker;
        int kinds = 0;
    };
    // The optional section of that name, or nullptr (the repeated section, an unknown name).
    static const OptionalSection* optionalSection(const QString& name);
    // The section a scope's placeholders stand in (empty for Message).
    static QString sectionOf(Scope scope);
    // The value whose presence shows {{#discount}}: a context of an invoice with an offer has it.
    static QString discountMarker() { return QStringLiteral("discount.amount"); }

    static const QList<Placeholder>& all();
    static const Placeholder* find(const QString& name);
    // The placeholders a template of this kind may use, in table order.
    static QList<Placeholder> available(TemplateKeys::Kind kind);
    static int kindBit(TemplateKeys::Kind kind) { return 1 << int(kind); }
    // "follow-up, statement, payment thank-you, invoice" or "all".
    static QString kindsText(int kinds);

    // A context of this kind holding every example of the table, with `invoiceCount` invoices
    // (numbered from the example on): what a template is tried on without a ledger.
    static TemplateContext sampleContext(TemplateKeys::Kind kind, int invoiceCount = 2);
    // The table as Markdown, the way docs/TEMPLATES.md shows it.
    static QString markdownTable();
};

} // namespace settle
