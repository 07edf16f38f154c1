#pragma once

#include "domain/Installment.h"
#include "domain/InvoiceEvent.h"
#include "domain/PaymentPlan.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace settle {

class Database;
class Statement;

// Invoice events (disputes, promises, extensions, holds), the invoice and customer columns that show
// their current state, installment plans and the payment plans agreed for them (tables invoice_events,
// invoice_installments, payment_plans).
class InvoiceEventRepository
{
public:
    explicit InvoiceEventRepository(Database& db);
    ~InvoiceEventRepository();

    qint64 insert(const InvoiceEvent& event);
    // With invoice numbers and customer codes, in date order (then in the order recorded).
    QList<InvoiceEvent> forInvoice(qint64 invoiceId);
    QList<InvoiceEvent> forCustomer(qint64 customerId);
    // The events that pause follow-ups (dispute, resolve, promise) of every invoice, in date order.
    QHash<qint64, QList<InvoiceEvent>> pausingByInvoice();
    // Promises whose until date is before `d`, not replaced by a later promise made by then, and
    // not yet judged kept or broken.
    QList<InvoiceEvent> promisesAwaitingVerdict(QDate d);

    // The invoice's current-state columns; each refuses (Conflict) when `version` is stale.
    void setDispute(qint64 invoiceId, QDate disputedOn, const QString& reason, int version); // invalid date clears
    void setPromiseUntil(qint64 invoiceId, QDate until, int version);
    void setExtendedDueDate(qint64 invoiceId, QDate due, int version);
    void setOnHold(qint64 customerId, bool onHold, int version);

    QList<Installment> installments(qint64 invoiceId);
    QHash<qint64, QList<Installment>> allInstallments();
    void replaceInstallments(qint64 invoiceId, const QList<Installment>& installments);
    // The highest installment number the invoice has had, in its plan or in its follow-up history
    // (0 when none).
    int lastInstallmentNumber(qint64 invoiceId);

    // Payment plans (table payment_plans), without lines and balances: PaymentPlans adds those.
    qint64 insertPlan(const PaymentPlan& plan, const QDateTime& recordedAt);
    // Refuses (Conflict) when the plan is no longer in force: another process cancelled it first.
    void cancelPlan(qint64 planId, QDate on, const QDateTime& recordedAt);
    std::optional<PaymentPlan> planInForce(qint64 invoiceId);
    // Every plan of the invoice, oldest first.
    QList<PaymentPlan> plans(qint64 invoiceId);
    // The plans in force on the customer's invoices, by invoice number.
    QList<PaymentPlan> plansInForce(qint64 customerId);

private:
    QList<InvoiceEvent> select(const QString& where, std::initializer_list<QVariant> values);
    void requireOneRow(const Statement& statement, const QString& what);

    Database& m_db;
    std::unique_ptr<Statement> m_insert;
};

} // namespace settle
