#include "documents/PaymentQrCode.h"

#include "documents/CompanyProfile.h"
#include "domain/Bic.h"
#include "domain/Iban.h"
#include "errors/SettleError.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace settle {

namespace {

constexpr int quietZone = 4;              // modules of white around the symbol (ISO/IEC 18004)
constexpr qint64 maxCents = 99'999'999'999; // EUR 999,999,999.99, the largest amount the EPC allows
constexpr qsizetype maxName = 70;
constexpr qsizetype maxRemittance = 140;

// One line of the code: line breaks and other control characters would split or corrupt the
// elements, so they become spaces; then the element's length.
QString element(const QString& text, qsizetype maxLength)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line += c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                        c == QChar::ParagraphSeparator
                    ? QChar(u' ')
                    : c;
    line = line.simplified();
    if (line.size() > maxLength) {
        line.truncate(maxLength);
        // Never half a surrogate pair.
        if (line.back().isHighSurrogate())
            line.chop(1);
    }
    return line;
}

} // namespace

std::optional<PaymentQrCode::Transfer> PaymentQrCode::transfer(const CompanyProfile& company,
                                                                const QString& currency, qint64 openMinor,
                                                                const QString& reference)
{
    // SEPA credit transfers are in euros; an IBAN the settings would refuse makes no code rather
    // than one that sends money nowhere.
    if (currency != u"EUR" || company.iban.isEmpty() || !Iban::isValid(company.iban))
        return std::nullopt;
    if (openMinor <= 0 || openMinor > maxCents)
        return std::nullopt;
    Transfer t;
    t.iban = Iban::normalised(company.iban);
    t.bic = Bic::problem(company.bic).isEmpty() ? Bic::normalised(company.bic) : QString();
    t.name = company.name;
    t.cents = openMinor;
    t.reference = reference;
    return t;
}

QString PaymentQrCode::payload(const Transfer& t)
{
    const QString amount = QStringLiteral("EUR%1.%2")
                               .arg(t.cents / 100)
                               .arg(t.cents % 100, 2, 10, QLatin1Char('0'));
    QStringList lines{QStringLiteral("BCD"),          // service tag
                      QStringLiteral("002"),          // version: the BIC is optional
                      QStringLiteral("1"),            // character set: UTF-8
                      QStringLiteral("SCT"),          // SEPA credit transfer
                      Bic::normalised(t.bic),
                      element(t.name, maxName),
                      Iban::normalised(t.iban),
                      amount,
                      QString(),                      // purpose
                      QString(),                      // structured reference (ISO 11649)
                      element(t.reference, maxRemittance)};
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

PaymentQrCode::Symbol PaymentQrCode::encode(const QByteArray& data)
{
    // Version 0: the smallest that holds the data; 8-bit mode so that UTF-8 bytes stay as they are.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("cannot make the payment QR code (%1 bytes of text)").arg(data.size()));
    Symbol symbol;
    symbol.width = code->width;
    symbol.dark.resize(size_t(code->width) * size_t(code->width));
    for (size_t i = 0; i < symbol.dark.size(); ++i)
        symbol.dark[i] = (code->data[i] & 1) != 0; // bit 0: a dark module
    return symbol;
}

double PaymentQrCode::boxSide(const Symbol& symbol, double symbolSide)
{
    return symbolSide * (symbol.width + 2 * quietZone) / std::max(1, symbol.width);
}

void PaymentQrCode::draw(QPainter& painter, const Symbol& symbol, const QRectF& box)
{
    const double side = std::min(box.width(), box.height());
    const double module = side / (symbol.width + 2 * quietZone);
    const QPointF origin(box.center().x() - module * symbol.width / 2,
                         box.center().y() - module * symbol.width / 2);
    // Runs of dark modules in a row as one rectangle, all of them one path filled at once: a reader's
    // anti-aliasing then draws no hairline seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < symbol.width; ++y) {
        int x = 0;
        while (x < symbol.width) {
            if (!symbol.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.width && symbol.isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module,
                                module));
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(box, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace settle
