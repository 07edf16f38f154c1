#include "bank/BankFileText.h"

#include "domain/Iban.h"

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
    const QString normalised = Iban::normalised(text);
    return Iban::isValid(normalised) ? normalised : QString();
}

} // namespace settle
