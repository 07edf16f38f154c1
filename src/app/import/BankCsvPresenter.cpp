#include "import/BankCsvPresenter.h"

#include "widgets/Guarded.h"

#include "bank/BankStatementReader.h"
#include "errors/SettleError.h"

#include <QFile>
#include <QFileInfo>

namespace settle {

QStringList BankCsvPresenter::targets()
{
    return {QStringLiteral("date"),         QStringLiteral("value_date"), QStringLiteral("amount"),
            QStringLiteral("debit"),        QStringLiteral("credit"),     QStringLiteral("counterparty"),
            QStringLiteral("iban"),         QStringLiteral("text"),       QStringLiteral("currency"),
            QStringLiteral("reference")};
}

QString BankCsvPresenter::targetLabel(const QString& target)
{
    if (target == u"date")
        return tr("booking date (needed)");
    if (target == u"value_date")
        return tr("value date");
    if (target == u"amount")
        return tr("amount, signed (or debit and credit)");
    if (target == u"debit")
        return tr("money out");
    if (target == u"credit")
        return tr("money in");
    if (target == u"counterparty")
        return tr("payer or payee");
    if (target == u"iban")
        return tr("payer's IBAN");
    if (target == u"text")
        return tr("remittance text (needed)");
    if (target == u"currency")
        return tr("currency");
    if (target == u"reference")
        return tr("bank's reference");
    return target;
}

QString BankCsvMapping::*BankCsvPresenter::memberOf(const QString& target)
{
    if (target == u"date")
        return &BankCsvMapping::date;
    if (target == u"value_date")
        return &BankCsvMapping::valueDate;
    if (target == u"amount")
        return &BankCsvMapping::amount;
    if (target == u"debit")
        return &BankCsvMapping::debit;
    if (target == u"credit")
        return &BankCsvMapping::credit;
    if (target == u"counterparty")
        return &BankCsvMapping::counterparty;
    if (target == u"iban")
        return &BankCsvMapping::iban;
    if (target == u"text")
        return &BankCsvMapping::text;
    if (target == u"currency")
        return &BankCsvMapping::currency;
    if (target == u"reference")
        return &BankCsvMapping::reference;
    return nullptr;
}

void BankCsvPresenter::load(const QString& path)
{
    m_path = path;
    m_data.clear();
    m_table = {};
    m_statement = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SettleError(SettleError::Kind::BadInput, QFileInfo::exists(path)
                                                           ? tr("Settle may not read %1.").arg(path)
                                                           : tr("There is no file %1.").arg(path));
    if (file.size() > BankStatementReader::MaxFileBytes)
        throw SettleError(SettleError::Kind::BadInput, tr("%1 is too large for a bank statement.").arg(path));
    m_data = file.readAll();
    m_table = BankCsvReader::table(m_data, QFileInfo(path).fileName());
}

void BankCsvPresenter::propose(const std::optional<BankCsvMapping>& remembered)
{
    if (remembered) {
        m_mapping = *remembered;
        return;
    }
    QList<QStringList> samples;
    for (const auto& row : m_table.rows.mid(0, 20))
        samples << row.cells;
    m_mapping = BankCsvMapping::recognise(m_table.header, samples);
}

QString BankCsvPresenter::targetOf(const QString& column) const
{
    for (const QString& target : targets())
        if (const auto member = memberOf(target); member && !column.isEmpty() && m_mapping.*member == column)
            return target;
    return {};
}

void BankCsvPresenter::setTarget(const QString& column, const QString& target)
{
    // A column holds one thing: what it held before is let go.
    for (const QString& t : targets())
        if (const auto member = memberOf(t); member && m_mapping.*member == column)
            (m_mapping.*member).clear();
    if (const auto member = memberOf(target))
        m_mapping.*member = column;
}

QString BankCsvPresenter::mappingProblem() const
{
    if (m_mapping.amount.isEmpty() && m_mapping.debit.isEmpty() && m_mapping.credit.isEmpty())
        return tr("No column is the amount (or money in and money out), which Settle needs.");
    if (m_mapping.date.isEmpty())
        return tr("No column is the booking date, which Settle needs.");
    if (m_mapping.text.isEmpty())
        return tr("No column is the remittance text, which Settle needs to find the invoices.");
    const QStringList missing = m_mapping.missingColumns(m_table.header);
    if (!missing.isEmpty())
        return tr("The file has no column for: %1.").arg(missing.join(QStringLiteral(", ")));
    return {};
}

QString BankCsvPresenter::check(const QString& currency)
{
    m_statement = {};
    BankCsvReader::Options options;
    options.mapping = m_mapping;
    options.defaultCurrency = currency;
    QString problem;
    Guarded::run(
        [&] {
            m_statement = BankStatementReader::parse(m_data, QFileInfo(m_path).fileName(),
                                                     BankStatementReader::Format::Csv, options);
        },
        [&](const QString& why) { problem = why; });
    return problem;
}

} // namespace settle
