#include "documents/Letterhead.h"

#include "documents/CompanyProfile.h"
#include "documents/DocumentLocale.h"
#include "documents/PaymentQrCode.h"
#include "domain/Customer.h"

#include <memory>

namespace settle {

void Letterhead::draw(PdfDocument& document, const CompanyProfile& company, const Customer& customer,
                      const QString& title, const QList<QPair<QString, QString>>& facts)
{
    using Style = PdfDocument::Style;
    PdfDocument::Block sender{{company.name, Style::Heading, Qt::AlignLeft, {}, 0, 2}};
    if (!company.address.isEmpty())
        sender << PdfDocument::Item{company.address, Style::Small};
    const DocumentLocale l(customer.language);
    // An invoice must name both VAT IDs where the tax rules want them: the seller's under its name.
    if (!company.vatId.isEmpty())
        sender << PdfDocument::Item{l.text("VAT ID") + QStringLiteral(": ") + company.vatId, Style::Small};
    PdfDocument::Block logo;
    if (!company.logo.isNull())
        logo << PdfDocument::Item{{}, Style::Body, Qt::AlignRight, company.logo, 42};
    document.columns({sender, logo}, {3, 2});
    document.space(26);

    // The address sits where a window envelope shows it.
    PdfDocument::Block recipient{{customer.name, Style::Bold, Qt::AlignLeft, {}, 0, 1}};
    if (!customer.address.isEmpty())
        recipient << PdfDocument::Item{customer.address, Style::Body};
    if (!customer.vatId.trimmed().isEmpty())
        recipient << PdfDocument::Item{l.text("VAT ID") + QStringLiteral(": ") + customer.vatId.trimmed(),
                                       Style::Body};
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
                          const QString& reference, const QString& currency, qint64 openMinor)
{
    using Style = PdfDocument::Style;
    const QString details = company.howToPay();
    if (details.isEmpty())
        return;
    const QString quote = l.text("Please quote %1 with your payment.").arg(reference);
    const auto transfer = PaymentQrCode::transfer(company, currency, openMinor, reference);
    if (!transfer) {
        document.needSpace(50);
        document.text(l.text("How to pay"), Style::Heading);
        document.space(3);
        document.text(details);
        document.space(2);
        document.text(quote, Style::Small);
        return;
    }
    // The code's own modules span ~3.2 cm, more than banking apps need from a printed page; the box
    // adds the quiet zone around them, which nothing else may enter.
    constexpr double symbolSide = 90;
    const auto symbol = std::make_shared<PaymentQrCode::Symbol>(
        PaymentQrCode::encode(PaymentQrCode::payload(*transfer).toUtf8()));
    const double box = PaymentQrCode::boxSide(*symbol, symbolSide);
    PdfDocument::Block text{{l.text("How to pay"), Style::Heading, Qt::AlignLeft, {}, 0, 3},
                            {details, Style::Body, Qt::AlignLeft, {}, 0, 2},
                            {quote, Style::Small}};
    PdfDocument::Item code{{}, Style::Body, Qt::AlignHCenter, {}, box, 0};
    code.drawing = [symbol](QPainter& painter, const QRectF& target) {
        PaymentQrCode::draw(painter, *symbol, target);
    };
    PdfDocument::Block scan{code, {l.text("Scan to pay"), Style::Small, Qt::AlignHCenter}};
    constexpr double gap = 18;
    document.columns({text, scan}, {document.contentWidth() - box - gap, box}, gap);
}

} // namespace settle
