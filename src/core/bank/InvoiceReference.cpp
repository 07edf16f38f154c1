#include "bank/InvoiceReference.h"

#include <QRegularExpression>

namespace settle {

namespace {

// Stands in for a span that can never be an invoice number; neither a letter, a digit nor a separator.
constexpr char16_t Masked = u'\x01';

QString withoutLeadingZeros(QStringView digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits[i] == u'0')
        ++i;
    return digits.mid(i).toString();
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'_' || c == u'/' || c == u'.' || c == u'#' || c == u':';
}

// Masks what `pattern` matches and `accept` (when given) agrees is such a span.
void mask(QString& text, const QRegularExpression& pattern, bool (*accept)(QStringView) = nullptr)
{
    auto it = pattern.globalMatch(text);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const auto match = it.next();
        if (!accept || accept(match.capturedView()))
            spans.append({match.capturedStart(), match.capturedLength()});
    }
    for (const auto& [start, length] : spans)
        for (qsizetype i = start; i < start + length; ++i)
            text[i] = QChar(Masked);
}

// An IBAN is 15 to 34 characters and mostly digits: "KD12 RECHNUNG INV0042" has the shape of one
// but is a customer number and an invoice number.
bool looksLikeIban(QStringView span)
{
    qsizetype length = 0;
    qsizetype digits = 0;
    for (const QChar c : span) {
        if (c == u' ')
            continue;
        ++length;
        if (c.isDigit())
            ++digits;
    }
    return length >= 15 && length <= 34 && digits >= 10;
}

} // namespace

std::optional<InvoiceReference::Key> InvoiceReference::keyOf(const QString& invoiceNumber)
{
    qsizetype end = invoiceNumber.size();
    qsizetype start = end;
    while (start > 0 && invoiceNumber[start - 1].isDigit())
        --start;
    if (start == end)
        return std::nullopt;
    Key key;
    key.digits = withoutLeadingZeros(QStringView(invoiceNumber).mid(start));
    for (qsizetype i = 0; i < start; ++i)
        if (invoiceNumber[i].isLetter())
            key.prefix += invoiceNumber[i].toUpper();
    return key;
}

QList<InvoiceReference::Key> InvoiceReference::mentions(const QString& input)
{
    QString text = input.toUpper();
    // What customers write that holds digits but no invoice number, longest forms first.
    static const QRegularExpression rfReference(QStringLiteral("\\bRF\\d{2}(?=[ A-Z0-9])"));
    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"));
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"));
    static const QRegularExpression date(QStringLiteral("\\b\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})?(?!\\d)"));
    static const QRegularExpression amount(QStringLiteral("\\b\\d[\\d.,']*[.,]\\d{2}(?!\\d)"));
    // An RF reference carries the creditor's own reference after RF and two check digits.
    mask(text, rfReference);
    mask(text, iban, looksLikeIban);
    mask(text, isoDate);
    mask(text, date);
    mask(text, amount);

    QList<Key> found;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (!text[i].isDigit()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && text[i].isDigit())
            ++i;
        const qsizetype end = i;
        // Glued to a letter after it ("42A", "12EUR"): part of some other code.
        if (end < n && text[end].isLetter())
            continue;
        // A percentage ("less 2%", "2 % Skonto").
        if (qsizetype after = end; after < n) {
            while (after < n && text[after] == u' ')
                ++after;
            if (after < n && text[after] == u'%')
                continue;
        }
        // Up to two separators back to the word before it: "INV-0042", "INV 42", "NR. 42".
        qsizetype p = start;
        while (p > 0 && start - p < 2 && isSeparator(text[p - 1]))
            --p;
        // Part of a longer number ("2026-001", "12 345") or of a masked span.
        if (p > 0 && (text[p - 1].isDigit() || text[p - 1] == QChar(Masked)))
            continue;
        if (start > 0 && text[start - 1] == QChar(Masked))
            continue;
        qsizetype w = p;
        while (w > 0 && text[w - 1].isLetter())
            --w;
        // A word that itself follows a digit ("12AB34") is a code, not a prefix.
        if (w > 0 && text[w - 1].isDigit())
            continue;
        if (end - start > 18)
            continue;
        found << Key{text.mid(w, p - w), withoutLeadingZeros(QStringView(text).mid(start, end - start))};
    }
    return found;
}

} // namespace settle
