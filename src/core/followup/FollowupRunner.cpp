#include "followup/FollowupRunner.h"

#include "bank/BankHoldBack.h"
#include "credit/CreditOnAccount.h"
#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "errors/StorageError.h"
#include "followup/FollowupCharges.h"
#include "followup/FollowupDelivery.h"
#include "followup/FollowupPlanner.h"
#include "followup/InvoiceEvents.h"
#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/FollowupRepository.h"

#include <spdlog/spdlog.h>

namespace settle {

namespace {

constexpr int attempts = 3;

// docs/DESIGN.md, "Bank statements": an invoice named by a bank entry that waits for a person (suggested
// or unmatched) may have been paid, so no stage is raised for it until the entry is settled.
FollowupSnapshot snapshotAt(Ledger& ledger, FollowupRepository& repository, QDate asOf)
{
    FollowupSnapshot snapshot = repository.snapshot(asOf);
    snapshot.credit = CreditOnAccount(ledger).creditByCustomer(asOf);
    const QSet<qint64> awaitingBank = BankHoldBack::invoicesAwaitingBank(ledger.database());
    if (!awaitingBank.isEmpty())
        snapshot.invoices.removeIf(
            [&](const FollowupSnapshot::Invoice& invoice) { return awaitingBank.contains(invoice.id); });
    return snapshot;
}

// Writes the actions of `plan` that are still unraised, inside the caller's write.
FollowupRunResult raiseInWrite(Ledger& ledger, AuditLog& audit, FollowupRepository& repository,
                               const FollowupPlan& plan,
                               const QHash<qint64, FollowupSnapshot::Customer>& customers)
{
    FollowupRunResult result;
    result.asOf = plan.asOf;
    result.raised.asOf = plan.asOf;
    FollowupDelivery delivery(ledger, repository);
    FollowupCharges charges(ledger);
    // A plan made earlier leaves out, too, what a bank entry imported since names.
    const QSet<qint64> awaitingBank = BankHoldBack::invoicesAwaitingBank(ledger.database());
    for (const auto& planned : plan.actions) {
        FollowupAction action = planned;
        // Rule 5: whatever another run raised since the plan was made is not raised again. The
        // UNIQUE constraint stands behind this check for engines where it could race.
        action.items.removeIf([&](const FollowupItem& item) {
            return awaitingBank.contains(item.invoiceId) ||
                   repository.isRaised(item.invoiceId, item.installment, action.stageIndex);
        });
        if (action.items.isEmpty())
            continue;
        const auto customer = customers.value(action.customerId);
        const auto state = action.stage.needsApproval ? FollowupRecord::State::PendingApproval
                                                      : FollowupRecord::State::Queued;
        const qint64 id = repository.insertFollowup(action, plan.asOf, state, ledger.clock().now());
        QList<FollowupRecord::Item> items;
        Json::Array invoicesJson;
        for (const auto& item : action.items) {
            // Interest is computed at the stage's date, whenever the stage is delivered.
            const qint64 interest = action.stage.statesInterest ? charges.interest(item, plan.asOf) : 0;
            repository.insertItem(id, item, action.stageIndex, plan.asOf, interest);
            items << FollowupRecord::Item{item, interest, {}, 0};
            invoicesJson << Json(item.installment > 0
                                     ? QStringLiteral("%1/%2").arg(item.number).arg(item.installment)
                                     : item.number);
        }
        if (!action.stage.needsApproval)
            delivery.deliver(id, action.stage, customer, items, plan.asOf);
        audit.record(QStringLiteral("followup"), QString::number(id), QStringLiteral("raise"), {},
                     Json::Object{{QStringLiteral("customer"), action.customerCode},
                                  {QStringLiteral("stage"), action.stage.name},
                                  {QStringLiteral("stage_index"), action.stageIndex},
                                  {QStringLiteral("channel"), action.stage.channels.name()},
                                  {QStringLiteral("raised_on"), IsoDate::format(plan.asOf)},
                                  {QStringLiteral("state"), FollowupRecord::stateName(state)},
                                  {QStringLiteral("due_amounts"), invoicesJson}});
        if (action.stage.needsApproval)
            ++result.pendingApproval;
        result.raised.actions << action;
        result.followupIds << id;
    }
    // The run's write starts with no flags and gains them only when something was raised, so that
    // the timer's quiet runs do not make every view read the ledger again.
    if (!result.raised.isEmpty())
        ledger.write(Ledger::Change::Followups | Ledger::Change::Invoices | Ledger::Change::Outbox,
                     [](AuditLog&) {});
    return result;
}

} // namespace

FollowupRunner::FollowupRunner(Ledger& ledger) : m_ledger(ledger) {}

FollowupPlan FollowupRunner::plan(QDate asOf)
{
    FollowupRepository repository(m_ledger.database());
    return FollowupPlanner::plan(snapshotAt(m_ledger, repository, asOf));
}

template <typename Work> FollowupRunResult FollowupRunner::retrying(Work work)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const StorageError& e) {
            // A database failure here is most likely a concurrent run (a UNIQUE violation on an engine
            // that let both plan at once, or a lock that outlasted the wait): everything was rolled
            // back, so plan again on what is there now. A full disk or a read-only ledger stays so.
            const bool race =
                e.cause() == StorageError::Cause::Conflict || e.cause() == StorageError::Cause::Busy;
            if (!race || attempt >= attempts)
                throw;
            spdlog::info("follow-up run met another one (attempt {} of {}), retrying", attempt, attempts);
        } catch (const SettleError& e) {
            if (e.kind() != SettleError::Kind::Runtime || attempt >= attempts)
                throw;
            spdlog::warn("follow-up run failed (attempt {} of {}), retrying: {}", attempt, attempts,
                         e.what());
        }
    }
}

FollowupRunResult FollowupRunner::run(QDate asOf)
{
    return retrying([&] {
        FollowupRunResult result = m_ledger.write(Ledger::Changes(), [&](AuditLog& audit) {
            FollowupRepository repository(m_ledger.database());
            // Planned inside the write transaction: a second process waits for the first to commit and
            // then sees everything it raised.
            auto verdicts = InvoiceEvents(m_ledger).judgePromises(asOf);
            const FollowupSnapshot snapshot = snapshotAt(m_ledger, repository, asOf);
            FollowupRunResult raised = raiseInWrite(m_ledger, audit, repository,
                                                    FollowupPlanner::plan(snapshot), snapshot.customers);
            raised.verdicts = std::move(verdicts);
            return raised;
        });
        spdlog::info("follow-ups at {}: raised {} actions, {} waiting for approval",
                     IsoDate::format(asOf).toStdString(), result.raised.actions.size(),
                     result.pendingApproval);
        return result;
    });
}

FollowupRunResult FollowupRunner::raise(const FollowupPlan& plan)
{
    return retrying([&] {
        return m_ledger.write(Ledger::Changes(), [&](AuditLog& audit) {
            FollowupRepository repository(m_ledger.database());
            return raiseInWrite(m_ledger, audit, repository, plan, repository.customers());
        });
    });
}

} // namespace settle
