#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace settle {

// How one bank's CSV export is read: the header names of the columns Settle needs and how the bank
// writes dates and amounts. The import wizard fills one in; the ledger remembers it under the file's
// header signature (BankCsvMappingStore), so the next file from the same bank needs no questions.
// Without one, recognise() finds the columns by the names common German and English banks use.
struct BankCsvMapping
{
    // Header names as the file writes them; empty when the file has no such column.
    QString date;         // required: the booking date
    QString valueDate;
    QString amount;       // one signed column ...
    QString debit;        // ... or money out and money in in two columns (either may be signed or not)
    QString credit;
    QString counterparty; // the payer's or payee's name
    QString iban;         // the payer's or payee's IBAN
    QString text;         // required: the remittance text
    QString currency;     // ISO code per row; else `defaultCurrency`, else the ledger's
    QString reference;    // the bank's own id of the booking

    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // QDate::fromString form: "dd.MM.yyyy", "MM/dd/yyyy"
    QChar decimalSeparator = u'.';                     // ',' for "1.190,00"; the other one groups thousands
    QString defaultCurrency;

    // The date formats the wizard offers and recognise() tries, most common first.
    static QStringList dateFormats();

    // The columns this mapping names that `header` lacks, and the required ones it does not name, in
    // words a person reads: "date (\"Buchungstag\")", "amount (or debit and credit)". Empty when it fits.
    QStringList missingColumns(const QStringList& header) const;

    // A mapping from the header names banks commonly use (Buchungstag, Betrag, Verwendungszweck,
    // Empfänger/Auftraggeber, IBAN; Date, Amount, Description, Payee ...), with the date format and
    // decimal separator the sample rows are written in. Columns it finds no name for stay empty.
    static BankCsvMapping recognise(const QStringList& header, const QList<QStringList>& sampleRows = {});

    // One line of JSON, for a ledger setting; fromSetting is std::nullopt for anything else.
    QString toSetting() const;
    static std::optional<BankCsvMapping> fromSetting(const QString& value);

    // The same for every file with this header (case and surrounding spaces aside): a short hash.
    static QString headerSignature(const QStringList& header);
    // The ledger setting that remembers the mapping for files with this header.
    static QString settingKey(const QStringList& header);
    static QString settingKeyPrefix() { return QStringLiteral("bank.csv_mapping."); }

    friend bool operator==(const BankCsvMapping&, const BankCsvMapping&) = default;
};

} // namespace settle
