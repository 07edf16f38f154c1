#include "bank/BankCsvMapping.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace settle {

namespace {

// "Betrag (EUR)" -> "betrageur", "Auftraggeber / Begünstigter" -> "auftraggeberbegünstigter".
QString folded(const QString& name)
{
    QString result;
    for (QChar c : name.toLower())
        if (c.isLetterOrNumber())
            result += c;
    return result;
}

// The first header (in the order of `names`, most specific first) whose folded form is one of them.
QString find(const QStringList& header, const QStringList& names)
{
    for (const QString& name : names)
        for (const QString& column : header)
            if (folded(column) == name)
                return column;
    return {};
}

const QStringList& germanNames()
{
    static const QStringList names = {QStringLiteral("buchungstag"), QStringLiteral("betrag"),
                                      QStringLiteral("verwendungszweck"), QStringLiteral("buchungsdatum"),
                                      QStringLiteral("umsatz"), QStringLiteral("währung"), QStringLiteral("soll"),
                                      QStringLiteral("haben")};
    return names;
}

} // namespace

QStringList BankCsvMapping::dateFormats()
{
    return {QStringLiteral("dd.MM.yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("MM/dd/yyyy"),
            QStringLiteral("dd/MM/yyyy"), QStringLiteral("dd.MM.yy"),   QStringLiteral("d.M.yyyy"),
            QStringLiteral("M/d/yyyy"),   QStringLiteral("yyyyMMdd"),   QStringLiteral("dd-MM-yyyy")};
}

QStringList BankCsvMapping::missingColumns(const QStringList& header) const
{
    QStringList missing;
    auto need = [&](const QString& role, const QString& column, bool required) {
        if (column.isEmpty()) {
            if (required)
                missing << role;
        } else if (!header.contains(column)) {
            missing << QStringLiteral("%1 (\"%2\")").arg(role, column);
        }
    };
    need(QStringLiteral("date"), date, true);
    need(QStringLiteral("value date"), valueDate, false);
    if (amount.isEmpty() && debit.isEmpty() && credit.isEmpty())
        missing << QStringLiteral("amount (or debit and credit)");
    need(QStringLiteral("amount"), amount, false);
    need(QStringLiteral("debit"), debit, false);
    need(QStringLiteral("credit"), credit, false);
    need(QStringLiteral("counterparty"), counterparty, false);
    need(QStringLiteral("IBAN"), iban, false);
    need(QStringLiteral("text"), text, true);
    need(QStringLiteral("currency"), currency, false);
    need(QStringLiteral("reference"), reference, false);
    return missing;
}

BankCsvMapping BankCsvMapping::recognise(const QStringList& header, const QList<QStringList>& sampleRows)
{
    BankCsvMapping m;
    m.date = find(header, {QStringLiteral("buchungstag"), QStringLiteral("buchungsdatum"), QStringLiteral("bookingdate"),
                           QStringLiteral("postingdate"), QStringLiteral("transactiondate"), QStringLiteral("posteddate"),
                           QStringLiteral("datum"), QStringLiteral("date")});
    m.valueDate = find(header, {QStringLiteral("valuta"), QStringLiteral("valutadatum"), QStringLiteral("wertstellung"),
                                QStringLiteral("valuedate")});
    m.amount = find(header, {QStringLiteral("betrag"), QStringLiteral("betrageur"), QStringLiteral("umsatz"),
                             QStringLiteral("umsatzeur"), QStringLiteral("amount"), QStringLiteral("transactionamount"),
                             QStringLiteral("amounteur"), QStringLiteral("amountusd")});
    if (m.amount.isEmpty()) {
        m.debit = find(header, {QStringLiteral("soll"), QStringLiteral("sollbetrag"), QStringLiteral("debit"),
                                QStringLiteral("withdrawal"), QStringLiteral("withdrawals"), QStringLiteral("moneyout"),
                                QStringLiteral("paidout")});
        m.credit = find(header, {QStringLiteral("haben"), QStringLiteral("habenbetrag"), QStringLiteral("credit"),
                                 QStringLiteral("deposit"), QStringLiteral("deposits"), QStringLiteral("moneyin"),
                                 QStringLiteral("paidin")});
    }
    m.counterparty = find(header, {QStringLiteral("namezahlungsbeteiligter"), QStringLiteral("auftraggeberbegünstigter"),
                                   QStringLiteral("begünstigterzahlungspflichtiger"), QStringLiteral("beguenstigterzahlungspflichtiger"),
                                   QStringLiteral("auftraggeberempfänger"), QStringLiteral("zahlungspflichtiger"),
                                   QStringLiteral("zahlungsempfänger"), QStringLiteral("auftraggeber"), QStringLiteral("empfänger"),
                                   QStringLiteral("counterparty"), QStringLiteral("payeepayer"), QStringLiteral("payee"),
                                   QStringLiteral("payer"), QStringLiteral("beneficiary"), QStringLiteral("name")});
    m.iban = find(header, {QStringLiteral("ibanzahlungsbeteiligter"), QStringLiteral("kontonummeriban"),
                           QStringLiteral("ibanauftraggeber"), QStringLiteral("counterpartyiban"), QStringLiteral("iban")});
    m.text = find(header, {QStringLiteral("verwendungszweck"), QStringLiteral("vorgangverwendungszweck"),
                           QStringLiteral("remittanceinformation"), QStringLiteral("description"), QStringLiteral("memo"),
                           QStringLiteral("details"), QStringLiteral("purpose"), QStringLiteral("buchungstext")});
    m.currency = find(header, {QStringLiteral("währung"), QStringLiteral("waehrung"), QStringLiteral("currency"),
                               QStringLiteral("ccy")});
    m.reference = find(header, {QStringLiteral("bankreferenz"), QStringLiteral("transaktionsid"),
                                QStringLiteral("transactionid"), QStringLiteral("fitid"), QStringLiteral("referenz"),
                                QStringLiteral("reference")});

    bool german = false;
    for (const QString& column : header)
        german = german || germanNames().contains(folded(column));

    // The date format every sample date is written in (the first that reads them all).
    const qsizetype dateAt = header.indexOf(m.date);
    QStringList formats = dateFormats();
    if (!german) // "03/02/2026": an English bank means March 2
        formats.move(formats.indexOf(QStringLiteral("MM/dd/yyyy")), 0);
    m.dateFormat = german ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd");
    if (dateAt >= 0) {
        for (const QString& format : formats) {
            bool all = true, any = false;
            for (const QStringList& row : sampleRows) {
                const QString cell = dateAt < row.size() ? row.at(dateAt).trimmed() : QString();
                if (cell.isEmpty())
                    continue;
                any = true;
                all = all && QDate::fromString(cell, format).isValid();
            }
            if (any && all) {
                m.dateFormat = format;
                break;
            }
        }
    }

    // The decimal separator: what stands before the last one to three digits of the sample amounts.
    m.decimalSeparator = german ? u',' : u'.';
    static const QRegularExpression decimals(QStringLiteral("([.,])(\\d{1,3})\\s*\\D*$"));
    int comma = 0, point = 0;
    for (const QString& column : {m.amount, m.debit, m.credit}) {
        const qsizetype at = column.isEmpty() ? -1 : header.indexOf(column);
        if (at < 0)
            continue;
        for (const QStringList& row : sampleRows) {
            const QString cell = at < row.size() ? row.at(at).trimmed() : QString();
            const auto match = decimals.match(cell);
            // "1,190" could be either; a group of three is no evidence when both separators are there.
            if (!match.hasMatch() || (match.capturedLength(2) == 3 && !(cell.contains(u'.') && cell.contains(u','))))
                continue;
            (match.captured(1) == u"," ? comma : point)++;
        }
    }
    if (comma != point)
        m.decimalSeparator = comma > point ? u',' : u'.';
    return m;
}

QString BankCsvMapping::toSetting() const
{
    QJsonObject o;
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("date", date);
    put("value_date", valueDate);
    put("amount", amount);
    put("debit", debit);
    put("credit", credit);
    put("counterparty", counterparty);
    put("iban", iban);
    put("text", text);
    put("currency", currency);
    put("reference", reference);
    put("date_format", dateFormat);
    put("decimal_separator", QString(decimalSeparator));
    put("default_currency", defaultCurrency);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<BankCsvMapping> BankCsvMapping::fromSetting(const QString& value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    BankCsvMapping m;
    auto get = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m.date = get("date");
    m.valueDate = get("value_date");
    m.amount = get("amount");
    m.debit = get("debit");
    m.credit = get("credit");
    m.counterparty = get("counterparty");
    m.iban = get("iban");
    m.text = get("text");
    m.currency = get("currency");
    m.reference = get("reference");
    m.dateFormat = get("date_format");
    const QString separator = get("decimal_separator");
    m.defaultCurrency = get("default_currency");
    if (m.dateFormat.isEmpty() || (separator != u"." && separator != u","))
        return std::nullopt;
    m.decimalSeparator = separator.at(0);
    return m;
}

QString BankCsvMapping::headerSignature(const QStringList& header)
{
    QStringList names;
    for (const QString& column : header)
        names << column.trimmed().toLower();
    const QByteArray hash = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString BankCsvMapping::settingKey(const QStringList& header)
{
    return settingKeyPrefix() + headerSignature(header);
}

} // namespace settle
