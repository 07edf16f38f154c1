#pragma once

#include "domain/Installment.h"
#include "domain/InvoiceEvent.h"

#include <QHash>
#include <QList>

#include <memory>

namespace settle {

class Database;
class Statement;

// Invoice events (disputes, promises, extensions, holds), the invoice and customer columns that show
// their current state, and installment plans (tables invoice_events, invoice_installments).
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

private:
    QList<InvoiceEvent> select(const QString& where, std::initializer_list<QVariant> values);
    void requireOneRow(const Statement& statement, const QString& what);

    Database& m_db;
    std::unique_ptr<Statement> m_insert;
};

} // namespace settle
