#include "bank/BankStatementReader.h"

#include "bank/BankFileProblem.h"
#include "bank/CamtReader.h"
#include "bank/Mt940Reader.h"
#include "bank/OfxReader.h"
#include "errors/SettleError.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace settle {

BankStatementReader::Format BankStatementReader::formatNamed(const QString& name)
{
    for (Format format : {Format::Camt053, Format::Mt940, Format::Ofx, Format::Csv})
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    throw SettleError(SettleError::Kind::Usage,
                      QStringLiteral("unknown bank statement format \"%1\" (camt053, mt940, ofx or csv)").arg(name));
}

QString BankStatementReader::formatName(Format format)
{
    switch (format) {
    case Format::Camt053: return QStringLiteral("camt053");
    case Format::Mt940: return QStringLiteral("mt940");
    case Format::Ofx: return QStringLiteral("ofx");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Detect: break;
    }
    return QStringLiteral("detect");
}

std::optional<BankStatementReader::Format> BankStatementReader::detect(const QByteArray& data)
{
    // The head is enough: every format says what it is in its first few hundred bytes (an XML
    // declaration and root, the OFX header, the first MT940 tags, a CSV header).
    const QByteArray head = data.left(8192);
    QByteArray start = head.trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (head.contains("OFXHEADER") || head.contains("<OFX>") || head.contains("<ofx>"))
        return Format::Ofx;
    if (start.startsWith('<')) {
        // XML: a camt.053 Document, or another XML the camt reader refuses by name.
        return Format::Camt053;
    }
    static const QRegularExpression mt940(QStringLiteral("(^|\\n)(\\{1:[^\\n]*\\{4:\\s*)?:20:.*\\n:25:"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("(^|\\n):(20|25|28C|60F|61):"));
    const QString text = QString::fromLatin1(head);
    if (mt940.match(text).hasMatch() || (tags.match(text).hasMatch() && text.contains(QLatin1String(":61:"))))
        return Format::Mt940;
    // A table: a line near the top (the header may follow a few lines about the account) cut into
    // several cells by ';', ',' or tab.
    const QList<QByteArray> lines = start.split('\n');
    for (qsizetype i = 0; i < lines.size() && i < 30; ++i)
        if (lines[i].count(';') >= 2 || lines[i].count(',') >= 2 || lines[i].count('\t') >= 2)
            return Format::Csv;
    return std::nullopt;
}

BankStatement BankStatementReader::read(const QString& path, Format format, const BankCsvReader::Options& csv)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        BankFileProblem::refuse(name, {}, {},
                                QStringLiteral("is %L1 MB, more than the %L2 MB Settle reads as one statement; "
                                               "export a shorter period")
                                    .arg(file.size() / (1024 * 1024))
                                    .arg(MaxFileBytes / (1024 * 1024)));
    return parse(file.readAll(), name, format, csv);
}

BankStatement BankStatementReader::parse(const QByteArray& data, const QString& fileName, Format format,
                                         const BankCsvReader::Options& csv)
{
    if (format == Format::Detect) {
        const auto detected = detect(data);
        if (!detected)
            BankFileProblem::refuse(fileName, {}, {},
                                    data.trimmed().isEmpty()
                                        ? QStringLiteral("is empty")
                                        : QStringLiteral("is not a bank statement Settle reads (camt.053, MT940, OFX or a bank CSV)"));
        format = *detected;
    }
    switch (format) {
    case Format::Camt053: return CamtReader::read(data, fileName);
    case Format::Mt940: return Mt940Reader::read(data, fileName);
    case Format::Ofx: return OfxReader::read(data, fileName);
    case Format::Csv: return BankCsvReader::read(data, fileName, csv);
    case Format::Detect: break;
    }
    return {};
}

} // namespace settle
