#include "documents/InvoicePdf.h"

#include "documents/DocumentLocale.h"
#include "documents/Letterhead.h"
#include "documents/PdfDocument.h"
#include "domain/InvoiceLine.h"

namespace settle {

namespace {

QString percent(const Rate& rate, const DocumentLocale& l)
{
    QString text = rate.toPercentString();
    if (l.locale().decimalPoint() != QStringLiteral("."))
        text.replace(u'.', l.locale().decimalPoint());
    return text;
}

} // namespace

QString InvoicePdf::termsInWords(const Invoice& invoice, const DocumentLocale& l)
{
    const QDate due = invoice.effectiveDueDate();
    QString text;
    if (invoice.terms.hasDiscount())
        text = l.text("%1 % discount if paid by %2, net due %3")
                   .arg(percent(invoice.terms.discount, l),
                        l.date(invoice.terms.discountUntil(invoice.issueDate)), l.date(due));
    else if (due <= invoice.issueDate)
        text = l.text("Due on receipt (%1)").arg(l.date(due));
    else
        text = l.text("Net due %1").arg(l.date(due));
    if (!invoice.terms.annualInterest.isZero())
        text += QStringLiteral(". ") + l.text("Late payments bear interest at %1 % a year.")
                                           .arg(percent(invoice.terms.annualInterest, l));
    return text;
}

std::unique_ptr<PdfDocument> InvoicePdf::layout(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                                const CompanyProfile& company)
{
    using Style = PdfDocument::Style;
    const Invoice& invoice = detail.invoice;
    const DocumentLocale l(customer.language);
    auto money = [&](qint64 minor) { return l.amount(minor, invoice.currency); };
    PdfDocument::Options options;
    options.title = QStringLiteral("Invoice ") + invoice.number;
    options.author = company.name;
    options.paperSize = company.paperSize;
    options.footerLeft = Letterhead::footer(company, l.text("Invoice") + u' ' + invoice.number);
    options.pageLabel = l.text("Page %1 of %2");
    auto doc = std::make_unique<PdfDocument>(options);

    Letterhead::draw(*doc, company, customer, l.text("Invoice") + u' ' + invoice.number,
                     {{l.text("Invoice date"), l.date(invoice.issueDate)},
                      {l.text("Due date"), l.date(invoice.effectiveDueDate())},
                      {l.text("Customer"), customer.code},
                      {l.text("Currency"), invoice.currency}});

    const QList<PdfDocument::Column> columns{{l.text("Description"), 5},
                                             {l.text("Quantity"), 1.1, Qt::AlignRight},
                                             {l.text("Unit price"), 1.5, Qt::AlignRight},
                                             {l.text("Tax"), 0.9, Qt::AlignRight},
                                             {l.text("Amount"), 1.6, Qt::AlignRight}};
    QList<PdfDocument::Row> rows;
    for (const InvoiceLine& line : invoice.lines)
        rows << PdfDocument::Row{{line.description, l.scaled(line.quantity, InvoiceLine::QuantityDecimals),
                                  money(line.unitPrice), percent(line.taxRate, l) + QStringLiteral(" %"),
                                  money(line.amount)}};
    doc->table(columns, rows);
    doc->space(8);

    // Totals in the two right-hand columns.
    const QString R;
    const QList<PdfDocument::Column> totalColumns{{R, 5}, {R, 2.6, Qt::AlignRight}, {R, 1.6, Qt::AlignRight}};
    QList<PdfDocument::Row> totals{
        PdfDocument::Row{{R, l.text("Subtotal"), money(invoice.subtotal)}},
        PdfDocument::Row{{R, l.text("Tax"), money(invoice.tax)}},
        PdfDocument::Row{
            {R, l.text("Total") + u' ' + invoice.currency, money(invoice.total)}, true, false, true}};
    const qint64 paid = invoice.total - detail.balance;
    if (paid != 0) {
        totals << PdfDocument::Row{{R, l.text("Paid so far"), money(-paid)}};
        totals << PdfDocument::Row{{R, l.text("Balance due"), money(detail.balance)}, true, true, true};
    }
    doc->needSpace(90);
    doc->table(totalColumns, totals, false);
    doc->space(18);

    doc->needSpace(60);
    doc->text(l.text("Terms"), Style::Heading);
    doc->space(3);
    doc->text(termsInWords(invoice, l));
    doc->space(14);
    // The code asks for what is open at the as-of date, so a part-paid invoice asks for the rest.
    Letterhead::howToPay(*doc, company, l, invoice.number, invoice.currency, detail.balance);
    return doc;
}

void InvoicePdf::write(const Ledger::InvoiceDetail& detail, const Customer& customer,
                       const CompanyProfile& company, const QString& path)
{
    layout(detail, customer, company)->save(path);
}

QByteArray InvoicePdf::render(const Ledger::InvoiceDetail& detail, const Customer& customer,
                              const CompanyProfile& company)
{
    return layout(detail, customer, company)->render();
}

} // namespace settle
