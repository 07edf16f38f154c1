#include "followup/InvoiceEvents.h"

#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "io/EntityJson.h"
#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/InvoiceRepository.h"

namespace settle {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

QString date(QDate d)
{
    return IsoDate::format(d);
}

// The invoice columns that show the current state of its events, for the audit's before/after.
Json stateJson(const Invoice& i)
{
    auto optional = [](QDate d) { return d.isValid() ? Json(IsoDate::format(d)) : Json(); };
    return Json::Object{
        {QStringLiteral("number"), i.number},
        {QStringLiteral("due_date"), date(i.dueDate)},
        {QStringLiteral("extended_due_date"), optional(i.extendedDueDate)},
        {QStringLiteral("disputed_on"), optional(i.disputedOn)},
        {QStringLiteral("dispute_reason"), i.disputeReason.isEmpty() ? Json() : Json(i.disputeReason)},
        {QStringLiteral("promise_until"), optional(i.promiseUntil)}};
}

Json eventJson(const InvoiceEvent& e)
{
    return Json::Object{{QStringLiteral("event"), InvoiceEvent::kindName(e.kind)},
                        {QStringLiteral("date"), date(e.date)},
                        {QStringLiteral("until"), e.until.isValid() ? Json(date(e.until)) : Json()},
                        {QStringLiteral("reason"), e.reason.isEmpty() ? Json() : Json(e.reason)}};
}

Invoice requireInvoice(InvoiceRepository& invoices, const QString& number)
{
    auto found = invoices.findByNumber(number);
    if (!found || found->status == InvoiceStatus::Draft)
        badInput(QStringLiteral("no invoice has the number \"%1\"").arg(number));
    return *found;
}

// An event of `kind` on `invoice`, dated `on` and recorded now.
InvoiceEvent eventOn(const Invoice& invoice, InvoiceEvent::Kind kind, QDate on, const QDateTime& now)
{
    InvoiceEvent event;
    event.invoiceId = invoice.id;
    event.customerId = invoice.customerId;
    event.invoiceNumber = invoice.number;
    event.customerCode = invoice.customerCode;
    event.kind = kind;
    event.date = on;
    event.recordedAt = now;
    return event;
}

void requireOpen(const Invoice& invoice, const QString& what)
{
    if (invoice.status != InvoiceStatus::Open)
        badInput(QStringLiteral("invoice %1 is %2; only an open invoice can %3")
                     .arg(invoice.number, toString(invoice.status), what));
}

void requireNotBeforeIssue(const Invoice& invoice, QDate on, const QString& what)
{
    if (on < invoice.issueDate)
        badInput(QStringLiteral("invoice %1: the %2 %3 is before the invoice's issue date %4")
                     .arg(invoice.number, what, date(on), date(invoice.issueDate)));
}

// The day something was agreed with the customer: given, or today. A pause starts that day, so a day
// still to come would pause nothing yet and one before the invoice existed is a typing error.
QDate agreedOn(const Invoice& invoice, QDate on, QDate today, const QString& what)
{
    if (!on.isValid())
        on = today;
    else if (on > today)
        badInput(QStringLiteral("invoice %1: the %2's agreed date %3 is in the future (today is %4)")
                     .arg(invoice.number, what, date(on), date(today)));
    requireNotBeforeIssue(invoice, on, QStringLiteral("%1's agreed date").arg(what));
    return on;
}

} // namespace

InvoiceEvents::InvoiceEvents(Ledger& ledger)
    : m_ledger(ledger), m_events(std::make_unique<InvoiceEventRepository>(ledger.database()))
{
}

InvoiceEvents::~InvoiceEvents() = default;

InvoiceEvent InvoiceEvents::dispute(const QString& number, const QString& reason, QDate on)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        const Invoice before = requireInvoice(invoices, number);
        requireOpen(before, QStringLiteral("be disputed"));
        if (reason.trimmed().isEmpty())
            badInput(QStringLiteral("invoice %1: a dispute needs a reason").arg(number));
        requireNotBeforeIssue(before, on, QStringLiteral("dispute date"));
        if (before.disputedOn.isValid())
            badInput(QStringLiteral("invoice %1 is already disputed since %2")
                         .arg(number, date(before.disputedOn)));
        InvoiceEvent event = eventOn(before, InvoiceEvent::Kind::Dispute, on, m_ledger.clock().now());
        event.reason = reason.trimmed();
        event.id = m_events->insert(event);
        m_events->setDispute(before.id, on, event.reason, before.version);
        Invoice after = before;
        after.disputedOn = on;
        after.disputeReason = event.reason;
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("dispute"), stateJson(before),
                     stateJson(after));
        return event;
    });
}

