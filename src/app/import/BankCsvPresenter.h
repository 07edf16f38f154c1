#pragma once

#include "bank/BankCsvMapping.h"
#include "bank/BankCsvReader.h"
#include "domain/BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace settle {

// The import wizard's bank statement CSV without its widgets: reads the bank's file as a table, says
// which column holds what (a BankCsvMapping: remembered for this bank's columns, else recognised from
// the usual names), and reads the bookings through it to check them before anything is imported.
class BankCsvPresenter
{
    Q_DECLARE_TR_FUNCTIONS(settle::BankCsvPresenter)

public:
    // What a column of the file can hold: "date", "value_date", "amount", "debit", "credit",
    // "counterparty", "iban", "text", "currency", "reference".
    static QStringList targets();
    // The same in the user's words, for the wizard's boxes.
    static QString targetLabel(const QString& target);

    // Reads the file; one that is not a table throws SettleError naming it.
    void load(const QString& path);
    QString path() const { return m_path; }
    QByteArray data() const { return m_data; }
    const BankCsvReader::Table& table() const { return m_table; }

    // The mapping remembered for the file's columns, else the one recognised from their names.
    void propose(const std::optional<BankCsvMapping>& remembered);
    const BankCsvMapping& mapping() const { return m_mapping; }
    // What the column holds ("" when nothing). A target another column held moves to this one.
    QString targetOf(const QString& column) const;
    void setTarget(const QString& column, const QString& target);
    void setDateFormat(const QString& format) { m_mapping.dateFormat = format; }
    void setDecimalSeparator(QChar separator) { m_mapping.decimalSeparator = separator; }
    // A column Settle needs that no column holds, in a sentence; empty when the mapping fits.
    QString mappingProblem() const;

    // Reads every booking through the mapping; the reader's refusal (file, entry, line and field) in
    // a sentence, or empty when every row reads. `currency`: of rows that name none.
    QString check(const QString& currency);
    const BankStatement& statement() const { return m_statement; }

private:
    QString m_path;
    QByteArray m_data;
    BankCsvReader::Table m_table;
    BankCsvMapping m_mapping;
    BankStatement m_statement;
};

} // namespace settle
