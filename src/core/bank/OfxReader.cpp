#include "bank/OfxReader.h"

#include "bank/BankAmount.h"
#include "bank/BankFileProblem.h"
#include "bank/BankFileText.h"
#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "money/Currency.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace settle {

namespace {

QString unescape(QString text)
{
    if (!text.contains(u'&'))
        return text;
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

class OfxParser
{
public:
    explicit OfxParser(const QString& file) : m_file(file) {}

    BankStatement parse(const QByteArray& data)
    {
        m_statement.format = QStringLiteral("ofx");
        m_statement.fileName = m_file;
        const QString text = BankFileText::decode(data);
        const qsizetype root = text.indexOf(QLatin1String("<OFX>"), 0, Qt::CaseInsensitive);
        if (root < 0)
            BankFileProblem::refuse(m_file, {}, {}, QStringLiteral("is not an OFX statement (it has no <OFX> element)"));
        int line = 1 + int(QStringView(text).left(root).count(u'\n'));
        const QChar* chars = text.constData();
        const qsizetype n = text.size();
        qsizetype i = root;
        while (i < n) {
            if (chars[i] != u'<') {
                if (chars[i] == u'\n')
                    ++line;
                ++i;
                continue;
            }
            const qsizetype close = text.indexOf(u'>', i);
            if (close < 0)
                BankFileProblem::refuse(m_file, BankFileProblem::where(0, line), {},
                                        QStringLiteral("a tag is not closed with '>' (is the file cut off?)"));
            const QString tag = text.mid(i + 1, close - i - 1).trimmed().toUpper();
            const int tagLine = line;
            i = close + 1;
            if (tag.startsWith(u'?') || tag.startsWith(u'!'))
                continue; // <?xml ...?>, <?OFX ...?>, comments
            if (tag.startsWith(u'/')) {
                endTag(tag.mid(1), tagLine);
                continue;
            }
            // A leaf's value runs to the next tag (1.x has no end tag for it; 2.x has one).
            qsizetype next = text.indexOf(u'<', i);
            if (next < 0)
                next = n;
            QStringView raw = QStringView(text).mid(i, next - i);
            line += int(raw.count(u'\n'));
            i = next;
            startTag(tag, unescape(raw.trimmed().toString()), tagLine);
        }
        if (m_inTransaction)
            BankFileProblem::refuse(m_file, BankFileProblem::where(m_entryNumber, m_transactionLine), QStringLiteral("STMTTRN"),
                                    QStringLiteral("is not closed (is the file cut off?)"));
        if (!m_sawStatement)
            BankFileProblem::refuse(m_file, {}, {},
                                    QStringLiteral("is an OFX file without a bank or credit card statement (no STMTRS)"));
        return std::move(m_statement);
    }

private:
    void startTag(const QString& tag, const QString& value, int line)
    {
        if (tag == QLatin1String("STMTRS") || tag == QLatin1String("CCSTMTRS")) {
            m_sawStatement = true;
            m_currency.reset();
        } else if (tag == QLatin1String("BANKACCTFROM") || tag == QLatin1String("CCACCTFROM")) {
            m_inAccountFrom = true;
        } else if (tag == QLatin1String("BANKACCTTO") || tag == QLatin1String("CCACCTTO")) {
            m_inAccountTo = true;
        } else if (tag == QLatin1String("STMTTRN")) {
            if (m_inTransaction) // 1.x files have been seen without </STMTTRN>: the next one ends it
                finishTransaction();
            m_inTransaction = true;
            m_fields.clear();
            m_transactionLine = line;
            ++m_entryNumber;
        } else if (tag == QLatin1String("CURDEF") && !m_inTransaction) {
            const QString code = value.toUpper();
            m_currency = Currency::fromCode(code);
            if (!m_currency)
                BankFileProblem::refuse(m_file, BankFileProblem::where(0, line), QStringLiteral("CURDEF"),
                                        QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(value));
        } else if (tag == QLatin1String("ACCTID")) {
            if (m_inTransaction && m_inAccountTo)
                m_fields.insert(QStringLiteral("ACCTTO"), value);
            else if (m_inAccountFrom && m_statement.accountIban.isEmpty())
                m_statement.accountIban = QString(value).remove(u' ').toUpper();
        } else if (m_inTransaction && !value.isEmpty() && !m_fields.contains(tag)) {
            m_fields.insert(tag, value);
        }
    }

    void endTag(const QString& tag, int)
    {
        if (tag == QLatin1String("STMTTRN") && m_inTransaction)
            finishTransaction();
        else if (tag == QLatin1String("BANKACCTFROM") || tag == QLatin1String("CCACCTFROM"))
            m_inAccountFrom = false;
        else if (tag == QLatin1String("BANKACCTTO") || tag == QLatin1String("CCACCTTO"))
            m_inAccountTo = false;
        else if (tag == QLatin1String("BANKTRANLIST") && m_inTransaction)
            finishTransaction();
    }

    QDate date(const QString& field, const QString& where)
    {
        const QString value = m_fields.value(field);
        // YYYYMMDD, then optionally HHMMSS.XXX[gmt offset:tz name]; the day is the one the bank wrote,
        // not shifted to another time zone.
        static const QRegularExpression form(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(\\d{6}(\\.\\d{1,3})?)?(\\[[^\\]]*\\])?$"));
        const auto match = form.match(value);
        QDate d;
        if (match.hasMatch())
            d = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!d.isValid())
            BankFileProblem::refuse(m_file, where, field, QStringLiteral("\"%1\" is not an OFX date (YYYYMMDD...)").arg(value));
        if (const QString problem = InputLimits::dateProblem(d); !problem.isEmpty())
            BankFileProblem::refuse(m_file, where, field, problem);
        return d;
    }

    void finishTransaction()
    {
        m_inTransaction = false;
        const QString where = BankFileProblem::where(m_entryNumber, m_transactionLine);
        if (!m_currency)
            BankFileProblem::refuse(m_file, where, QStringLiteral("CURDEF"),
                                    QStringLiteral("is missing: the statement does not say its currency"));
        for (const char* required : {"TRNAMT", "DTPOSTED"})
            if (m_fields.value(QLatin1String(required)).isEmpty())
                BankFileProblem::refuse(m_file, where, QLatin1String(required), QStringLiteral("is missing"));
        BankEntry entry;
        const QString amount = m_fields.value(QStringLiteral("TRNAMT"));
        // Some European banks' OFX writes a decimal comma.
        const QChar separator = amount.contains(u',') && !amount.contains(u'.') ? u',' : u'.';
        if (const QString problem = BankAmount::parse(amount, separator, *m_currency, &entry.amount, true); !problem.isEmpty())
            BankFileProblem::refuse(m_file, where, QStringLiteral("TRNAMT"), problem);
        entry.currency = m_currency->code();
        entry.bookingDate = date(QStringLiteral("DTPOSTED"), where);
        if (m_fields.contains(QStringLiteral("DTAVAIL")))
            entry.valueDate = date(QStringLiteral("DTAVAIL"), where);
        entry.bankReference = m_fields.value(QStringLiteral("FITID"));
        entry.counterparty = m_fields.value(QStringLiteral("NAME")).simplified();
        entry.text = m_fields.value(QStringLiteral("MEMO")).simplified();
        entry.structuredReference = m_fields.value(QStringLiteral("REFNUM"));
        // BANKACCTTO is where the money went: the payee's account for money out, this account for money in.
        if (entry.amount < 0)
            entry.counterpartyIban = BankFileText::iban(m_fields.value(QStringLiteral("ACCTTO")));
        entry.where = where;
        BankFileProblem::checkRoomForEntry(m_file, m_statement.entries.size(), where);
        m_statement.entries << entry;
    }

    QString m_file;
    BankStatement m_statement;
    std::optional<Currency> m_currency;
    QHash<QString, QString> m_fields;
    bool m_sawStatement = false;
    bool m_inTransaction = false;
    bool m_inAccountFrom = false;
    bool m_inAccountTo = false;
    int m_transactionLine = 0;
    int m_entryNumber = 0;
};

} // namespace

BankStatement OfxReader::read(const QByteArray& data, const QString& fileName)
{
    return OfxParser(fileName).parse(data);
}

} // namespace settle
