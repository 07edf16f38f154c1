#include "domain/ReminderPolicy.h"

#include <QSet>

namespace settle {

QStringList ReminderPolicy::problems() const
{
    QStringList problems;
    const QString policy = QStringLiteral("policy \"%1\"").arg(name);
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("a reminder policy needs a name");
    if (stages.isEmpty())
        problems << QStringLiteral("%1: has no stages").arg(policy);
    QSet<QString> seen;
    for (qsizetype k = 0; k < stages.size(); ++k) {
        const Stage& stage = stages[k];
        const QString where = QStringLiteral("%1, stage %2 \"%3\"").arg(policy).arg(k + 1).arg(stage.name);
        const QString key = stage.name.trimmed().toCaseFolded();
        if (key.isEmpty())
            problems << QStringLiteral("%1: a stage needs a name").arg(where);
        else if (seen.contains(key))
            problems << QStringLiteral("%1: another stage already has this name").arg(where);
        seen.insert(key);
        // Escalation goes strictly in order (rule 3), so the order of the list must be the order in time.
        if (k > 0 && stage.offsetDays < stages[k - 1].offsetDays)
            problems << QStringLiteral("%1: offset %2 days comes before the previous stage's %3 days; stages must "
                                       "be in order")
                            .arg(where)
                            .arg(stage.offsetDays)
                            .arg(stages[k - 1].offsetDays);
        if (stage.gapDays < 0)
            problems << QStringLiteral("%1: the gap of %2 days is negative").arg(where).arg(stage.gapDays);
        if (stage.channels.isEmpty())
            problems << QStringLiteral("%1: needs a channel (email, letter or task)").arg(where);
        if (stage.feeMicros < 0 || stage.feeRate.millionths() < 0)
            problems << QStringLiteral("%1: a fee cannot be negative").arg(where);
    }
    return problems;
}

} // namespace settle
