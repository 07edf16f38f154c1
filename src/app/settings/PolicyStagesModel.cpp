#include "settings/PolicyStagesModel.h"

#include "widgets/CoreLabels.h"

#include "money/LocaleAmount.h"

#include <QColor>
#include <QLocale>

namespace settle {

namespace {

constexpr int FeeScale = 6;     // Stage::feeMicros: millionths of the major unit
constexpr int PercentScale = 4; // Rate: millionths = percent × 10^4

std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int value = QLocale().toInt(text.trimmed(), &ok);
    if (ok)
        return value;
    const int plain = text.trimmed().toInt(&ok); // "-3" also where the locale writes a different minus
    return ok ? std::optional<int>(plain) : std::nullopt;
}

} // namespace

PolicyStagesModel::PolicyStagesModel(QObject* parent) : QAbstractTableModel(parent) {}

void PolicyStagesModel::setPolicy(const ReminderPolicy& policy)
{
    beginResetModel();
    m_policy = policy;
    m_rows.clear();
    const QLocale locale;
    for (const auto& stage : policy.stages) {
        Row row;
        row.text[Name] = stage.name;
        row.text[Offset] = QString::number(stage.offsetDays);
        row.text[Gap] = QString::number(stage.gapDays);
        row.text[Channel] = stage.channels.name();
        row.text[Template] = stage.templateKey;
        row.text[Fee] =
            stage.feeMicros == 0 ? QString() : LocaleAmount::formatScaled(stage.feeMicros, FeeScale, locale);
        row.text[FeePercent] = stage.feeRate.isZero() ? QString()
                                                      : LocaleAmount::formatScaled(stage.feeRate.millionths(),
                                                                                   PercentScale, locale);
        row.statesInterest = stage.statesInterest;
        row.needsApproval = stage.needsApproval;
        m_rows << row;
    }
    m_modified = false;
    endResetModel();
    validate();
}

ReminderPolicy PolicyStagesModel::policy() const
{
    ReminderPolicy policy = m_policy;
    policy.stages.clear();
    const QLocale locale;
    for (const Row& row : m_rows) {
        Stage stage;
        stage.name = row.text[Name].trimmed();
        stage.offsetDays = wholeNumber(row.text[Offset]).value_or(0);
        stage.gapDays = wholeNumber(row.text[Gap]).value_or(0);
        stage.channels = Channels::parse(row.text[Channel].trimmed()).value_or(Channels());
        stage.templateKey = row.text[Template].trimmed();
        qint64 scaled = 0;
        if (!row.text[Fee].trimmed().isEmpty() &&
            LocaleAmount::parseScaled(row.text[Fee], FeeScale, locale, &scaled).isEmpty())
            stage.feeMicros = scaled;
        scaled = 0;
        if (!row.text[FeePercent].trimmed().isEmpty() &&
            LocaleAmount::parseScaled(row.text[FeePercent], PercentScale, locale, &scaled).isEmpty())
            stage.feeRate = Rate::fromMillionths(scaled);
        stage.statesInterest = row.statesInterest;
        stage.needsApproval = row.needsApproval;
        policy.stages << stage;
    }
    return policy;
}

void PolicyStagesModel::setPolicyName(const QString& name)
{
    if (name == m_policy.name)
        return;
    m_policy.name = name;
    m_modified = true;
    validate();
}

