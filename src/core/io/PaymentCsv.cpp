#include "io/PaymentCsv.h"

#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
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
    QList<int> lines; // the file line of each payment
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
        if (const auto parsed = IsoDate::parse(date)) {
            p.date = *parsed;
            if (const QString problem = InputLimits::dateProblem(*parsed); !problem.isEmpty())
                bad(QStringLiteral("date"), problem);
        } else
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
        if (const QString problem = InputLimits::textProblem(InputLimits::Field::Reference, p.reference);
            !problem.isEmpty())
            bad(QStringLiteral("reference"), problem);
        lines << row.line;
        payments << p;
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);

    // The same file imported twice would pay every invoice twice: a payment equal to one in the
    // ledger or to an earlier line (customer, date, amount, reference and the invoice it names)
    // needs --allow-duplicates.
    if (!context.allowDuplicates) {
        auto key = [](qint64 customerId, const QDate& date, qint64 amount, const QString& currency,
                      const QString& reference, qint64 invoiceId) {
            return QStringLiteral("%1|%2|%3|%4|%5|%6")
                .arg(customerId)
                .arg(IsoDate::format(date))
                .arg(amount)
                .arg(invoiceId)
                .arg(currency, reference);
        };
        QHash<QString, qint64> existing;
        for (const auto& e : context.existingPayments)
            existing.insert(key(e.customerId, e.date, e.amount, e.currency, e.reference, e.invoiceId), e.id);
        QHash<QString, int> earlier;
        for (qsizetype i = 0; i < payments.size(); ++i) {
            const Payment& p = payments[i];
            // Payments naming two different invoices are two payments, whatever else they share.
            const qint64 invoiceId =
                p.invoiceNumber.isEmpty() ? 0 : context.invoicesByNumber.value(p.invoiceNumber).id;
            const QString k = key(p.customerId, p.date, p.amount, p.currency, p.reference, invoiceId);
            const QString what = QStringLiteral("%1 %2 from %3 on %4%5")
                                     .arg(Decimal::format(p.amount, Currency::require(p.currency).minorDigits()), p.currency, p.customerCode,
                                          IsoDate::format(p.date),
                                          p.reference.isEmpty() ? QString()
                                                                : QStringLiteral(" (reference \"%1\")").arg(p.reference));
            if (const auto found = existing.constFind(k); found != existing.constEnd())
                problems << InputProblem{table.file(), lines[i], QStringLiteral("amount"),
                                         QStringLiteral("%1 is already in the ledger as payment %2; use "
                                                        "--allow-duplicates if it is another payment")
                                             .arg(what)
                                             .arg(found.value())};
            else if (const auto first = earlier.constFind(k); first != earlier.constEnd())
                problems << InputProblem{table.file(), lines[i], QStringLiteral("amount"),
                                         QStringLiteral("%1 is the same payment as line %2; use --allow-duplicates "
                                                        "if it is another payment")
                                             .arg(what)
                                             .arg(first.value())};
            else
                earlier.insert(k, lines[i]);
        }
    }

    // No customer's payments, and not the ledger's, may add up to more than the limits, so that
    // credits and balances always fit 64 bits.
    QHash<QPair<qint64, QString>, WideInt> byCustomer;
    QHash<QString, WideInt> byCurrency;
    for (auto it = context.paidByCustomer.cbegin(); it != context.paidByCustomer.cend(); ++it) {
        byCustomer[it.key()] += it.value();
        byCurrency[it.key().second] += it.value();
    }
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const Payment& p = payments[i];
        const Currency currency = Currency::require(p.currency);
        WideInt& customerTotal = byCustomer[{p.customerId, p.currency}];
        WideInt& ledgerTotal = byCurrency[p.currency];
        const bool customerWasWithin = InputLimits::customerTotalProblem(customerTotal, currency).isEmpty();
        const bool ledgerWasWithin = InputLimits::ledgerTotalProblem(ledgerTotal, currency).isEmpty();
        customerTotal += p.amount;
        ledgerTotal += p.amount;
        if (const QString problem = InputLimits::customerTotalProblem(customerTotal, currency);
            !problem.isEmpty() && customerWasWithin)
            problems << InputProblem{table.file(), lines[i], QStringLiteral("amount"),
                                     QStringLiteral("the payments of %1 would ").arg(p.customerCode) + problem};
        if (const QString problem = InputLimits::ledgerTotalProblem(ledgerTotal, currency);
            !problem.isEmpty() && ledgerWasWithin)
            problems << InputProblem{table.file(), lines[i], QStringLiteral("amount"),
                                     QStringLiteral("the payments would ") + problem};
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
