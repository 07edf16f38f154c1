#include "bank/BankFileText.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace settle {

QString BankFileText::decode(const QByteArray& data)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (utf8.hasError()) {
        QStringDecoder windows("windows-1252");
        text = windows.isValid() ? windows(data) : QString::fromLatin1(data);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString BankFileText::iban(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$"));
    const QString compact = QString(text).remove(u' ').toUpper();
    return shape.match(compact).hasMatch() ? compact : QString();
}

} // namespace settle
