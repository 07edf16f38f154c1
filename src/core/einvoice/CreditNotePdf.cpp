#include "einvoice/CreditNotePdf.h"

#include "documents/DocumentLocale.h"
#include "documents/Letterhead.h"
#include "documents/PdfDocument.h"

namespace settle {

QByteArray CreditNotePdf::render(const EinvoiceData& data, const Customer& customer, const CompanyProfile& company)
{
    using Style = PdfDocument::Style;
    const DocumentLocale l(customer.language);
    auto money = [&](qint64 minor) { return l.amount(minor, data.currency); };
    const QString title = l.text("Credit note") + u' ' + data.number;
    PdfDocument::Options options;
    options.title = QStringLiteral("Credit note ") + data.number;
    options.author = company.name;
    options.paperSize = company.paperSize;
    options.footerLeft = Letterhead::footer(company, title);
    options.pageLabel = l.text("Page %1 of %2");
    PdfDocument doc(options);

    Letterhead::draw(doc, company, customer, title,
                     {{l.text("Date"), l.date(data.issueDate)},
                      {l.text("Invoice"), data.precedingInvoice},
                      {l.text("Customer"), customer.code},
                      {l.text("Currency"), data.currency}});

    const QList<PdfDocument::Column> columns{{l.text("Description"), 5},
                                             {l.text("Tax"), 0.9, Qt::AlignRight},
                                             {l.text("Amount"), 1.6, Qt::AlignRight}};
    QList<PdfDocument::Row> rows;
    for (const auto& line : data.lines)
        rows << PdfDocument::Row{{line.description, line.rate.toPercentString() + QStringLiteral(" %"),
                                  money(line.amount)}};
    doc.table(columns, rows);
    doc.space(8);

    const QString R;
    const QList<PdfDocument::Column> totalColumns{{R, 5}, {R, 2.6, Qt::AlignRight}, {R, 1.6, Qt::AlignRight}};
    const QList<PdfDocument::Row> totals{
        PdfDocument::Row{{R, l.text("Subtotal"), money(data.lineTotal)}},
        PdfDocument::Row{{R, l.text("Tax"), money(data.taxTotal)}},
        PdfDocument::Row{{R, l.text("Total") + u' ' + data.currency, money(data.grandTotal)}, true, false, true}};
    doc.needSpace(90);
    doc.table(totalColumns, totals, false);
    if (!data.note.isEmpty()) {
        doc.space(18);
        doc.text(l.text("Reason"), Style::Heading);
        doc.space(3);
        doc.text(data.note);
    }
    return doc.render();
}

} // namespace settle
