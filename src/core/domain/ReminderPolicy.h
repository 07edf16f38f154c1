#pragma once

#include "domain/Stage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// A named, ordered list of stages that customers point to.
struct ReminderPolicy
{
    qint64 id = 0;
    QString name;
    QList<Stage> stages;
    int version = 1; // optimistic locking

    // Everything wrong with the policy, one sentence each naming the stage; empty when it is usable.
    // Stages must be in order (offsets never decrease), names unique and non-empty, gaps and fees not
    // negative, and each stage must have a channel.
    QStringList problems() const;

    friend bool operator==(const ReminderPolicy&, const ReminderPolicy&) = default;
};

} // namespace settle
