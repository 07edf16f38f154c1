#pragma once

#include "domain/OutboxMessage.h"

#include <QDate>
#include <QString>

#include <optional>

namespace settle {

class Ledger;

// An issued invoice by email: the customer's `invoice` template rendered in their language, addressed
// like every message to a customer (Outbox::toCustomer: To their email, CC their cc), with the invoice
// PDF (as of the given date) attached, or the e-invoice the customer prefers (InvoiceAttachment).
class InvoiceMail
{
public:
    explicit InvoiceMail(Ledger& ledger) : m_ledger(ledger) {}

    // The message as it would be queued, not checked or queued: what a preview shows. Throws
    // SettleError(BadInput) for an unknown invoice, a draft or a void one, and a customer without an
    // email address (naming the customer). Needs a QGuiApplication (the PDF is drawn with QPainter).
    // `einvoice` chooses the attachment in place of the customer's preferred e-invoice format ("" for
    // the plain PDF; docs/EINVOICE.md).
    OutboxMessage compose(const QString& invoiceNumber, QDate asOf, const std::optional<QString>& einvoice = {});
    // compose() and queue the message in one write with its audit row (joining the caller's write, as
    // issuing a repeating invoice does). Returns the outbox id. On any refusal nothing is queued.
    qint64 queue(const QString& invoiceNumber, QDate asOf);
    // A message composed earlier (and perhaps edited in the preview) queued as it is: checked by
    // Outbox::queue, one write with its audit row. Returns the outbox id.
    qint64 queue(OutboxMessage message);

    // The template key.
    static QString templateKey() { return QStringLiteral("invoice"); }

private:
    Ledger& m_ledger;
};

} // namespace settle
