#include "followup/FollowupPlanner.h"

#include <algorithm>
#include <map>

namespace settle {

bool FollowupPlanner::isDisputed(const QList<InvoiceEvent>& events, QDate d)
{
    bool disputed = false;
    // Events come in date order (then in the order they were recorded), so the last one wins.
    for (const auto& event : events) {
        if (event.date > d)
            break;
        if (event.kind == InvoiceEvent::Kind::Dispute)
            disputed = true;
        else if (event.kind == InvoiceEvent::Kind::Resolve)
            disputed = false;
    }
    return disputed;
}

bool FollowupPlanner::isUnderPromise(const QList<InvoiceEvent>& events, QDate d)
{
    // A later promise replaces an earlier one, whether it gives more time or less.
    QDate until;
    for (const auto& event : events) {
        if (event.date > d)
            break;
        if (event.kind == InvoiceEvent::Kind::Promise)
            until = event.until;
    }
    return until.isValid() && until >= d;
}

std::optional<int> FollowupPlanner::nextStage(const QList<Stage>& stages, const FollowupSnapshot::History& history,
                                              QDate due, QDate d)
{
    // Rule 3: the stage after the last one raised, never skipping one — except the stages before the
    // due date, which can no longer fire once it has passed (an invoice first seen 40 days overdue
    // starts at the first stage after the due date, not with a heads-up).
    int k = history.lastStage + 1;
    while (k < stages.size() && stages[k].isPreDue() && d > due)
        ++k;
    if (k >= stages.size())
        return std::nullopt;
    const Stage& stage = stages[k];
    // Rule 4: not before due + offset, and not before the gap since the stage raised last.
    if (d < due.addDays(stage.offsetDays))
        return std::nullopt;
    if (history.lastStage >= 0 && d < history.lastRaisedOn.addDays(stage.gapDays))
        return std::nullopt;
    return k;
}

QList<FollowupPlanner::DueAmount> FollowupPlanner::dueAmounts(const FollowupSnapshot::Invoice& invoice)
{
    return InstallmentSchedule::dueAmounts(invoice.total, invoice.balance, invoice.dueDate, invoice.extendedDueDate,
                                           invoice.installments);
}

QHash<qint64, qint64> FollowupPlanner::coveredByCredit(const FollowupSnapshot& snapshot)
{
    // The credit falls on each customer's open invoices in its currency oldest first, as applying it
    // would (CreditOnAccount::spread), whether or not a stage is due for them.
    QHash<std::pair<qint64, QString>, QList<CreditOnAccount::OpenAmount>> open;
    for (const auto& invoice : snapshot.invoices) {
        if (invoice.balance <= 0 || invoice.issueDate > snapshot.asOf)
            continue;
        const auto credit = snapshot.credit.constFind(invoice.customerId);
        if (credit == snapshot.credit.constEnd() || credit->value(invoice.currency) <= 0)
            continue;
        open[{invoice.customerId, invoice.currency}] << CreditOnAccount::OpenAmount{
            invoice.id, invoice.number, invoice.effectiveDueDate(), 0, invoice.balance};
    }
    QHash<qint64, qint64> covered;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const auto parts = CreditOnAccount::spread(snapshot.credit.value(it.key().first).value(it.key().second),
                                                   it.value());
        for (auto part = parts.cbegin(); part != parts.cend(); ++part)
            covered.insert(part.key().first, part.value());
    }
    return covered;
}

FollowupPlan FollowupPlanner::plan(const FollowupSnapshot& snapshot)
{
    const QDate d = snapshot.asOf;
    // docs/DESIGN.md, "Credit on account": what the customer's credit covers is not asked for, so a
    // customer whose credit covers their whole balance in a currency gets no stage in it.
    const QHash<qint64, qint64> covered = coveredByCredit(snapshot);
    // Rule 6: one action per customer and stage; std::map keeps them sorted by code, then stage.
    std::map<std::pair<QString, int>, FollowupAction> actions;
    for (const auto& invoice : snapshot.invoices) {
        // Rule 1: open with a balance, customer not on hold, not disputed, no promise running.
        if (invoice.balance <= 0 || invoice.issueDate > d)
            continue;
        const auto customer = snapshot.customers.constFind(invoice.customerId);
        if (customer == snapshot.customers.constEnd() || customer->onHold)
            continue;
        const auto policy = snapshot.policies.constFind(customer->policyId);
        if (policy == snapshot.policies.constEnd() || policy->stages.isEmpty())
            continue;
        if (isDisputed(invoice.events, d) || isUnderPromise(invoice.events, d))
            continue;
        // The covered part falls on the invoice's earliest due amounts first, as a payment would.
        qint64 credit = covered.value(invoice.id);
        for (const auto& due : dueAmounts(invoice)) {
            if (due.balance <= 0)
                continue;
            const qint64 credited = std::min(credit, due.balance);
            credit -= credited;
            if (credited == due.balance)
                continue;
            const auto history = snapshot.history.value({invoice.id, due.installment});
            const auto stage = nextStage(policy->stages, history, due.dueDate, d);
            if (!stage)
                continue;
            FollowupAction& action = actions[{customer->code, *stage}];
            if (action.items.isEmpty()) {
                action.customerId = customer->id;
                action.customerCode = customer->code;
                action.policyId = policy->id;
                action.stageIndex = *stage;
                action.stage = policy->stages[*stage];
            }
            action.items << FollowupItem{invoice.id,          invoice.number, due.installment,
                                        invoice.currency,    due.dueDate,    due.balance,
                                        int(due.dueDate.daysTo(d))};
        }
    }
    FollowupPlan plan;
    plan.asOf = d;
    for (auto& [key, action] : actions) {
        std::sort(action.items.begin(), action.items.end(), [](const FollowupItem& a, const FollowupItem& b) {
            return a.number != b.number ? a.number < b.number : a.installment < b.installment;
        });
        plan.actions << std::move(action);
    }
    return plan;
}

} // namespace settle
