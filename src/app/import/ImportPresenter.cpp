#include "import/ImportPresenter.h"

#include "errors/SettleError.h"
#include "io/CsvWriter.h"
#include "io/CustomerCsv.h"
#include "io/InvoiceCsv.h"
#include "io/PaymentCsv.h"

#include <QFile>
#include <QFileInfo>

namespace settle {

ImportPresenter::ImportPresenter() = default;
ImportPresenter::~ImportPresenter() = default;

QString ImportPresenter::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Customers: return QStringLiteral("customers");
    case Kind::Invoices: return QStringLiteral("invoices");
    case Kind::Payments: return QStringLiteral("payments");
    }
    return {};
}

QStringList ImportPresenter::requiredColumns(Kind kind)
{
    switch (kind) {
    case Kind::Customers: return CustomerCsv::requiredColumns();
    case Kind::Invoices: return InvoiceCsv::requiredColumns();
    case Kind::Payments: return PaymentCsv::requiredColumns();
    }
    return {};
}

QStringList ImportPresenter::optionalColumns(Kind kind)
{
    switch (kind) {
    case Kind::Customers: return CustomerCsv::optionalColumns();
    case Kind::Invoices: return InvoiceCsv::optionalColumns();
    case Kind::Payments: return PaymentCsv::optionalColumns();
    }
    return {};
}

void ImportPresenter::load(Kind kind, const QString& path)
{
    m_kind = kind;
    m_path = path;
    m_table.reset();
    m_problemsByLine.clear();
    m_problemCount = 0;
    m_table = CsvTable::read(path);
    m_mapping.clear();
}

void ImportPresenter::proposeMapping(const QHash<QString, QString>& remembered)
{
    const QStringList known = requiredColumns(m_kind) + optionalColumns(m_kind);
    m_mapping.clear();
    for (const QString& column : m_table->header()) {
        const QString normalised = column.trimmed().toLower().replace(u' ', u'_');
        if (known.contains(normalised))
            m_mapping.insert(column, normalised);
        else if (known.contains(remembered.value(column)))
            m_mapping.insert(column, remembered.value(column));
        else
            m_mapping.insert(column, QString());
    }
}

void ImportPresenter::setMapping(const QString& fileColumn, const QString& target)
{
    m_mapping.insert(fileColumn, target);
}

QString ImportPresenter::mappingProblem() const
{
    QHash<QString, QString> used; // target -> file column
    for (const QString& column : m_table->header()) {
        const QString target = m_mapping.value(column);
        if (target.isEmpty())
            continue;
        if (used.contains(target))
            return QObject::tr("Both \"%1\" and \"%2\" are mapped to %3.").arg(used.value(target), column, target);
        used.insert(target, column);
    }
    for (const QString& required : requiredColumns(m_kind))
        if (!used.contains(required))
            return QObject::tr("No column of the file is mapped to %1, which Settle needs.").arg(required);
    return {};
}

void ImportPresenter::writeMapped()
{
    QList<int> kept;
    QStringList header;
    for (int c = 0; c < m_table->header().size(); ++c) {
        const QString target = m_mapping.value(m_table->header()[c]);
        if (!target.isEmpty()) {
            kept << c;
            header << target;
        }
    }
    CsvWriter writer;
    writer.writeRow(header);
    for (const auto& row : m_table->rows()) {
        QStringList cells;
        for (int c : kept)
            cells << row.cells.value(c);
        writer.writeRow(cells);
    }
    m_mappedPath = m_dir.filePath(QFileInfo(m_path).fileName());
    QFile out(m_mappedPath);
    const QByteArray bytes = writer.text().toUtf8();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        throw SettleError(SettleError::Kind::Runtime, QObject::tr("cannot write %1").arg(m_mappedPath));
    out.close();
    // Quoted cells may span lines, so the copy's line numbers are read back rather than assumed.
    const CsvTable copy = CsvTable::parse(bytes, m_mappedPath);
    m_lineOfMappedLine.clear();
    m_lineOfMappedLine.insert(1, 1);
    for (int r = 0; r < copy.rows().size() && r < m_table->rows().size(); ++r)
        m_lineOfMappedLine.insert(copy.rows()[r].line, m_table->rows()[r].line);
}

QList<InputProblem> ImportPresenter::check(Ledger& ledger)
{
    writeMapped();
    QList<InputProblem> problems = ledger.checkImport(m_kind, m_mappedPath);
    m_problemsByLine.clear();
    const QString name = QFileInfo(m_path).fileName();
    for (InputProblem& problem : problems) {
        problem.file = name;
        problem.line = m_lineOfMappedLine.value(problem.line, problem.line);
        const QString text = problem.column.isEmpty() ? problem.message : problem.column + QStringLiteral(": ") + problem.message;
        m_problemsByLine[problem.line] << text;
    }
    m_problemCount = int(problems.size());
    return problems;
}

} // namespace settle
