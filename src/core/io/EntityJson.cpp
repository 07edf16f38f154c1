#include "io/EntityJson.h"

#include "dates/IsoDate.h"
#include "money/Currency.h"
#include "money/Decimal.h"

namespace settle {

QString EntityJson::amount(qint64 minor, const QString& currency)
{
    const auto c = Currency::fromCode(currency);
    return Decimal::format(minor, c ? c->minorDigits() : 2);
}

Json EntityJson::customer(const Customer& c)
{
    return Json::Object{{QStringLiteral("code"), c.code},         {QStringLiteral("name"), c.name},
                        {QStringLiteral("email"), c.email},       {QStringLiteral("cc"), c.cc},
                        {QStringLiteral("phone"), c.phone},       {QStringLiteral("address"), c.address},
                        {QStringLiteral("currency"), c.currency}, {QStringLiteral("terms"), c.terms},
                        {QStringLiteral("policy"), c.policy},     {QStringLiteral("language"), c.language},
                        {QStringLiteral("on_hold"), c.onHold},    {QStringLiteral("notes"), c.notes},
                        {QStringLiteral("vat_id"), c.vatId},
                        {QStringLiteral("buyer_reference"), c.buyerReference},
                        {QStringLiteral("einvoice"), c.einvoice}};
}

Json EntityJson::invoice(const Invoice& i)
{
    Json::Array lines;
    for (const auto& line : i.lines)
        lines << Json(Json::Object{
            {QStringLiteral("description"), line.description},
            {QStringLiteral("quantity"), Decimal::formatShort(line.quantity, InvoiceLine::QuantityDecimals)},
            {QStringLiteral("unit_price"), amount(line.unitPrice, i.currency)},
            {QStringLiteral("tax_rate"), line.taxRate.toPercentString()},
            {QStringLiteral("amount"), amount(line.amount, i.currency)},
            {QStringLiteral("tax"), amount(line.tax, i.currency)}});
    return Json::Object{{QStringLiteral("number"), i.number},
                        {QStringLiteral("customer"), i.customerCode},
                        {QStringLiteral("status"), toString(i.status)},
                        {QStringLiteral("issue_date"), IsoDate::formatOptional(i.issueDate)},
                        {QStringLiteral("due_date"), IsoDate::formatOptional(i.dueDate)},
                        {QStringLiteral("extended_due_date"), IsoDate::formatOptional(i.extendedDueDate)},
                        {QStringLiteral("currency"), i.currency},
                        {QStringLiteral("terms"), i.terms.name},
                        {QStringLiteral("total"), amount(i.total, i.currency)},
                        {QStringLiteral("tax"), amount(i.tax, i.currency)},
                        {QStringLiteral("voided_on"), IsoDate::formatOptional(i.voidedOn)},
                        {QStringLiteral("lines"), lines}};
}

Json EntityJson::payment(const Payment& p)
{
    return Json::Object{{QStringLiteral("customer"), p.customerCode},
                        {QStringLiteral("date"), IsoDate::format(p.date)},
                        {QStringLiteral("amount"), amount(p.amount, p.currency)},
                        {QStringLiteral("currency"), p.currency},
                        {QStringLiteral("method"), toString(p.method)},
                        {QStringLiteral("reference"), p.reference},
                        {QStringLiteral("invoice"), p.invoiceNumber}};
}

Json EntityJson::allocation(const Allocation& a, const QString& currency)
{
    return Json::Object{{QStringLiteral("invoice_id"), a.invoiceId},
                        {QStringLiteral("kind"), Allocation::kindName(a.kind)},
                        {QStringLiteral("date"), IsoDate::format(a.date)},
                        {QStringLiteral("amount"), amount(a.amount, currency)}};
}

Json EntityJson::creditNote(const CreditNote& n, const QString& currency)
{
    return Json::Object{{QStringLiteral("number"), n.number},
                        {QStringLiteral("invoice"), n.invoiceNumber},
                        {QStringLiteral("date"), IsoDate::format(n.date)},
                        {QStringLiteral("amount"), amount(n.amount, currency)},
                        {QStringLiteral("reason"), n.reason}};
}

} // namespace settle
