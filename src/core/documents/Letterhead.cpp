#include "documents/Letterhead.h"

#include "documents/CompanyProfile.h"
#include "documents/DocumentLocale.h"
#include "domain/Customer.h"

namespace settle {

void Letterhead::draw(PdfDocument& document, const CompanyProfile& company, const Customer& customer,
                      const QString& title, const QList<QPair<QString, QString>>& facts)
{
    using Style = PdfDocument::Style;
    PdfDocument::Block sender{{company.name, Style::Heading, Qt::AlignLeft, {}, 0, 2}};
    if (!company.address.isEmpty())
        sender << PdfDocument::Item{company.address, Style::Small};
    PdfDocument::Block logo;
    if (!company.logo.isNull())
        logo << PdfDocument::Item{{}, Style::Body, Qt::AlignRight, company.logo, 42};
    document.columns({sender, logo}, {3, 2});
    document.space(26);

    // The address sits where a window envelope shows it.
    PdfDocument::Block recipient{{customer.name, Style::Bold, Qt::AlignLeft, {}, 0, 1}};
    if (!customer.address.isEmpty())
        recipient << PdfDocument::Item{customer.address, Style::Body};
    PdfDocument::Block about{{title, Style::Title, Qt::AlignRight, {}, 0, 6}};
    QString lines;
    for (const auto& [label, value] : facts)
        lines += (lines.isEmpty() ? QString() : QStringLiteral("\n")) + label + QStringLiteral(": ") + value;
    about << PdfDocument::Item{lines, Style::Body, Qt::AlignRight};
    document.columns({recipient, about}, {1, 1});
    document.space(22);
}

QString Letterhead::footer(const CompanyProfile& company, const QString& title)
{
    return company.name.isEmpty() ? title : company.name + QStringLiteral(" · ") + title;
}

void Letterhead::howToPay(PdfDocument& document, const CompanyProfile& company, const DocumentLocale& l,
                          const QString& reference)
{
    const QString details = company.howToPay();
    if (details.isEmpty())
        return;
    document.needSpace(50);
    document.text(l.text("How to pay"), PdfDocument::Style::Heading);
    document.space(3);
    document.text(details);
    document.space(2);
    document.text(l.text("Please quote %1 with your payment.").arg(reference), PdfDocument::Style::Small);
}

} // namespace settle
