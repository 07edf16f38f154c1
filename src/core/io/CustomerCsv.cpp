#include "io/CustomerCsv.h"

#include "domain/CustomerCheck.h"
#include "einvoice/EinvoiceFormat.h"
#include "io/CsvWriter.h"

namespace settle {

QStringList CustomerCsv::requiredColumns()
{
    return {QStringLiteral("code"), QStringLiteral("name")};
}

QStringList CustomerCsv::optionalColumns()
{
    return {QStringLiteral("email"),    QStringLiteral("cc"),     QStringLiteral("phone"),
            QStringLiteral("address"),  QStringLiteral("currency"), QStringLiteral("terms"),
            QStringLiteral("policy"),   QStringLiteral("language"), QStringLiteral("on_hold"),
            QStringLiteral("vat_id"),   QStringLiteral("buyer_reference"), QStringLiteral("einvoice")};
}

QList<Customer> CustomerCsv::parse(const CsvTable& table, const Context& context)
{
    QList<InputProblem> problems = table.checkColumns(requiredColumns(), optionalColumns());
    if (!problems.isEmpty())
        throw InputProblems(problems);

    QList<Customer> customers;
    QSet<QString> seen;
    for (const auto& row : table.rows()) {
        QSet<QString> flagged;
        auto bad = [&](const QString& column, const QString& message) {
            problems << table.problem(row, column, message);
            flagged.insert(column);
        };
        Customer c;
        c.code = table.cell(row, QStringLiteral("code"));
        c.name = table.cell(row, QStringLiteral("name"));
        c.email = table.cell(row, QStringLiteral("email"));
        c.cc = table.cell(row, QStringLiteral("cc"));
        c.phone = table.cell(row, QStringLiteral("phone"));
        // An address keeps its inner line breaks; only the cell's ends are trimmed.
        c.address = table.cell(row, QStringLiteral("address"));
        c.vatId = table.cell(row, QStringLiteral("vat_id"));
        c.buyerReference = table.cell(row, QStringLiteral("buyer_reference"));
        c.einvoice = table.cell(row, QStringLiteral("einvoice")).toLower();
        if (c.einvoice == u"none")
            c.einvoice.clear();
        if (!EinvoiceFormat::isPreference(c.einvoice))
            bad(QStringLiteral("einvoice"), QStringLiteral("\"%1\" is not an e-invoice format (none, %2)")
                                                .arg(c.einvoice, EinvoiceFormat::names().join(QStringLiteral(", "))));
        if (context.existingCodes.contains(c.code))
            bad(QStringLiteral("code"), QStringLiteral("customer \"%1\" already exists in the ledger").arg(c.code));
        else if (seen.contains(c.code))
            bad(QStringLiteral("code"), QStringLiteral("customer \"%1\" appears twice in the file").arg(c.code));
        if (!c.code.isEmpty())
            seen.insert(c.code);

        const QString currency = table.cell(row, QStringLiteral("currency"));
        c.currency = currency.isEmpty() ? context.defaultCurrency : currency.toUpper();

        const QString terms = table.cell(row, QStringLiteral("terms"));
        if (!terms.isEmpty())
            c.terms = terms;
        if (!context.termsNames.contains(c.terms))
            bad(QStringLiteral("terms"), QStringLiteral("\"%1\" is not a payment term of this ledger").arg(c.terms));

        const QString policy = table.cell(row, QStringLiteral("policy"));
        if (!policy.isEmpty())
            c.policy = policy;
        if (!context.policyNames.contains(c.policy))
            bad(QStringLiteral("policy"), QStringLiteral("\"%1\" is not a reminder policy of this ledger").arg(c.policy));

        const QString language = table.cell(row, QStringLiteral("language"));
        if (!language.isEmpty())
            c.language = language.toLower();

        const QString hold = table.cell(row, QStringLiteral("on_hold")).toLower();
        if (hold == u"true" || hold == u"yes" || hold == u"1")
            c.onHold = true;
        else if (hold.isEmpty() || hold == u"false" || hold == u"no" || hold == u"0")
            c.onHold = false;
        else
            bad(QStringLiteral("on_hold"), QStringLiteral("\"%1\" is not true or false").arg(hold));
        // The customer's own fields (required code and name, lengths, characters, addresses, currency,
        // language) by the rules the ledger and the desktop app's customer dialog apply.
        for (const auto& problem : CustomerCheck::problems(c))
            if (!flagged.contains(problem.field))
                bad(problem.field, problem.message);
        customers << c;
    }
    if (!problems.isEmpty())
        throw InputProblems(problems);
    return customers;
}

QString CustomerCsv::write(const QList<Customer>& customers)
{
    CsvWriter csv;
    csv.writeRow(requiredColumns() + optionalColumns());
    for (const auto& c : customers)
        csv.writeRow({c.code, c.name, c.email, c.cc, c.phone, c.address, c.currency, c.terms, c.policy, c.language,
                      c.onHold ? QStringLiteral("true") : QStringLiteral("false"), c.vatId, c.buyerReference,
                      c.einvoice});
    return csv.text();
}

} // namespace settle
