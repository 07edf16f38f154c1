#include "bank/BankCsvReader.h"

#include "bank/BankFileProblem.h"
#include "bank/BankFileText.h"
#include "domain/InputLimits.h"
#include "money/Currency.h"
#include "money/LocaleAmount.h"

#include <QDate>
#include <QLocale>

namespace settle {

namespace {

// The cells of `text` split at `delimiter`, RFC 4180 quoting; a quoted cell may hold line breaks.
QList<BankCsvReader::Row> rowsOf(const QString& text, QChar delimiter, const QString& file, qsizetype limit = -1)
{
    QList<BankCsvReader::Row> rows;
    BankCsvReader::Row row;
    QString cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    int quoteLine = 0;
    auto endRow = [&] {
        row.cells << cell;
        cell.clear();
        if (!(row.cells.size() == 1 && row.cells.first().trimmed().isEmpty()))
            rows << row;
        row = BankCsvReader::Row();
        row.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && (limit < 0 || rows.size() < limit); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            cell.clear();
        } else if (c == delimiter) {
            row.cells << cell;
            cell.clear();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (quoted && limit < 0)
        BankFileProblem::refuse(file, BankFileProblem::where(0, quoteLine), {}, QStringLiteral("a quoted cell is never closed"));
    if (!cell.isEmpty() || !row.cells.isEmpty())
        endRow();
    return rows;
}

QLocale localeFor(QChar decimalSeparator)
{
    return decimalSeparator == u',' ? QLocale(QLocale::German, QLocale::Germany)
                                    : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

BankCsvReader::Table BankCsvReader::table(const QByteArray& data, const QString& fileName)
{
    const QString text = BankFileText::decode(data);
    // The delimiter that cuts the top lines into the most cells.
    QChar delimiter = u',';
    qsizetype widest = 0;
    for (QChar candidate : {u';', u',', u'\t'}) {
        for (const Row& row : rowsOf(text, candidate, fileName, 30))
            if (row.cells.size() > widest) {
                widest = row.cells.size();
                delimiter = candidate;
            }
    }
    if (widest < 2)
        BankFileProblem::refuse(fileName, {}, {}, QStringLiteral("is not a bank statement (no table of columns in it)"));
    Table result;
    QList<Row> rows = rowsOf(text, delimiter, fileName);
    qsizetype headerAt = 0;
    for (qsizetype i = 0; i < rows.size() && i < 30; ++i)
        if (rows.at(i).cells.size() == widest) {
            headerAt = i;
            break;
        }
    for (const QString& name : rows.at(headerAt).cells)
        result.header << name.trimmed();
    result.headerLine = rows.at(headerAt).line;
    result.rows = rows.mid(headerAt + 1);
    return result;
}

BankCsvMapping BankCsvReader::mappingFor(const Table& table, const Options& options)
{
    if (options.mapping)
        return *options.mapping;
    if (options.remembered)
        if (const auto remembered = options.remembered(table.header))
            return *remembered;
    QList<QStringList> samples;
    for (qsizetype i = 0; i < table.rows.size() && i < 200; ++i)
        samples << table.rows.at(i).cells;
    return BankCsvMapping::recognise(table.header, samples);
}

BankStatement BankCsvReader::read(const QByteArray& data, const QString& fileName, const Options& options)
{
    const Table t = table(data, fileName);
    const BankCsvMapping mapping = mappingFor(t, options);
    if (const QStringList missing = mapping.missingColumns(t.header); !missing.isEmpty())
        BankFileProblem::refuse(fileName, BankFileProblem::where(0, t.headerLine), {},
                                QStringLiteral("the bank CSV has no column for %1; map its columns in the import wizard "
                                               "(its header: %2)")
                                    .arg(missing.join(QStringLiteral(", ")), t.header.join(QStringLiteral(", "))));
    auto at = [&](const QString& column) { return column.isEmpty() ? -1 : t.header.indexOf(column); };
    const qsizetype dateAt = at(mapping.date), valueDateAt = at(mapping.valueDate), amountAt = at(mapping.amount),
                    debitAt = at(mapping.debit), creditAt = at(mapping.credit),
                    counterpartyAt = at(mapping.counterparty), ibanAt = at(mapping.iban), textAt = at(mapping.text),
                    currencyAt = at(mapping.currency), referenceAt = at(mapping.reference);
    const QLocale locale = localeFor(mapping.decimalSeparator);
    const bool shortYears = !mapping.dateFormat.contains(QLatin1String("yyyy"));

    BankStatement statement;
    statement.format = QStringLiteral("csv");
    statement.fileName = fileName;
    int number = 0;
    for (const Row& row : t.rows) {
        auto cell = [&](qsizetype column) {
            return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
        };
        // A line of totals under the table ("Kontostand;;;1.234,56") has no booking date and no amount.
        if (cell(dateAt).isEmpty() && cell(amountAt).isEmpty() && cell(debitAt).isEmpty() && cell(creditAt).isEmpty())
            continue;
        ++number;
        const QString where = BankFileProblem::where(number, row.line);
        auto bad = [&](const QString& column, const QString& message) {
            BankFileProblem::refuse(fileName, where, column, message);
        };
        BankEntry entry;
        entry.where = where;
        auto date = [&](qsizetype column, const QString& name) {
            const QString value = cell(column);
            QDate d = QDate::fromString(value, mapping.dateFormat);
            if (d.isValid() && shortYears && d.year() < 1970)
                d = d.addYears(100); // "02.03.26" is 2026, not 1926
            if (!d.isValid())
                bad(name, value.isEmpty() ? QStringLiteral("is empty")
                                          : QStringLiteral("\"%1\" is not a date (%2)").arg(value, mapping.dateFormat));
            if (const QString problem = InputLimits::dateProblem(d); !problem.isEmpty())
                bad(name, problem);
            return d;
        };
        entry.bookingDate = date(dateAt, mapping.date);
        if (valueDateAt >= 0 && !cell(valueDateAt).isEmpty())
            entry.valueDate = date(valueDateAt, mapping.valueDate);

        QString code = cell(currencyAt).toUpper();
        if (code.isEmpty())
            code = mapping.defaultCurrency.isEmpty() ? options.defaultCurrency : mapping.defaultCurrency;
        const auto currency = Currency::fromCode(code.toUpper());
        if (!currency)
            bad(mapping.currency.isEmpty() ? QStringLiteral("currency") : mapping.currency,
                code.isEmpty() ? QStringLiteral("the file gives no currency")
                               : QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(code));
        entry.currency = currency->code();
        auto amount = [&](qsizetype column, const QString& name) {
            QString value = cell(column);
            // The bank's decoration around the number: "1.190,00 €", "EUR 1,190.00", "$50.00".
            for (const QString& mark : {currency->code(), QStringLiteral("€"), QStringLiteral("$"), QStringLiteral("£")})
                value.remove(mark);
            value = value.trimmed();
            if (value.startsWith(QLatin1String("-")) && value.mid(1).trimmed() != value.mid(1))
                value = u'-' + value.mid(1).trimmed();
            Money money;
            if (const QString problem = LocaleAmount::parse(value, *currency, locale, &money); !problem.isEmpty())
                bad(name, problem);
            return money.minor();
        };
        if (amountAt >= 0) {
            entry.amount = amount(amountAt, mapping.amount);
        } else {
            // Money out and money in: a bank writes the debit as "50,00" or as "-50,00"; either is out.
            const bool hasDebit = !cell(debitAt).isEmpty(), hasCredit = !cell(creditAt).isEmpty();
            if (!hasDebit && !hasCredit)
                bad(mapping.credit.isEmpty() ? mapping.debit : mapping.credit, QStringLiteral("is empty (and so is the debit)"));
            if (hasCredit)
                entry.amount = qAbs(amount(creditAt, mapping.credit));
            if (hasDebit)
                entry.amount -= qAbs(amount(debitAt, mapping.debit));
        }
        entry.counterparty = cell(counterpartyAt).simplified();
        entry.counterpartyIban = BankFileText::iban(cell(ibanAt));
        entry.text = cell(textAt).simplified();
        entry.bankReference = cell(referenceAt);
        BankFileProblem::checkRoomForEntry(fileName, statement.entries.size(), where);
        statement.entries << entry;
    }
    return statement;
}

} // namespace settle
