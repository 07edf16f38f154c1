#include "documents/LetterPdf.h"

#include "documents/DocumentLocale.h"
#include "documents/Letterhead.h"
#include "documents/PdfDocument.h"

#include <QMap>

namespace settle {

std::unique_ptr<PdfDocument> LetterPdf::layout(const LetterRepository::Letter& letter,
                                               const Customer& customer,
                                               const QList<StatementRepository::OpenInvoice>& open,
                                               const CompanyProfile& company)
{
    using Style = PdfDocument::Style;
    const DocumentLocale l(customer.language);
    PdfDocument::Options options;
    options.title = letter.subject;
    options.author = company.name;
    options.paperSize = company.paperSize;
    options.footerLeft = Letterhead::footer(company, letter.stageName);
    options.pageLabel = l.text("Page %1 of %2");
    auto doc = std::make_unique<PdfDocument>(options);

    Letterhead::draw(*doc, company, customer, letter.stageName,
                     {{l.text("Date"), l.date(letter.date)}, {l.text("Customer"), customer.code}});
    doc->text(letter.subject, Style::Bold);
    doc->space(10);
    // Paragraph by paragraph, so that a page break falls between them.
    for (const QString& paragraph : letter.body.trimmed().split(QStringLiteral("\n\n"))) {
        doc->text(paragraph);
        doc->space(7);
    }

    qint64 euroOpen = 0;
    QStringList euroInvoices;
    for (const auto& o : open)
        if (o.currency == u"EUR") {
            euroOpen += o.balance;
            euroInvoices << o.number;
        }
    if (!open.isEmpty()) {
        doc->space(8);
        doc->needSpace(70);
        doc->text(l.text("Open invoices as of %1").arg(l.date(letter.date)), Style::Heading);
        doc->space(4);
        const QList<PdfDocument::Column> columns{{l.text("Invoice"), 1.5},
                                                 {l.text("Issued"), 1.2},
                                                 {l.text("Due"), 1.2},
                                                 {l.text("Amount"), 1.4, Qt::AlignRight},
                                                 {l.text("Open"), 1.4, Qt::AlignRight},
                                                 {l.text("Days overdue"), 1.2, Qt::AlignRight}};
        QList<PdfDocument::Row> rows;
        QMap<QString, qint64> totals;
        for (const auto& o : open) {
            const qint64 days = std::max<qint64>(0, o.dueDate.daysTo(letter.date));
            rows << PdfDocument::Row{{o.number, l.date(o.issueDate), l.date(o.dueDate),
                                      l.amount(o.total, o.currency), l.amount(o.balance, o.currency),
                                      days > 0 ? l.locale().toString(days) : QString()}};
            totals[o.currency] += o.balance;
        }
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            rows << PdfDocument::Row{
                {l.text("Total due") + u' ' + it.key(), {}, {}, {}, l.amount(it.value(), it.key()), {}},
                true,
                true,
                true};
        doc->table(columns, rows);
    }
    doc->space(16);
    // The code asks for the euros open at the letter's date. The reference to quote is the invoice
    // when only one is open (what the bank-statement matching finds best), else the customer.
    const QString reference = euroInvoices.size() == 1 && open.size() == 1 ? euroInvoices.first() : customer.code;
    Letterhead::howToPay(*doc, company, l, reference, QStringLiteral("EUR"), euroOpen);
    return doc;
}

void LetterPdf::write(const LetterRepository::Letter& letter, const Customer& customer,
                      const QList<StatementRepository::OpenInvoice>& open, const CompanyProfile& company,
                      const QString& path)
{
    layout(letter, customer, open, company)->save(path);
}

} // namespace settle
