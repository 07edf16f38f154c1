#include "io/PaymentCsv.h"

#include "dates/IsoDate.h"
#include "io/CsvWriter.h"
#include "money/Decimal.h"
#include "money/Money.h"

namespace settle {

QStringList PaymentCsv::requiredColumns()
{
    return {QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("amount")};
}

QStringList PaymentCsv::optionalColumns()
{
    return {QStringLiteral("method"), QStringLiteral("reference"), QStringLiteral("invoice")};
}

QList<Payment> PaymentCsv::parse(const CsvTable& table, const Context& context)
{
    QList<InputProblem> problems = table.checkColumns(requiredColumns(), optionalColumns());
    if (!problems.isEmpty())
        throw InputProblems(problems);

    QList<Payment> payments;
    for (const auto& row : table.rows()) {
        auto bad = [&](const QString& column, const QString& message) {
            problems << table.problem(row, column, message);
        };
        auto cell = [&](const QString& column) { return table.cell(row, column); };
        Payment p;
        p.customerCode = cell(QStringLiteral("customer"));
        const auto customer = context.customersByCode.constFind(p.customerCode);
        if (p.customerCode.isEmpty())
            bad(QStringLiteral("customer"), QStringLiteral("is required"));
        else if (customer == context.customersByCode.constEnd())
            bad(QStringLiteral("customer"), QStringLiteral("no customer has the code \"%1\"").arg(p.customerCode));
        else {
            p.customerId = customer->id;
            p.currency = customer->currency;
        }

        p.invoiceNumber = cell(QStringLiteral("invoice"));
        if (!p.invoiceNumber.isEmpty()) {
            const auto invoice = context.invoicesByNumber.constFind(p.invoiceNumber);
            if (invoice == context.invoicesByNumber.constEnd())
                bad(QStringLiteral("invoice"), QStringLiteral("no invoice has the number \"%1\"").arg(p.invoiceNumber));
            else if (p.customerId && invoice->customerId != p.customerId)
                bad(QStringLiteral("invoice"),
                    QStringLiteral("invoice %1 belongs to another customer, not %2").arg(p.invoiceNumber, p.customerCode));
            else if (invoice->status == InvoiceStatus::Void || invoice->status == InvoiceStatus::Draft)
                bad(QStringLiteral("invoice"),
                    QStringLiteral("invoice %1 is %2 and cannot be paid").arg(p.invoiceNumber, toString(invoice->status)));
            else
                p.currency = invoice->currency; // a payment for an invoice is in that invoice's currency
        }

        const QString date = cell(QStringLiteral("date"));
        if (const auto parsed = IsoDate::parse(date))
            p.date = *parsed;
        else
            bad(QStringLiteral("date"), date.isEmpty() ? QStringLiteral("is required")
                                                       : QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(date));

        const QString amount = cell(QStringLiteral("amount"));
        if (amount.isEmpty())
            bad(QStringLiteral("amount"), QStringLiteral("is required"));
        else if (const auto currency = Currency::fromCode(p.currency)) {
            Money money;
            const QString error = Money::parseError(amount, *currency, &money);
            if (!error.isEmpty())
                bad(QStringLiteral("amount"), error);
            else if (!money.isPositive())
                bad(QStringLiteral("amount"), QStringLiteral("%1 is not more than zero").arg(amount));
            else
                p.amount = money.minor();
        }

        const QString method = cell(QStringLiteral("method"));
        if (!method.isEmpty()) {
            if (const auto parsed = paymentMethodFromString(method))
                p.method = *parsed;
            else
                bad(QStringLiteral("method"), QStringLiteral("\"%1\" is not a payment method (%2)")
                                                  .arg(method, paymentMethodNames().join(QStringLiteral(", "))));
        }
        p.reference = cell(QStringLiteral("reference"));
        payments << p;
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);
    return payments;
}

QString PaymentCsv::write(const QList<Payment>& payments)
{
    CsvWriter csv;
    csv.writeRow(requiredColumns() + optionalColumns());
    for (const auto& p : payments)
        csv.writeRow({p.customerCode, IsoDate::format(p.date),
                      Decimal::format(p.amount, Currency::require(p.currency).minorDigits()), toString(p.method),
                      p.reference, p.invoiceNumber});
    return csv.text();
}

} // namespace settle
