#include "bank/Mt940Reader.h"

#include "bank/BankAmount.h"
#include "bank/BankFileProblem.h"
#include "bank/BankFileText.h"
#include "domain/InputLimits.h"
#include "money/Currency.h"

#include <QRegularExpression>

#include <optional>

namespace settle {

namespace {

struct Field
{
    QString tag;   // "61", "60F"
    QString value; // continuation lines joined with '\n'
    int line = 0;
};

// The length of ":61:" or ":60F:" at the start of `line`, or 0 when it starts with no tag. By hand rather
// than by a regular expression: it runs on every line of files with millions of them.
qsizetype tagLengthAt(QStringView line)
{
    auto digit = [&](qsizetype i) { return i < line.size() && line.at(i) >= u'0' && line.at(i) <= u'9'; };
    if (!digit(1) || !digit(2))
        return 0;
    if (line.size() > 3 && line.at(3) == u':')
        return 4;
    if (line.size() > 4 && line.at(3) >= u'A' && line.at(3) <= u'Z' && line.at(4) == u':')
        return 5;
    return 0;
}

// A field's value starts on its tag's line; the lines up to the next tag continue it.
QList<Field> fieldsOf(const QString& text, const QString& file)
{
    QList<Field> fields;
    int lineNumber = 0;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        QStringView line = QStringView(text).mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        ++lineNumber;
        start = end + 1;
        // The SWIFT envelope around a message: "{1:F01...}{2:...}{4:" before it, "-}" after it.
        if (line.startsWith(u'{')) {
            const qsizetype body = line.indexOf(QLatin1String("{4:"));
            if (body < 0)
                continue;
            line = line.mid(body + 3);
        }
        if (line.isEmpty() || line == u'-' || line == QLatin1String("-}"))
            continue;
        if (line.startsWith(u':')) {
            const qsizetype tagLength = tagLengthAt(line);
            if (tagLength == 0)
                BankFileProblem::refuse(file, BankFileProblem::where(0, lineNumber), {},
                                        QStringLiteral("\"%1\" is not an MT940 tag (a tag is :NN: or :NNA:, such as :61: or :60F:)")
                                            .arg(line.left(12).toString()));
            fields.append(Field{line.mid(1, tagLength - 2).toString(), line.mid(tagLength).toString(), lineNumber});
        } else if (fields.isEmpty()) {
            // Some banks put a line of their own before the first tag; nothing is lost by passing it.
            continue;
        } else {
            fields.last().value += u'\n' + line.toString();
        }
    }
    return fields;
}

QDate yymmdd(QStringView s)
{
    if (s.size() != 6)
        return {};
    bool ok = true;
    const int yy = s.left(2).toInt(&ok);
    if (!ok)
        return {};
    // Two-digit years: statements are of this century, old archives of the last one's end.
    const int year = yy >= 80 ? 1900 + yy : 2000 + yy;
    const int month = s.mid(2, 2).toInt(&ok);
    if (!ok)
        return {};
    const int day = s.mid(4, 2).toInt(&ok);
    return ok ? QDate(year, month, day) : QDate();
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

// The German structured :86: ("166?00GUTSCHRIFT?20RE INV-0042?32Fjord Moebel AG"): the subfields by
// number, the lines of the field joined as they were cut (at any character).
std::optional<QMap<int, QString>> structured(const QString& value)
{
    const QString joined = QString(value).remove(u'\n');
    if (joined.size() < 4 || !allDigits(QStringView(joined).left(3)) || joined.at(3).isLetterOrNumber() ||
        joined.at(3).isSpace())
        return std::nullopt;
    const QChar separator = joined.at(3);
    QMap<int, QString> subfields;
    subfields.insert(-1, joined.left(3)); // the business transaction code
    for (const QStringView part : QStringView(joined).mid(4).split(separator)) {
        if (part.size() < 2 || !allDigits(part.left(2)))
            return std::nullopt; // a text that merely starts with three digits
        subfields[part.left(2).toInt()] += part.mid(2).toString();
    }
    return subfields;
}

// ?20..?29 and ?60..?63 cut the remittance into pieces of up to 27 characters: a full piece goes on
// without a space (it was cut mid-word), a shorter one ended a line.
QString joinPieces(const QMap<int, QString>& subfields, QList<int> keys)
{
    QString text;
    bool previousFull = false;
    for (int key : keys) {
        const auto found = subfields.constFind(key);
        if (found == subfields.constEnd() || found->isEmpty())
            continue;
        if (!text.isEmpty() && !previousFull)
            text += u' ';
        text += *found;
        previousFull = found->size() >= 27;
    }
    return text;
}

// The SEPA keywords inside the remittance ("EREF+...SVWZ+RE INV-0042"): the text after SVWZ+ is what
// the payer wrote, EREF+ the end-to-end reference.
void applySepaKeywords(BankEntry& entry, const QString& remittance)
{
    if (!remittance.contains(u'+')) {
        entry.text = remittance.simplified();
        return;
    }
    static const QRegularExpression keyword(
        QStringLiteral("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|BREF|RREF|IBAN|BIC)\\+"));
    QList<std::pair<QString, QString>> parts;
    auto it = keyword.globalMatch(remittance);
    QString lead;
    qsizetype previousEnd = -1;
    QString previousKey;
    while (it.hasNext()) {
        const auto m = it.next();
        if (previousEnd < 0)
            lead = remittance.left(m.capturedStart());
        else
            parts.append({previousKey, remittance.mid(previousEnd, m.capturedStart() - previousEnd)});
        previousKey = m.captured(1);
        previousEnd = m.capturedEnd();
    }
    if (previousEnd < 0) {
        entry.text = remittance.simplified();
        return;
    }
    parts.append({previousKey, remittance.mid(previousEnd)});
    QString text = lead.simplified();
    for (const auto& [key, value] : parts) {
        const QString v = value.simplified();
        if (key == QLatin1String("SVWZ"))
            text = (text.isEmpty() ? v : text + u' ' + v);
        else if (key == QLatin1String("EREF") && v != QLatin1String("NOTPROVIDED"))
            entry.structuredReference = QString(v).remove(u' ');
    }
    entry.text = text;
}

class Mt940Parser
{
public:
    Mt940Parser(const QString& file) : m_file(file) {}

    BankStatement parse(const QByteArray& data)
    {
        m_statement.format = QStringLiteral("mt940");
        m_statement.fileName = m_file;
        const QList<Field> fields = fieldsOf(BankFileText::decode(data), m_file);
        if (fields.isEmpty())
            BankFileProblem::refuse(m_file, {}, {}, QStringLiteral("is not an MT940 statement (no :20: or :61: tags in it)"));
        BankEntry* last = nullptr; // the :61: a following :86: describes
        for (const Field& field : fields) {
            const QString& tag = field.tag;
            if (tag == QLatin1String("20")) {
                m_currency.reset(); // a new statement brings its own opening balance
                last = nullptr;
            } else if (tag == QLatin1String("25")) {
                if (m_statement.accountIban.isEmpty())
                    m_statement.accountIban = QString(field.value).remove(u' ').remove(u'\n').toUpper();
            } else if (tag == QLatin1String("60F") || tag == QLatin1String("60M")) {
                openingBalance(field);
            } else if (tag == QLatin1String("61")) {
                last = transaction(field);
            } else if (tag == QLatin1String("86")) {
                if (last)
                    describe(*last, field.value);
                last = nullptr; // a :86: after the closing balance describes the statement, not an entry
            } else if (tag.startsWith(QLatin1String("62")) || tag.startsWith(QLatin1String("64")) ||
                       tag.startsWith(QLatin1String("65"))) {
                last = nullptr;
            }
        }
        return std::move(m_statement);
    }

private:
    void openingBalance(const Field& field)
    {
        // C260302EUR1000,00: mark, date, currency, amount
        const QString value = field.value.trimmed();
        const QString where = BankFileProblem::where(0, field.line);
        const QString tag = QStringLiteral(":%1:").arg(field.tag);
        if (value.size() < 10 || (value.at(0) != u'C' && value.at(0) != u'D') || !yymmdd(QStringView(value).mid(1, 6)).isValid())
            BankFileProblem::refuse(m_file, where, tag,
                                    QStringLiteral("\"%1\" is not a balance (C or D, YYMMDD, currency, amount)").arg(value));
        const QString code = value.mid(7, 3).toUpper();
        m_currency = Currency::fromCode(code);
        if (!m_currency)
            BankFileProblem::refuse(m_file, where, tag, QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(code));
        qint64 ignored = 0;
        if (const QString problem = BankAmount::parse(QStringView(value).mid(10), u',', *m_currency, &ignored); !problem.isEmpty())
            BankFileProblem::refuse(m_file, where, tag, problem);
    }

    BankEntry* transaction(const Field& field)
    {
        ++m_entryNumber;
        const QString where = BankFileProblem::where(m_entryNumber, field.line);
        const QString tag = QStringLiteral(":61:");
        auto bad = [&](const QString& message) { BankFileProblem::refuse(m_file, where, tag, message); };
        if (!m_currency)
            BankFileProblem::refuse(m_file, where, QStringLiteral(":60F:"),
                                    QStringLiteral("is missing before the first :61: of the statement (it gives the currency)"));
        const qsizetype firstBreak = field.value.indexOf(u'\n');
        const QString line = firstBreak < 0 ? field.value : field.value.left(firstBreak);
        QStringView rest(line);

        const QDate valueDate = yymmdd(rest.left(6));
        if (!valueDate.isValid())
            bad(QStringLiteral("\"%1\" is not a value date (YYMMDD)").arg(rest.left(6).toString()));
        rest = rest.mid(6);
        QDate bookingDate = valueDate;
        if (rest.size() >= 4 && allDigits(rest.left(4))) {
            // The entry date (MMDD) lies within days of the value date, possibly across New Year.
            const int month = rest.left(2).toInt();
            const int day = rest.mid(2, 2).toInt();
            QDate best;
            for (int year : {valueDate.year() - 1, valueDate.year(), valueDate.year() + 1}) {
                const QDate candidate(year, month, day);
                if (candidate.isValid() &&
                    (!best.isValid() || qAbs(candidate.daysTo(valueDate)) < qAbs(best.daysTo(valueDate))))
                    best = candidate;
            }
            if (!best.isValid())
                bad(QStringLiteral("\"%1\" is not an entry date (MMDD)").arg(rest.left(4).toString()));
            bookingDate = best;
            rest = rest.mid(4);
        }
        int sign = 0;
        if (rest.startsWith(QLatin1String("RC"))) {
            sign = -1; // the reversal of a credit takes money out
            rest = rest.mid(2);
        } else if (rest.startsWith(QLatin1String("RD"))) {
            sign = 1;
            rest = rest.mid(2);
        } else if (rest.startsWith(u'C') || rest.startsWith(u'D')) {
            sign = rest.startsWith(u'C') ? 1 : -1;
            rest = rest.mid(1);
        } else {
            bad(QStringLiteral("\"%1\" has no debit/credit mark (C, D, RC or RD) after the dates").arg(line));
        }
        if (!rest.isEmpty() && rest.front().isLetter())
            rest = rest.mid(1); // the funds code, the third letter of the currency
        qsizetype amountEnd = 0;
        while (amountEnd < rest.size() && (rest.at(amountEnd).isDigit() || rest.at(amountEnd) == u','))
            ++amountEnd;
        // What stands where the amount belongs, up to the transaction type (N, F or S and three characters).
        const bool typeFollows = amountEnd < rest.size() && QStringView(u"NFS").contains(rest.at(amountEnd));
        if (amountEnd == 0 || (amountEnd < rest.size() && !typeFollows)) {
            static const QRegularExpression type(QStringLiteral("[NFS][A-Z0-9]{3}"));
            const qsizetype to = rest.indexOf(type);
            bad(QStringLiteral("amount: \"%1\" is not an amount").arg(rest.left(to < 0 ? rest.size() : to).toString()));
        }
        qint64 minor = 0;
        if (const QString problem = BankAmount::parse(rest.left(amountEnd), u',', *m_currency, &minor); !problem.isEmpty())
            bad(QStringLiteral("amount: ") + problem);
        rest = rest.mid(amountEnd);
        if (rest.size() < 4)
            bad(QStringLiteral("\"%1\" has no transaction type (such as NTRF) after the amount").arg(line));
        rest = rest.mid(4);
        const qsizetype bankRefAt = rest.indexOf(QLatin1String("//"));
        const QString customerReference = (bankRefAt < 0 ? rest : rest.left(bankRefAt)).trimmed().toString();
        const QString bankReference = bankRefAt < 0 ? QString() : rest.mid(bankRefAt + 2).trimmed().toString();

        BankEntry entry;
        entry.bookingDate = bookingDate;
        entry.valueDate = valueDate;
        entry.amount = sign * minor;
        entry.currency = m_currency->code();
        entry.bankReference = bankReference;
        if (customerReference != QLatin1String("NONREF"))
            entry.structuredReference = customerReference;
        entry.where = where;
        for (const QDate& d : {valueDate, bookingDate})
            if (const QString problem = InputLimits::dateProblem(d); !problem.isEmpty())
                bad(problem);
        BankFileProblem::checkRoomForEntry(m_file, m_statement.entries.size(), where);
        m_statement.entries << entry;
        return &m_statement.entries.last();
    }

    static void describe(BankEntry& entry, const QString& value)
    {
        const auto subfields = structured(value);
        if (!subfields) {
            applySepaKeywords(entry, QString(value).replace(u'\n', u' '));
            return;
        }
        QString remittance = joinPieces(*subfields, {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63});
        const QString reference = entry.structuredReference;
        entry.structuredReference.clear();
        applySepaKeywords(entry, remittance);
        if (entry.structuredReference.isEmpty())
            entry.structuredReference = reference;
        entry.counterparty = (subfields->value(32) + subfields->value(33)).simplified();
        // ?31 holds an IBAN since SEPA, an account number before it.
        entry.counterpartyIban = BankFileText::iban(subfields->value(31));
    }

    QString m_file;
    BankStatement m_statement;
    std::optional<Currency> m_currency;
    int m_entryNumber = 0;
};

} // namespace

BankStatement Mt940Reader::read(const QByteArray& data, const QString& fileName)
{
    return Mt940Parser(fileName).parse(data);
}

} // namespace settle
