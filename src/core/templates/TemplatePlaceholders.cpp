#include "templates/TemplatePlaceholders.h"

#include "dates/IsoDate.h"

namespace settle {

namespace {

using Kind = TemplateKeys::Kind;
using Type = TemplateValue::Type;
using Scope = TemplatePlaceholders::Scope;

constexpr int followup = 1 << int(Kind::Followup);
constexpr int statement = 1 << int(Kind::Statement);
constexpr int payment = 1 << int(Kind::Payment);
constexpr int invoice = 1 << int(Kind::Invoice);
constexpr int every = followup | statement | payment | invoice;

TemplatePlaceholders::Placeholder row(const char* name, Scope scope, int kinds, Type type,
                                      const char* description, const char* source, const char* example)
{
    return {QString::fromUtf8(name),
            scope,
            kinds,
            type,
            QString::fromUtf8(description),
            QString::fromUtf8(source),
            QString::fromUtf8(example)};
}

QList<TemplatePlaceholders::Placeholder> table()
{
    const Scope m = Scope::Message;
    const Scope i = Scope::Invoice;
    const Scope d = Scope::Discount;
    return {
        row("customer.name", m, every, Type::Text, "The customer's name", "the customer's record",
            "Acme Trading Ltd"),
        row("customer.code", m, every, Type::Text, "The customer's code", "the customer's record", "C001"),
        row("company.name", m, every, Type::Text, "Your company's name", "setting company.name",
            "Northwind Design Studio"),
        row("company.address", m, every, Type::Text, "Your company's postal address",
            "setting company.address", "21 Harbour Street, Springfield"),
        row("company.payment_details", m, every, Type::Text, "How to pay you: bank account, what to quote",
            "setting company.payment_details", "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX"),
        row("date", m, every, Type::Date, "The date of the message", "the day the message is made",
            "2026-03-31"),
        row("invoice_count", m, every, Type::Number, "How many invoices the message lists",
            "the invoices listed", "2"),
        row("invoice_numbers", m, every, Type::Text, "The numbers of the invoices listed, comma-separated",
            "the invoices listed", "INV-0042, INV-0043"),
        row("total_balance", m, every, Type::Amount,
            "The balances of the invoices listed added up (joined with + across currencies)",
            "the invoices listed", "1250.00 USD"),
        // Empty without credit, so that {{#customer.credit}} shows only when there is some.
        row("customer.credit", m, followup | statement, Type::Amount,
            "The customer's credit on account in the message's currencies (in a follow-up, the part that "
            "falls on the invoices listed); empty when none, so use it inside {{#customer.credit}}",
            "payments not yet applied", "200.00 USD"),
        row("stage.name", m, followup, Type::Text, "The name of the reminder stage", "the reminder policy",
            "Reminder"),
        row("fee", m, followup, Type::Amount, "The fees this stage charges, added up (0 when none)",
            "the stage's fee", "10.00 USD"),
        row("interest", m, followup, Type::Amount,
            "Interest accrued under the payment terms when the stage states interest (else 0)",
            "the invoices' terms", "4.52 USD"),
        row("total_due", m, followup, Type::Amount, "total_balance + fee + interest", "the invoices listed",
            "1264.52 USD"),
        row("total_due_after_credit", m, followup, Type::Amount,
            "total_due less the credit on account set against it: what the customer is asked to pay",
            "the invoices listed and the customer's credit", "1064.52 USD"),
        row("final_date", m, followup, Type::Date,
            "The date after which further steps follow: the date of the message + 14 days",
            "the message's date", "2026-04-14"),
        row("statement.date", m, statement, Type::Date, "The date the statement is drawn up as of",
            "the statement's date", "2026-03-31"),
        row("payment.amount", m, payment, Type::Amount, "The payment received", "the payment", "800.00 USD"),
        row("payment.date", m, payment, Type::Date, "The day the payment was received", "the payment",
            "2026-03-28"),
        row("plan.agreed_on", m, invoice, Type::Date, "The day the payment plan was agreed",
            "the invoice's payment plan", "2026-02-03"),
        row("plan.amount", m, invoice, Type::Amount, "The open balance the plan covers (its installments added up)",
            "the invoice's payment plan", "1000.00 USD"),
        row("plan.installment_count", m, invoice, Type::Number, "How many installments the plan has",
            "the invoice's payment plan", "3"),
        row("plan.schedule", m, invoice, Type::Text,
            "The installments, one line each: number, due date and amount in the template's language",
            "the invoice's payment plan",
            "1. 2026-02-15: 333.33 USD; 2. 2026-03-15: 333.33 USD; 3. 2026-04-15: 333.34 USD"),
        row("invoice.number", i, every, Type::Text, "The invoice's number", "the invoice", "INV-0042"),
        row("invoice.issue_date", i, every, Type::Date, "The day the invoice was issued", "the invoice",
            "2026-01-15"),
        row("invoice.due_date", i, every, Type::Date, "The due date (the extended one where it was extended)",
            "the invoice", "2026-02-14"),
        row("invoice.total", i, every, Type::Amount, "The invoice's total", "the invoice", "1500.00 USD"),
        row("invoice.balance", i, every, Type::Amount,
            "What is still open of it at the message's date (of an installment: of that installment)",
            "the invoice", "1250.00 USD"),
        row("days_overdue", i, every, Type::Number, "Days past the due date (0 while not yet due)",
            "the invoice", "45"),
        row("invoice.fee", i, followup, Type::Amount,
            "The fee this stage charges on the invoice (0 when none)", "the stage's fee", "10.00 USD"),
        row("invoice.interest", i, followup, Type::Amount,
            "Interest accrued on the invoice when the stage states interest (else 0)", "the invoice's terms",
            "4.52 USD"),
        row("invoice.paid", i, payment, Type::Amount, "The part of the payment applied to the invoice",
            "the payment", "800.00 USD"),
        row("discount.rate", d, invoice, Type::Text, "The early-payment discount the terms offer",
            "the invoice's terms", "2 %"),
        row("discount.amount", d, invoice, Type::Amount, "What the discount takes off the invoice's total",
            "the invoice's terms", "30.00 USD"),
        row("discount.until", d, invoice, Type::Date, "The last day on which the discount applies",
            "the invoice's terms", "2026-01-25"),
        row("discount.pay", d, invoice, Type::Amount,
            "What settles the invoice in full when paid by discount.until (its balance less the discount)",
            "the invoice's terms", "1470.00 USD"),
    };
}

} // namespace

const QList<TemplatePlaceholders::Placeholder>& TemplatePlaceholders::all()
{
    static const QList<Placeholder> placeholders = table();
    return placeholders;
}

const TemplatePlaceholders::OptionalSection* TemplatePlaceholders::optionalSection(const QString& name)
{
    static const QList<OptionalSection> sections{
        {discountSectionName(), discountMarker(), invoice},
        {creditSectionName(), QStringLiteral("customer.credit"), followup | statement}};
    for (const auto& section : sections)
        if (section.name == name)
            return &section;
    return nullptr;
}

const TemplatePlaceholders::Placeholder* TemplatePlaceholders::find(const QString& name)
{
    for (const auto& p : all())
        if (p.name == name)
            return &p;
    return nullptr;
}

QList<TemplatePlaceholders::Placeholder> TemplatePlaceholders::available(TemplateKeys::Kind kind)
{
    QList<Placeholder> result;
    for (const auto& p : all())
        if (p.availableIn(kind))
            result << p;
    return result;
}

QString TemplatePlaceholders::sectionOf(Scope scope)
{
    switch (scope) {
    case Scope::Message:
        return {};
    case Scope::Invoice:
        return sectionName();
    case Scope::Discount:
        return discountSectionName();
    }
    return {};
}

QString TemplatePlaceholders::kindsText(int kinds)
{
    if (kinds == every)
        return QStringLiteral("all");
    QStringList names;
    for (Kind kind : {Kind::Followup, Kind::Statement, Kind::Payment, Kind::Invoice})
        if (kinds & kindBit(kind))
            names << TemplateKeys::kindName(kind);
    return names.join(QStringLiteral(", "));
}

TemplateContext TemplatePlaceholders::sampleContext(TemplateKeys::Kind kind, int invoiceCount)
{
    TemplateContext context;
    TemplateContext::Values invoice;
    for (const auto& p : available(kind)) {
        const TemplateValue value = TemplateValue::fromExample(p.type, p.example);
        if (p.scope == Scope::Invoice)
            invoice.insert(p.name, value);
        // An invoice's email has its invoice's values anywhere, as TemplateContexts::invoice sets them.
        if (p.scope != Scope::Invoice || kind == Kind::Invoice)
            context.set(p.name, value);
    }
    QStringList numbers;
    for (int n = 0; n < invoiceCount; ++n) {
        TemplateContext::Values each = invoice;
        const QString number = QStringLiteral("INV-%1").arg(42 + n, 4, 10, QChar(u'0'));
        each.insert(QStringLiteral("invoice.number"), TemplateValue::text(number));
        numbers << number;
        context.addInvoice(each);
    }
    context.set(QStringLiteral("invoice_count"), TemplateValue::number(invoiceCount));
    context.set(QStringLiteral("invoice_numbers"), TemplateValue::text(numbers.join(QStringLiteral(", "))));
    return context;
}

QString TemplatePlaceholders::markdownTable()
{
    QString out =
        QStringLiteral("| placeholder | where | templates | type | meaning | example (en) | example (de) |\n"
                       "|---|---|---|---|---|---|---|\n");
    for (const auto& p : all()) {
        const TemplateValue example = TemplateValue::fromExample(p.type, p.example);
        out += QStringLiteral("| `{{%1}}` | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(p.name,
                        p.scope == Scope::Message ? QStringLiteral("anywhere")
                                                  : QStringLiteral("in {{#%1}}").arg(sectionOf(p.scope)),
                        kindsText(p.kinds), TemplateValue::typeName(p.type), p.description,
                        example.format(QStringLiteral("en")), example.format(QStringLiteral("de")));
    }
    return out;
}

} // namespace settle