InvoiceEvent InvoiceEvents::resolve(const QString& number, QDate on)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        const Invoice before = requireInvoice(invoices, number);
        if (!before.disputedOn.isValid())
            badInput(QStringLiteral("invoice %1 is not disputed").arg(number));
        requireNotBeforeIssue(before, on, QStringLiteral("resolution date"));
        if (on < before.disputedOn)
            badInput(QStringLiteral("invoice %1: the resolution date %2 is before the dispute of %3")
                         .arg(number, date(on), date(before.disputedOn)));
        InvoiceEvent event = eventOn(before, InvoiceEvent::Kind::Resolve, on, m_ledger.clock().now());
        event.id = m_events->insert(event);
        m_events->setDispute(before.id, QDate(), QString(), before.version);
        Invoice after = before;
        after.disputedOn = QDate();
        after.disputeReason.clear();
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("resolve"), stateJson(before),
                     stateJson(after));
        return event;
    });
}

InvoiceEvent InvoiceEvents::promise(const QString& number, QDate until, QDate on)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        const Invoice before = requireInvoice(invoices, number);
        requireOpen(before, QStringLiteral("get a promise to pay"));
        requireNotBeforeIssue(before, until, QStringLiteral("promise date"));
        const QDate agreed = agreedOn(before, on, m_ledger.clock().today(), QStringLiteral("promise"));
        InvoiceEvent event = eventOn(before, InvoiceEvent::Kind::Promise, agreed, m_ledger.clock().now());
        event.until = until;
        event.id = m_events->insert(event);
        m_events->setPromiseUntil(before.id, until, before.version);
        Invoice after = before;
        after.promiseUntil = until;
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("promise"), stateJson(before),
                     stateJson(after));
        return event;
    });
}

InvoiceEvent InvoiceEvents::extend(const QString& number, QDate to, QDate on)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        const Invoice before = requireInvoice(invoices, number);
        requireOpen(before, QStringLiteral("be extended"));
        const QDate current = before.effectiveDueDate();
        if (to <= current)
            badInput(
                QStringLiteral("invoice %1: the new due date %2 must be later than the current due date %3")
                    .arg(number, date(to), date(current)));
        const QDate agreed = agreedOn(before, on, m_ledger.clock().today(), QStringLiteral("extension"));
        InvoiceEvent event = eventOn(before, InvoiceEvent::Kind::Extend, agreed, m_ledger.clock().now());
        event.until = to;
        event.reason = date(current); // the due date it replaces
        event.id = m_events->insert(event);
        m_events->setExtendedDueDate(before.id, to, before.version);
        Invoice after = before;
        after.extendedDueDate = to;
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("extend"), stateJson(before),
                     stateJson(after));
        return event;
    });
}

bool InvoiceEvents::setOnHold(const QString& customerCode, bool onHold)
{
    return m_ledger.write(Ledger::Change::Customers, [&](AuditLog& audit) {
        const Customer before = m_ledger.requireCustomer(customerCode);
        if (before.onHold == onHold)
            return false;
        m_events->setOnHold(before.id, onHold, before.version);
        InvoiceEvent event;
        event.customerId = before.id;
        event.customerCode = customerCode;
        event.kind = onHold ? InvoiceEvent::Kind::Hold : InvoiceEvent::Kind::Release;
        event.date = m_ledger.clock().today();
        event.recordedAt = m_ledger.clock().now();
        m_events->insert(event);
        Customer after = before;
        after.onHold = onHold;
        audit.record(QStringLiteral("customer"), customerCode, InvoiceEvent::kindName(event.kind),
                     EntityJson::customer(before), EntityJson::customer(after));
        return true;
    });
}

