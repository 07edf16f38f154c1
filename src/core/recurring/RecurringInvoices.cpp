#include "recurring/RecurringInvoices.h"

#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "errors/StorageError.h"
#include "io/Json.h"
#include "ledger/Ledger.h"
#include "mail/InvoiceMail.h"
#include "recurring/RecurringDates.h"
#include "storage/AuditLog.h"
#include "storage/InvoiceRepository.h"
#include "storage/RecurringRepository.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace settle {

namespace {

// Another process issued the date between our reading and our insert: the write is rolled back.
struct IssuedElsewhere
{
};

[[noreturn]] void refuse(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

Json scheduleJson(const RecurringSchedule& s)
{
    return Json::Object{{QStringLiteral("from_invoice"), s.templateNumber},
                        {QStringLiteral("customer"), s.customerCode},
                        {QStringLiteral("every"), RecurringSchedule::everyName(s.every)},
                        {QStringLiteral("start"), IsoDate::format(s.start)},
                        {QStringLiteral("anchor_day"), s.anchorDay},
                        {QStringLiteral("until"), s.until.isValid() ? Json(IsoDate::format(s.until)) : Json()},
                        {QStringLiteral("send"), s.send}};
}

// A copy of the template's lines and frozen terms, dated `date`, due by those terms.
Invoice copyOf(const Invoice& templateInvoice, QDate date)
{
    Invoice draft;
    draft.customerCode = templateInvoice.customerCode;
    draft.currency = templateInvoice.currency;
    draft.terms = templateInvoice.terms;
    draft.lines = templateInvoice.lines;
    draft.issueDate = date;
    draft.dueDate = templateInvoice.terms.dueDate(date);
    return draft;
}

} // namespace

RecurringInvoices::RecurringInvoices(Ledger& ledger) : m_ledger(ledger) {}

qint64 RecurringInvoices::add(const QString& fromInvoiceNumber, RecurringSchedule::Every every, QDate start,
                              QDate until, bool send)
{
    const auto found = InvoiceRepository(m_ledger.database()).findByNumber(fromInvoiceNumber);
    if (!found)
        refuse(QStringLiteral("no invoice has the number \"%1\"").arg(fromInvoiceNumber));
    if (found->status == InvoiceStatus::Draft || found->status == InvoiceStatus::Void)
        refuse(QStringLiteral("invoice %1 is %2; a repeating invoice is made from an issued one")
                   .arg(fromInvoiceNumber, toString(found->status)));
    RecurringSchedule schedule;
    schedule.templateInvoiceId = found->id;
    schedule.templateNumber = found->number;
    schedule.customerId = found->customerId;
    schedule.customerCode = found->customerCode;
    schedule.every = every;
    if (start.isValid()) {
        // The template stands for its own date; an earlier start would issue the same period again.
        if (start <= found->issueDate)
            refuse(QStringLiteral("the start %1 must come after invoice %2's issue date %3")
                       .arg(IsoDate::format(start), fromInvoiceNumber, IsoDate::format(found->issueDate)));
        schedule.start = start;
        schedule.anchorDay = start.day();
    } else {
        schedule.start = RecurringDates::defaultStart(found->issueDate, every);
        schedule.anchorDay = found->issueDate.day();
    }
    if (until.isValid() && until < schedule.start)
        refuse(QStringLiteral("the end %1 lies before the start %2")
                   .arg(IsoDate::format(until), IsoDate::format(schedule.start)));
    schedule.until = until;
    schedule.send = send;
    if (send) {
        const Customer customer = m_ledger.requireCustomer(found->customerCode);
        if (customer.email.trimmed().isEmpty())
            refuse(QStringLiteral("customer %1 (%2) has no email address: its repeating invoices cannot be emailed")
                       .arg(customer.code, customer.name));
    }
    return m_ledger.write(Ledger::Change::Recurring, [&](AuditLog& audit) {
        const qint64 id = RecurringRepository(m_ledger.database()).insertSchedule(schedule, m_ledger.clock().now());
        audit.record(QStringLiteral("recurring"), QString::number(id), QStringLiteral("create"), {},
                     scheduleJson(schedule));
        return id;
    });
}

QList<RecurringSchedule> RecurringInvoices::list(const QString& customerCode)
{
    const qint64 customerId = customerCode.isEmpty() ? 0 : m_ledger.requireCustomer(customerCode).id;
    QList<RecurringSchedule> schedules = RecurringRepository(m_ledger.database()).schedules(customerId);
    for (auto& s : schedules)
        s.nextDate = s.isActive() ? RecurringDates::firstAfter(s, s.lastIssued) : QDate();
    return schedules;
}

RecurringSchedule RecurringInvoices::schedule(qint64 id)
{
    auto found = RecurringRepository(m_ledger.database()).schedule(id);
    if (!found)
        refuse(QStringLiteral("there is no repeating invoice schedule %1").arg(id));
    found->nextDate = found->isActive() ? RecurringDates::firstAfter(*found, found->lastIssued) : QDate();
    return *found;
}

void RecurringInvoices::stop(qint64 id)
{
    const RecurringSchedule found = schedule(id);
    if (!found.isActive())
        refuse(QStringLiteral("schedule %1 was already stopped on %2").arg(id).arg(IsoDate::format(found.stoppedOn)));
    const QDate today = m_ledger.clock().today();
    m_ledger.write(Ledger::Change::Recurring, [&](AuditLog& audit) {
        if (!RecurringRepository(m_ledger.database()).markStopped(id, today))
            refuse(QStringLiteral("schedule %1 was stopped meanwhile").arg(id));
        audit.record(QStringLiteral("recurring"), QString::number(id), QStringLiteral("stop"), {},
                     Json::Object{{QStringLiteral("stopped_on"), IsoDate::format(today)}});
    });
}

QList<RecurringIssue> RecurringInvoices::issuedBy(qint64 id)
{
    schedule(id); // refuses an unknown id
    return RecurringRepository(m_ledger.database()).issues(id);
}

RecurringInvoices::RunResult RecurringInvoices::run(QDate asOf)
{
    RunResult result;
    result.asOf = asOf;
    RecurringRepository repository(m_ledger.database());
    struct Due
    {
        QDate date;
        RecurringSchedule schedule;
    };
    QList<Due> due;
    {
        const auto issued = repository.issuedDates();
        for (const auto& s : repository.schedules())
            if (s.isActive())
                for (const QDate& date : RecurringDates::through(s, asOf))
                    if (!issued.value(s.id).contains(date))
                        due << Due{date, s};
    }
    // Oldest first across schedules, so the numbers follow the issue dates.
    std::stable_sort(due.begin(), due.end(), [](const Due& a, const Due& b) {
        return a.date != b.date ? a.date < b.date : a.schedule.id < b.schedule.id;
    });

    QHash<qint64, Invoice> templates;
    for (const Due& d : due) {
        if (!templates.contains(d.schedule.templateInvoiceId)) {
            const auto found = InvoiceRepository(m_ledger.database()).findById(d.schedule.templateInvoiceId);
            if (!found)
                throw SettleError(SettleError::Kind::Runtime,
                                  QStringLiteral("schedule %1 lost its invoice").arg(d.schedule.id));
            templates.insert(found->id, *found);
        }
        const Invoice& templateInvoice = templates[d.schedule.templateInvoiceId];
        try {
            // One write per invoice: on PostgreSQL a failed insert spoils its whole transaction, so a date
            // another process issued first can only be skipped by rolling back that date's write alone;
            // the invoices issued before it stay. The write opens with no flags and gains them only when
            // it issues, so a date found issued makes no view reload.
            std::optional<RecurringIssue> issue = m_ledger.write(Ledger::Changes(), [&](AuditLog& audit) {
                std::optional<RecurringIssue> made;
                if (repository.isIssued(d.schedule.id, d.date))
                    return made;
                // The draft, the schedule's row and the number in one transaction: the row's primary key
                // stops a second issuer before it takes a number, and a rollback gives the number back.
                const qint64 draftId = m_ledger.createDraft(copyOf(templateInvoice, d.date));
                const bool claimed = m_ledger.write(Ledger::Change::Recurring, [&](AuditLog&) {
                    return repository.insertIssue(d.schedule.id, d.date, draftId);
                });
                if (!claimed)
                    throw IssuedElsewhere(); // rolls the draft back with the write

                const Invoice invoice = m_ledger.issue(draftId, d.date);
                audit.record(QStringLiteral("recurring"), QString::number(d.schedule.id), QStringLiteral("issue"),
                             {},
                             Json::Object{{QStringLiteral("date"), IsoDate::format(d.date)},
                                          {QStringLiteral("invoice"), invoice.number}});
                made = RecurringIssue{d.schedule.id, invoice.id, invoice.number, d.schedule.customerCode,
                                      d.date, invoice.totalMoney(), 0};
                if (d.schedule.send) {
                    // Composed first, outside any nested write: a refusal there (no email address any
                    // more) must not spoil this write, since the invoice matters more than its email.
                    InvoiceMail mail(m_ledger);
                    std::optional<OutboxMessage> message;
                    try {
                        message = mail.compose(invoice.number, d.date);
                    } catch (const SettleError& e) {
                        if (e.kind() != SettleError::Kind::BadInput)
                            throw;
                        made->mailProblem = e.message();
                    }
                    if (message)
                        made->outboxId = mail.queue(std::move(*message));
                }
                return made;
            });
            if (issue)
                result.issued << *issue;
        } catch (const IssuedElsewhere&) {
            spdlog::info("repeating invoice {} of schedule {} was issued by another process",
                         IsoDate::format(d.date).toStdString(), d.schedule.id);
        } catch (const StorageError& e) {
            // Another process issued this date between our reading and our insert: its transaction
            // holds the date, ours rolled back whole (draft and number too). Anything else is a failure.
            if (e.cause() != StorageError::Cause::Conflict || !repository.isIssued(d.schedule.id, d.date))
                throw;
            spdlog::info("repeating invoice {} of schedule {} was issued by another process",
                         IsoDate::format(d.date).toStdString(), d.schedule.id);
        }
    }
    spdlog::info("repeating invoices at {}: issued {}", IsoDate::format(asOf).toStdString(), result.issued.size());
    return result;
}

} // namespace settle
