#pragma once

#include "domain/Stage.h"
#include "io/Json.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace settle {

// One due amount an action is about: a whole invoice, or one installment of it.
struct FollowupItem
{
    qint64 invoiceId = 0;
    QString number;
    int installment = 0; // 0 = the whole invoice
    QString currency;
    QDate dueDate; // effective
    qint64 balance = 0;
    int daysOverdue = 0; // negative before the due date

    friend bool operator==(const FollowupItem&, const FollowupItem&) = default;
};

// One stage for one customer in one run, listing all its due amounts (escalation rule 6).
struct FollowupAction
{
    qint64 customerId = 0;
    QString customerCode;
    qint64 policyId = 0;
    int stageIndex = 0;
    Stage stage;
    QList<FollowupItem> items; // by invoice number, then installment

    // The distinct invoice numbers, sorted (two installments of one invoice name it once).
    QStringList invoiceNumbers() const;
    Json toJson() const;
};

// What the engine raises at one date. Actions are sorted by customer code, then stage index (docs/CLI.md).
struct FollowupPlan
{
    QDate asOf;
    QList<FollowupAction> actions;

    bool isEmpty() const { return actions.isEmpty(); }
    qsizetype itemCount() const;
    // The `followups plan|run --json` shape of docs/CLI.md.
    Json toJson() const;
};

} // namespace settle