void InvoiceEvents::setInstallments(const QString& number, const QList<Installment>& plan)
{
    m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        const Invoice invoice = requireInvoice(invoices, number);
        requireOpen(invoice, QStringLiteral("get an installment plan"));
        // A payment plan's installments cover its agreed balance and are ended by cancelling it.
        if (const auto plan = m_events->planInForce(invoice.id))
            badInput(QStringLiteral("invoice %1 has a payment plan agreed on %2; cancel it first")
                         .arg(number, date(plan->agreedOn)));
        QList<Installment> numbered;
        qint64 sum = 0;
        for (qsizetype k = 0; k < plan.size(); ++k) {
            Installment installment = plan[k];
            installment.seq = int(k + 1);
            const QString where =
                QStringLiteral("invoice %1, installment %2").arg(number).arg(installment.seq);
            if (!installment.dueDate.isValid())
                badInput(QStringLiteral("%1: needs a due date").arg(where));
            if (installment.dueDate < invoice.issueDate)
                badInput(QStringLiteral("%1: the due date %2 is before the invoice's issue date %3")
                             .arg(where, date(installment.dueDate), date(invoice.issueDate)));
            if (k > 0 && installment.dueDate <= numbered.last().dueDate)
                badInput(QStringLiteral("%1: the due date %2 is not after installment %3's %4")
                             .arg(where, date(installment.dueDate))
                             .arg(k)
                             .arg(date(numbered.last().dueDate)));
            if (installment.amount <= 0)
                badInput(QStringLiteral("%1: the amount must be more than zero").arg(where));
            sum += installment.amount;
            numbered << installment;
        }
        if (!numbered.isEmpty() && sum != invoice.total)
            badInput(QStringLiteral("invoice %1: the installments add up to %2, the invoice total is %3")
                         .arg(number, EntityJson::amount(sum, invoice.currency),
                              EntityJson::amount(invoice.total, invoice.currency)));
        auto planJson = [&](const QList<Installment>& list) {
            Json::Array array;
            for (const auto& i : list)
                array << Json(
                    Json::Object{{QStringLiteral("seq"), i.seq},
                                 {QStringLiteral("due_date"), date(i.dueDate)},
                                 {QStringLiteral("amount"), EntityJson::amount(i.amount, invoice.currency)}});
            return Json(array);
        };
        const auto before = m_events->installments(invoice.id);
        m_events->replaceInstallments(invoice.id, numbered);
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("installments"), planJson(before),
                     planJson(numbered));
    });
}

QList<Installment> InvoiceEvents::installments(const QString& number)
{
    InvoiceRepository invoices(m_ledger.database());
    return m_events->installments(requireInvoice(invoices, number).id);
}

QList<InvoiceEvent> InvoiceEvents::forInvoice(const QString& number)
{
    InvoiceRepository invoices(m_ledger.database());
    return m_events->forInvoice(requireInvoice(invoices, number).id);
}

QList<InvoiceEvent> InvoiceEvents::forCustomer(const QString& customerCode)
{
    return m_events->forCustomer(m_ledger.requireCustomer(customerCode).id);
}

int InvoiceEvents::brokenPromises(const QString& customerCode)
{
    int count = 0;
    for (const auto& event : forCustomer(customerCode))
        count += event.kind == InvoiceEvent::Kind::PromiseBroken ? 1 : 0;
    return count;
}

QList<InvoiceEvent> InvoiceEvents::judgePromises(QDate d)
{
    // No flags until a verdict is written: most runs judge nothing, and then no view needs to read again.
    return m_ledger.write(Ledger::Changes(), [&](AuditLog& audit) {
        InvoiceRepository invoices(m_ledger.database());
        QList<InvoiceEvent> verdicts;
        for (const auto& promise : m_events->promisesAwaitingVerdict(d)) {
            InvoiceEvent verdict;
            verdict.invoiceId = promise.invoiceId;
            verdict.customerId = promise.customerId;
            verdict.invoiceNumber = promise.invoiceNumber;
            verdict.customerCode = promise.customerCode;
            verdict.until = promise.until;
            verdict.recordedAt = m_ledger.clock().now();
            // Dated by what happened, not by when the engine looked, so that the record does not depend
            // on which days it ran.
            if (invoices.balance(promise.invoiceId, promise.until) <= 0) {
                verdict.kind = InvoiceEvent::Kind::PromiseKept;
                const auto invoice = invoices.findById(promise.invoiceId);
                verdict.date = invoice && invoice->closedOn.isValid() && invoice->closedOn <= promise.until
                                   ? invoice->closedOn
                                   : promise.until;
            } else {
                verdict.kind = InvoiceEvent::Kind::PromiseBroken;
                verdict.date = promise.until.addDays(1);
            }
            verdict.id = m_events->insert(verdict);
            audit.record(QStringLiteral("invoice"), promise.invoiceNumber,
                         InvoiceEvent::kindName(verdict.kind), eventJson(promise), eventJson(verdict));
            verdicts << verdict;
        }
        if (!verdicts.isEmpty())
            m_ledger.write(Ledger::Change::Invoices, [](AuditLog&) {});
        return verdicts;
    });
}

} // namespace settle
