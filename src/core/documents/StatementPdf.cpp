#include "documents/StatementPdf.h"

#include "dates/IsoDate.h"
#include "documents/DocumentLocale.h"
#include "documents/Letterhead.h"
#include "documents/PdfDocument.h"
#include "domain/PaymentMethod.h"

namespace settle {

namespace {

using Kind = StatementRepository::Entry::Kind;

QString heading(const AccountStatement& s, const DocumentLocale& l)
{
    return s.kind == AccountStatement::Kind::OpenItems ? l.text("Statement of open items")
                                                       : l.text("Statement of account");
}

QString describe(const StatementRepository::Entry& e, const DocumentLocale& l)
{
    auto join = [](const QString& a, const QString& b) {
        return b.isEmpty() ? a : a + QStringLiteral(": ") + b;
    };
    switch (e.kind) {
    case Kind::Invoice:
        return join(l.text("Invoice"), e.detail);
    case Kind::Fee:
        return join(l.text("Fee"), e.detail);
    case Kind::Void:
        return l.text("Voided") + u' ' + e.invoice;
    case Kind::Payment: {
        QString text = l.text("Payment");
        if (paymentMethodFromString(e.detail))
            text += QStringLiteral(", ") + l.text(e.detail.toUtf8().replace('_', ' ').constData());
        if (!e.invoice.isEmpty())
            text += u' ' + l.text("on %1").arg(e.invoice);
        return text;
    }
    case Kind::Discount:
        return l.text("Early-payment discount") + u' ' + l.text("on %1").arg(e.invoice);
    case Kind::CreditNote:
        return join(l.text("Credit note") + u' ' + l.text("on %1").arg(e.invoice), e.detail);
    case Kind::WriteOff:
        return l.text("Written off") + u' ' + e.invoice;
    }
    return {};
}

} // namespace

QString StatementPdf::title(const AccountStatement& statement)
{
    const DocumentLocale english;
    QString text = heading(statement, english) + u' ' + statement.customer.code + u' ';
    if (statement.kind == AccountStatement::Kind::Activity)
        text += IsoDate::format(statement.from) + QStringLiteral(" to ");
    return text + IsoDate::format(statement.to);
}

std::unique_ptr<PdfDocument> StatementPdf::layout(const AccountStatement& statement,
                                                  const CompanyProfile& company)
{
    using Style = PdfDocument::Style;
    const DocumentLocale l(statement.customer.language);
    const QString name = heading(statement, l);
    PdfDocument::Options options;
    options.title = title(statement);
    options.author = company.name;
    options.paperSize = company.paperSize;
    options.footerLeft = Letterhead::footer(company, name + u' ' + statement.customer.code);
    options.pageLabel = l.text("Page %1 of %2");
    auto doc = std::make_unique<PdfDocument>(options);

    QList<QPair<QString, QString>> facts{{l.text("Statement date"), l.date(statement.to)}};
    if (statement.kind == AccountStatement::Kind::Activity)
        facts << QPair<QString, QString>{l.text("Period"), l.date(statement.from) + QStringLiteral(" – ") +
                                                               l.date(statement.to)};
    facts << QPair<QString, QString>{l.text("Customer"), statement.customer.code};
    if (statement.sections.size() == 1)
        facts << QPair<QString, QString>{l.text("Currency"), statement.sections.first().currency};
    Letterhead::draw(*doc, company, statement.customer, name, facts);

    const QString R = QString(); // an empty cell
    for (const auto& s : statement.sections) {
        auto money = [&](qint64 minor) { return l.amount(minor, s.currency); };
        if (statement.sections.size() > 1) {
            doc->needSpace(60);
            doc->text(l.text("Currency") + QStringLiteral(": ") + s.currency, Style::Heading);
            doc->space(4);
        }
        if (statement.kind == AccountStatement::Kind::Activity) {
            const QList<PdfDocument::Column> columns{{l.text("Date"), 0},
                                                     {l.text("Reference"), 1.4},
                                                     {l.text("Transaction"), 3.2},
                                                     {l.text("Due"), 0},
                                                     {l.text("Charges"), 0, Qt::AlignRight},
                                                     {l.text("Credits"), 0, Qt::AlignRight},
                                                     {l.text("Balance"), 0, Qt::AlignRight}};
            QList<PdfDocument::Row> rows;
            rows << PdfDocument::Row{
                {l.date(statement.from), R, l.text("Opening balance"), R, R, R, money(s.opening)},
                true,
                true,
                false,
                1};
            for (const auto& line : s.lines) {
                const auto& e = line.entry;
                rows << PdfDocument::Row{{l.date(e.date), e.reference, describe(e, l), l.date(e.dueDate),
                                          e.amount > 0 ? money(e.amount) : R,
                                          e.amount < 0 ? money(-e.amount) : R, money(line.balance)}};
            }
            if (s.lines.isEmpty())
                rows << PdfDocument::Row{{R, R, l.text("No transactions in this period."), R, R, R, R}};
            rows << PdfDocument::Row{
                {l.date(statement.to), R, l.text("Closing balance"), R, R, R, money(s.closing)},
                true,
                true,
                true,
                1};
            doc->table(columns, rows);
            doc->space(16);
        }

        // The aging of what is open at the statement date: the ledger's own buckets.
        doc->needSpace(70);
        doc->text(l.text("Aging of the balance"), Style::Heading);
        doc->space(4);
        const QList<PdfDocument::Column> agingColumns{
            {l.text("Current"), 1, Qt::AlignRight},    {l.text("1–30 days"), 1, Qt::AlignRight},
            {l.text("31–60 days"), 1, Qt::AlignRight}, {l.text("61–90 days"), 1, Qt::AlignRight},
            {l.text("91+ days"), 1, Qt::AlignRight},   {l.text("Total due"), 1.1, Qt::AlignRight}};
        QStringList buckets;
        for (qint64 amount : s.aging)
            buckets << money(amount);
        buckets << money(s.agingTotal);
        doc->table(agingColumns, {PdfDocument::Row{buckets}});
        if (s.credit != 0) {
            // Payments no invoice took yet: the aging counts invoices, the balance nets the credit.
            const QList<PdfDocument::Column> creditColumns{
                {R, 4}, {R, 2, Qt::AlignRight}, {R, 1.1, Qt::AlignRight}};
            doc->table(
                creditColumns,
                {PdfDocument::Row{{R, l.text("Credit on account"), money(-s.credit)}},
                 PdfDocument::Row{{R, l.text("Balance"), money(s.agingTotal - s.credit)}, true, false, true}},
                false);
        }
        doc->space(16);

        doc->needSpace(60);
        doc->text(l.text("Open invoices"), Style::Heading);
        doc->space(4);
        if (s.open.isEmpty()) {
            doc->text(l.text("Nothing is open. Thank you!"));
        } else {
            const QList<PdfDocument::Column> openColumns{{l.text("Invoice"), 1.5},
                                                         {l.text("Issued"), 1},
                                                         {l.text("Due"), 1},
                                                         {l.text("Amount"), 1.3, Qt::AlignRight},
                                                         {l.text("Open"), 1.3, Qt::AlignRight},
                                                         {l.text("Days overdue"), 1.1, Qt::AlignRight}};
            QList<PdfDocument::Row> openRows;
            for (const auto& o : s.open)
                openRows << PdfDocument::Row{{o.invoice.number, l.date(o.invoice.issueDate),
                                              l.date(o.invoice.dueDate), money(o.invoice.total),
                                              money(o.invoice.balance),
                                              o.daysOverdue > 0 ? l.locale().toString(o.daysOverdue) : R}};
            openRows << PdfDocument::Row{
                {l.text("Total due"), R, R, R, money(s.agingTotal), R}, true, true, true};
            doc->table(openColumns, openRows);
        }
        doc->space(18);
    }

    // The code asks for the euro balance at the statement date: what the aging counts, less the credit.
    qint64 euroBalance = 0;
    for (const auto& s : statement.sections)
        if (s.currency == u"EUR")
            euroBalance = s.agingTotal - s.credit;
    Letterhead::howToPay(*doc, company, l, statement.customer.code, QStringLiteral("EUR"), euroBalance);
    return doc;
}

void StatementPdf::write(const AccountStatement& statement, const CompanyProfile& company,
                         const QString& path)
{
    layout(statement, company)->save(path);
}

QByteArray StatementPdf::render(const AccountStatement& statement, const CompanyProfile& company)
{
    return layout(statement, company)->render();
}

} // namespace settle