void PolicyStagesModel::validate()
{
    m_cellProblems.clear();
    QStringList problems;
    const QLocale locale;
    auto cell = [&](int row, int column, const QString& why) {
        const QString name = m_rows[row].text[Name].trimmed();
        const QString where =
            name.isEmpty() ? tr("Row %1").arg(row + 1) : tr("Row %1 “%2”").arg(row + 1).arg(name);
        m_cellProblems.insert({row, column}, why);
        problems << tr("%1: %2").arg(where, why);
    };
    QHash<QString, int> names;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows[r];
        const QString name = row.text[Name].trimmed();
        if (name.isEmpty())
            cell(r, Name, tr("the stage needs a name"));
        else if (names.contains(name.toCaseFolded()))
            cell(r, Name, tr("row %1 has the same name").arg(names.value(name.toCaseFolded()) + 1));
        else
            names.insert(name.toCaseFolded(), r);
        const auto offset = wholeNumber(row.text[Offset]);
        if (!offset) {
            cell(r, Offset, tr("the offset “%1” is not a whole number of days").arg(row.text[Offset]));
        } else if (r > 0) {
            // Escalation rule 3: stages go strictly in order, so the table's order must be the order in time.
            const auto previous = wholeNumber(m_rows[r - 1].text[Offset]);
            if (previous && *offset < *previous)
                cell(r, Offset,
                     tr("offset %1 days comes before row %2's %3 days; stages must be in order")
                         .arg(*offset)
                         .arg(r)
                         .arg(*previous));
        }
        const auto gap = wholeNumber(row.text[Gap]);
        if (!gap || *gap < 0)
            cell(r, Gap, tr("the gap “%1” is not a number of days (0 or more)").arg(row.text[Gap]));
        const auto channels = Channels::parse(row.text[Channel].trimmed());
        if (!channels || channels->isEmpty())
            cell(r, Channel,
                 tr("“%1” is not a channel (email, letter, task or several joined by +)")
                     .arg(row.text[Channel]));
        qint64 scaled = 0;
        if (!row.text[Fee].trimmed().isEmpty()) {
            const QString why = LocaleAmount::parseScaled(row.text[Fee], FeeScale, locale, &scaled);
            if (!why.isEmpty())
                cell(r, Fee, tr("the fee: %1").arg(why));
            else if (scaled < 0)
                cell(r, Fee, tr("the fee “%1” is not an amount of 0 or more").arg(row.text[Fee]));
        }
        if (!row.text[FeePercent].trimmed().isEmpty()) {
            const QString why =
                LocaleAmount::parseScaled(row.text[FeePercent], PercentScale, locale, &scaled);
            if (!why.isEmpty())
                cell(r, FeePercent, tr("the fee: %1").arg(why));
            else if (scaled < 0 || scaled > 100 * 10'000)
                cell(r, FeePercent,
                     tr("the fee “%1” is not a percentage between 0 and 100").arg(row.text[FeePercent]));
        }
    }
    if (m_rows.isEmpty())
        problems << tr("A policy needs at least one stage.");
    if (problems.isEmpty()) {
        // Whatever else the core's rules refuse (they are what the ledger checks on saving).
        for (const QString& problem : policy().problems())
            problems << problem;
    }
    const bool changed = problems != m_problems;
    m_problems = problems;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (changed)
        Q_EMIT problemsChanged(m_problems);
}

void PolicyStagesModel::addStage()
{
    Row row;
    const int last = int(m_rows.size()) - 1;
    const int offset = last >= 0 ? wholeNumber(m_rows[last].text[Offset]).value_or(0) + 7 : 0;
    row.text[Name] = tr("Stage %1").arg(m_rows.size() + 1);
    row.text[Offset] = QString::number(offset);
    row.text[Gap] = QStringLiteral("7");
    row.text[Channel] = Channels(Channels::Email).name();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << row;
    endInsertRows();
    m_modified = true;
    validate();
}

void PolicyStagesModel::removeStage(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_modified = true;
    validate();
}

void PolicyStagesModel::moveStage(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size() || by == 0)
        return;
    beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to);
    m_rows.move(row, to);
    endMoveRows();
    m_modified = true;
    validate();
}

int PolicyStagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyStagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyStagesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    const QString problem = m_cellProblems.value({index.row(), column});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == StatesInterest || column == NeedsApproval)
            return {};
        // A default stage's name reads in the user's language; editing shows the name as stored.
        if (column == Name && role == Qt::DisplayRole)
            return CoreLabels::stageName(row.text[column]);
        return row.text[column];
    case Qt::CheckStateRole:
        if (column == StatesInterest)
            return row.statesInterest ? Qt::Checked : Qt::Unchecked;
        if (column == NeedsApproval)
            return row.needsApproval ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QColor(0xe5, 0x39, 0x35, 90));
    case Qt::TextAlignmentRole:
        if (column == Offset || column == Gap || column == Fee || column == FeePercent)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool PolicyStagesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == StatesInterest || column == NeedsApproval)) {
        const bool on = value.toInt() == Qt::Checked;
        (column == StatesInterest ? row.statesInterest : row.needsApproval) = on;
    } else if (role == Qt::EditRole && column != StatesInterest && column != NeedsApproval) {
        if (row.text[column] == value.toString())
            return true;
        row.text[column] = value.toString();
    } else {
        return false;
    }
    m_modified = true;
    Q_EMIT dataChanged(index, index);
    validate();
    return true;
}

Qt::ItemFlags PolicyStagesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == StatesInterest || index.column() == NeedsApproval)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant PolicyStagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Stage");
    case Offset:
        return tr("Offset (days)");
    case Gap:
        return tr("Gap (days)");
    case Channel:
        return tr("Channel");
    case Template:
        return tr("Template");
    case Fee:
        return tr("Fee");
    case FeePercent:
        return tr("Fee %");
    case StatesInterest:
        return tr("States interest");
    case NeedsApproval:
        return tr("Needs approval");
    default:
        return {};
    }
}

} // namespace settle
