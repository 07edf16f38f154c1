#include "import/BankCsvPresenter.h"

#include "widgets/Guarded.h"

#include "bank/BankStatementReader.h"
#include "errors/SettleError.h"

#include <QFile>
#include <QFileInfo>

namespace settle {

namespace {

// What a column can hold: its key, the mapping's member naming the column, and its words.
struct Target
{
    const char* key;
    QString BankCsvMapping::*member;
    const char* label;
};

const Target targetTable[] = {
    {"date", &BankCsvMapping::date, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "booking date (needed)")},
    {"value_date", &BankCsvMapping::valueDate, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "value date")},
    {"amount", &BankCsvMapping::amount,
     QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "amount, signed (or debit and credit)")},
    {"debit", &BankCsvMapping::debit, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "money out")},
    {"credit", &BankCsvMapping::credit, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "money in")},
    {"counterparty", &BankCsvMapping::counterparty, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "payer or payee")},
    {"iban", &BankCsvMapping::iban, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "payer's IBAN")},
    {"text", &BankCsvMapping::text, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "remittance text (needed)")},
    {"currency", &BankCsvMapping::currency, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "currency")},
    {"reference", &BankCsvMapping::reference, QT_TRANSLATE_NOOP("settle::BankCsvPresenter", "bank's reference")},
};

const Target* targetNamed(const QString& key)
{
    for (const Target& target : targetTable)
        if (key == QLatin1String(target.key))
            return &target;
    return nullptr;
}

} // namespace

QStringList BankCsvPresenter::targets()
{
    QStringList keys;
    for (const Target& target : targetTable)
        keys << QString::fromLatin1(target.key);
    return keys;
}

QString BankCsvPresenter::targetLabel(const QString& target)
{
    const Target* found = targetNamed(target);
    return found ? tr(found->label) : target;
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
    for (const Target& target : targetTable)
        if (!column.isEmpty() && m_mapping.*target.member == column)
            return QString::fromLatin1(target.key);
    return {};
}

void BankCsvPresenter::setTarget(const QString& column, const QString& target)
{
    // A column holds one thing: what it held before is let go.
    for (const Target& t : targetTable)
        if (m_mapping.*t.member == column)
            (m_mapping.*t.member).clear();
    if (const Target* chosen = targetNamed(target))
        m_mapping.*chosen->member = column;
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
