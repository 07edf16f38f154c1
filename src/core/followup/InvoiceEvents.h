#pragma once

#include "domain/Installment.h"
#include "domain/InvoiceEvent.h"

#include <QList>
#include <QString>

#include <memory>

namespace settle {

class InvoiceEventRepository;
class Ledger;

// The events that pause or shift follow-ups, each kept with its date in the ledger and the audit
// log: dispute and resolve, promise to pay, due-date extension, customer hold and
// release, and installment plans. Bad input is refused with a message naming the invoice or
// customer, and changes nothing.
class InvoiceEvents
{
public:
    explicit InvoiceEvents(Ledger& ledger);
    ~InvoiceEvents();

    InvoiceEvent dispute(const QString& number, const QString& reason, QDate on);
    InvoiceEvent resolve(const QString& number, QDate on);
    // Agreed `on` (invalid: today; never in the future nor before the issue date), which is the day
    // the pause starts; `until` may already have passed (bookkeepers record after the fact), but not
    // lie before the invoice was issued.
    InvoiceEvent promise(const QString& number, QDate until, QDate on = QDate());
    // A new due date later than the current one, agreed `on` (as for promise()); the original due
    // date is kept.
    InvoiceEvent extend(const QString& number, QDate to, QDate on = QDate());
    // False when the customer already was in that state (then nothing is recorded).
    bool setOnHold(const QString& customerCode, bool onHold);

    // Replaces the invoice's installment plan (an empty list removes it). The due dates must be
    // in order and not before the issue date; the amounts must add up to the invoice total.
    void setInstallments(const QString& number, const QList<Installment>& plan);
    QList<Installment> installments(const QString& number);

    QList<InvoiceEvent> forInvoice(const QString& number);
    QList<InvoiceEvent> forCustomer(const QString& customerCode);
    int brokenPromises(const QString& customerCode);

    // For the follow-up run, joining its write: every promise that ran out before `d` and
    // was not replaced is judged once — kept when the balance was zero on its until date, broken
    // otherwise (dated the day after) — and the verdict is recorded.
    QList<InvoiceEvent> judgePromises(QDate d);

private:
    Ledger& m_ledger;
    std::unique_ptr<InvoiceEventRepository> m_events;
};

} // namespace settle
