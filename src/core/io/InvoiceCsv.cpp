#include "io/InvoiceCsv.h"

#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "io/CsvWriter.h"
#include "money/Decimal.h"

namespace settle {

QStringList InvoiceCsv::requiredColumns()
{
    return {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("issue_date"),
            QStringLiteral("unit_price")};
}

QStringList InvoiceCsv::optionalColumns()
{
    return {QStringLiteral("due_date"),    QStringLiteral("terms"),    QStringLiteral("currency"),
            QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("tax_rate")};
}

namespace {

// The header cells an invoice's rows must agree on.
struct Header
{
    QString customer, issueDate, dueDate, terms, currency;
    int firstLine = 0;
};

} // namespace

QList<Invoice> InvoiceCsv::parse(const CsvTable& table, const Context& context)
{
    QList<InputProblem> problems = table.checkColumns(requiredColumns(), optionalColumns());
    if (!problems.isEmpty())
        throw InputProblems(problems);

    QList<Invoice> invoices;
    QHash<QString, qsizetype> indexByNumber;
    QHash<QString, Header> headers;
    QHash<QString, WideInt> runningTotals;
    QSet<QString> overLimit; // invoices whose total was already reported as too large
    for (const auto& row : table.rows()) {
        auto bad = [&](const QString& column, const QString& message) {
            problems << table.problem(row, column, message);
        };
        auto cell = [&](const QString& column) { return table.cell(row, column); };
        const QString number = cell(QStringLiteral("number"));
        if (number.isEmpty()) {
            bad(QStringLiteral("number"), QStringLiteral("is required"));
            continue;
        }
        if (const QString problem = InputLimits::textProblem(InputLimits::Field::InvoiceNumber, number);
            !problem.isEmpty()) {
            bad(QStringLiteral("number"), problem);
            continue;
        }
        const Header header{cell(QStringLiteral("customer")), cell(QStringLiteral("issue_date")),
                            cell(QStringLiteral("due_date")), cell(QStringLiteral("terms")),
                            cell(QStringLiteral("currency")),
                            row.line};

        auto existing = indexByNumber.constFind(number);
        if (existing == indexByNumber.constEnd()) {
            if (context.existingNumbers.contains(number))
                bad(QStringLiteral("number"), QStringLiteral("invoice \"%1\" already exists in the ledger").arg(number));
            Invoice invoice;
            invoice.number = number;
            invoice.status = InvoiceStatus::Open;
            const auto customer = context.customersByCode.constFind(header.customer);
            if (header.customer.isEmpty())
                bad(QStringLiteral("customer"), QStringLiteral("is required"));
            else if (customer == context.customersByCode.constEnd())
                bad(QStringLiteral("customer"), QStringLiteral("no customer has the code \"%1\"").arg(header.customer));
            else {
                invoice.customerId = customer->id;
                invoice.customerCode = customer->code;
                invoice.currency = customer->currency;
                invoice.terms = context.termsByName.value(customer->terms);
            }
            if (!header.currency.isEmpty()) {
                invoice.currency = header.currency.toUpper();
                if (!Currency::fromCode(invoice.currency))
                    bad(QStringLiteral("currency"),
                        QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(header.currency));
            }
            if (!header.terms.isEmpty()) {
                if (!context.termsByName.contains(header.terms))
                    bad(QStringLiteral("terms"),
                        QStringLiteral("\"%1\" is not a payment term of this ledger").arg(header.terms));
                else
                    invoice.terms = context.termsByName.value(header.terms);
            }
            if (const auto issue = IsoDate::parse(header.issueDate)) {
                invoice.issueDate = *issue;
                if (const QString problem = InputLimits::dateProblem(*issue); !problem.isEmpty()) {
                    bad(QStringLiteral("issue_date"), problem);
                    invoice.issueDate = QDate();
                }
            } else
                bad(QStringLiteral("issue_date"), header.issueDate.isEmpty()
                                                      ? QStringLiteral("is required")
                                                      : QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(header.issueDate));
            if (!header.dueDate.isEmpty()) {
                if (const auto due = IsoDate::parse(header.dueDate)) {
                    invoice.dueDate = *due;
                    if (const QString problem = InputLimits::dateProblem(*due); !problem.isEmpty())
                        bad(QStringLiteral("due_date"), problem);
                    else if (invoice.issueDate.isValid() && *due < invoice.issueDate)
                        bad(QStringLiteral("due_date"), QStringLiteral("%1 is before the issue date %2")
                                                            .arg(header.dueDate, header.issueDate));
                } else {
                    bad(QStringLiteral("due_date"), QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(header.dueDate));
                }
            } else if (invoice.issueDate.isValid()) {
                invoice.dueDate = invoice.terms.dueDate(invoice.issueDate);
                if (const QString problem = InputLimits::dateProblem(invoice.dueDate); !problem.isEmpty())
                    bad(QStringLiteral("issue_date"),
                        QStringLiteral("the due date from the terms \"%1\": %2").arg(invoice.terms.name, problem));
            }
            indexByNumber.insert(number, invoices.size());
            headers.insert(number, header);
            invoices << invoice;
            existing = indexByNumber.constFind(number);
        } else {
            const Header& first = headers.value(number);
            auto agree = [&](const QString& column, const QString& mine, const QString& theirs) {
                if (mine != theirs)
                    bad(column, QStringLiteral("\"%1\" disagrees with \"%2\" on line %3 of the same invoice %4")
                                    .arg(mine, theirs)
                                    .arg(first.firstLine)
                                    .arg(number));
            };
            agree(QStringLiteral("customer"), header.customer, first.customer);
            agree(QStringLiteral("issue_date"), header.issueDate, first.issueDate);
            agree(QStringLiteral("due_date"), header.dueDate, first.dueDate);
            agree(QStringLiteral("terms"), header.terms, first.terms);
            agree(QStringLiteral("currency"), header.currency, first.currency);
        }

        Invoice& invoice = invoices[existing.value()];
        InvoiceLine line;
        line.description = cell(QStringLiteral("description"));
        if (const QString problem = InputLimits::textProblem(InputLimits::Field::Description, line.description);
            !problem.isEmpty())
            bad(QStringLiteral("description"), problem);
        const QString quantity = cell(QStringLiteral("quantity"));
        if (!quantity.isEmpty()) {
            const auto parsed = Decimal::parse(quantity, InvoiceLine::QuantityDecimals);
            if (!parsed.value)
                bad(QStringLiteral("quantity"), QStringLiteral("\"%1\" is not a quantity").arg(quantity));
            else if (*parsed.value < 0)
                bad(QStringLiteral("quantity"),
                    QStringLiteral("%1 is negative; corrections to an invoice are credit notes").arg(quantity));
            else
                line.quantity = *parsed.value;
        }
        const QString price = cell(QStringLiteral("unit_price"));
        const auto currency = Currency::fromCode(invoice.currency);
        if (price.isEmpty())
            bad(QStringLiteral("unit_price"), QStringLiteral("is required"));
        else if (currency) {
            Money amount;
            const QString error = Money::parseError(price, *currency, &amount);
            if (!error.isEmpty())
                bad(QStringLiteral("unit_price"), error);
            else if (amount.isNegative())
                bad(QStringLiteral("unit_price"),
                    QStringLiteral("%1 is negative; corrections to an invoice are credit notes").arg(price));
            else
                line.unitPrice = amount.minor();
        }
        const QString taxRate = cell(QStringLiteral("tax_rate"));
        if (!taxRate.isEmpty()) {
            const auto rate = Rate::parsePercent(taxRate);
            if (!rate || rate->millionths() < 0 || rate->millionths() > Rate::Scale)
                bad(QStringLiteral("tax_rate"), QStringLiteral("\"%1\" is not a percentage from 0 to 100").arg(taxRate));
            else
                line.taxRate = *rate;
        }
        // The line and the running total are checked in 128 bits before anything is computed in 64.
        if (currency) {
            const WideInt amount =
                Decimal::divideRoundedWide(WideInt(line.quantity) * line.unitPrice, Decimal::pow10(InvoiceLine::QuantityDecimals));
            const WideInt tax = Decimal::divideRoundedWide(amount * line.taxRate.millionths(), Rate::Scale);
            WideInt& total = runningTotals[number];
            total += amount + tax;
            if (const QString problem = InputLimits::amountProblem(amount, *currency); !problem.isEmpty())
                bad(QStringLiteral("unit_price"), QStringLiteral("quantity × unit price: ") + problem);
            else if (const QString problem = InputLimits::amountProblem(total, *currency);
                     !problem.isEmpty() && !overLimit.contains(number)) {
                overLimit.insert(number);
                bad(QStringLiteral("unit_price"), QStringLiteral("the total of invoice %1: ").arg(number) + problem);
            }
        }
        invoice.lines << line;
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);
    for (auto& invoice : invoices)
        invoice.computeTotals();

    // No customer's invoices, and not the ledger's, may add up to more than the limits: every sum of
    // them (balances, aging, statements) then fits 64 bits on both engines.
    QHash<QPair<qint64, QString>, WideInt> byCustomer;
    QHash<QString, WideInt> byCurrency;
    for (auto it = context.invoicedByCustomer.cbegin(); it != context.invoicedByCustomer.cend(); ++it) {
        byCustomer[it.key()] += it.value();
        byCurrency[it.key().second] += it.value();
    }
    for (const auto& invoice : std::as_const(invoices)) {
        const Currency currency = Currency::require(invoice.currency);
        WideInt& customerTotal = byCustomer[{invoice.customerId, invoice.currency}];
        WideInt& ledgerTotal = byCurrency[invoice.currency];
        const bool customerWasWithin = InputLimits::customerTotalProblem(customerTotal, currency).isEmpty();
        const bool ledgerWasWithin = InputLimits::ledgerTotalProblem(ledgerTotal, currency).isEmpty();
        customerTotal += invoice.total;
        ledgerTotal += invoice.total;
        const int line = headers.value(invoice.number).firstLine;
        if (const QString problem = InputLimits::customerTotalProblem(customerTotal, currency);
            !problem.isEmpty() && customerWasWithin)
            problems << InputProblem{table.file(), line, QStringLiteral("customer"),
                                     QStringLiteral("with invoice %1, the invoices of %2 would ")
                                             .arg(invoice.number, invoice.customerCode) +
                                         problem};
        if (const QString problem = InputLimits::ledgerTotalProblem(ledgerTotal, currency);
            !problem.isEmpty() && ledgerWasWithin)
            problems << InputProblem{table.file(), line, QStringLiteral("unit_price"),
                                     QStringLiteral("with invoice %1, the invoices would ").arg(invoice.number) +
                                         problem};
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);
    return invoices;
}

QString InvoiceCsv::write(const QList<Invoice>& invoices)
{
    CsvWriter csv;
    csv.writeRow(requiredColumns() + optionalColumns());
    for (const auto& invoice : invoices) {
        const int digits = Currency::require(invoice.currency).minorDigits();
        for (const auto& line : invoice.lines) {
            const QString quantity = Decimal::formatShort(line.quantity, InvoiceLine::QuantityDecimals);
            csv.writeRow({invoice.number, invoice.customerCode, IsoDate::format(invoice.issueDate),
                          Decimal::format(line.unitPrice, digits), IsoDate::format(invoice.dueDate), invoice.terms.name,
                          invoice.currency, line.description, quantity, line.taxRate.toPercentString()});
        }
    }
    return csv.text();
}

} // namespace settle
