#pragma once

#include "domain/OutboxMessage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace settle {

class EmailPreviewDialog;
class LedgerSession;

// An issued invoice by email from the app: composed by the core's InvoiceMail as of today, read by the
// bookkeeper first, queued in the outbox only when they say so. What goes wrong (a customer without an
// email address, a void invoice) is said through `Say` and nothing is queued.
class InvoiceEmail
{
    Q_DECLARE_TR_FUNCTIONS(settle::InvoiceEmail)

public:
    using Say = std::function<void(const QString& text, bool problem)>;

    // The message as it would be queued; std::nullopt after saying why it cannot be. `einvoice` attaches
    // that e-invoice format ("" the plain PDF) instead of the customer's preferred one.
    static std::optional<OutboxMessage> compose(LedgerSession& session, const QString& number, const Say& say,
                                                const std::optional<QString>& einvoice = {});
    // Opens the preview (window-modal, deletes itself); its Queue button queues the message shown.
    // nullptr after saying why when there is nothing to show.
    static EmailPreviewDialog* preview(LedgerSession& session, const QString& number, QWidget* parent, Say say,
                                       const std::optional<QString>& einvoice = {});
    // Queues a composed message; the outbox id, or 0 after saying why not.
    static qint64 queue(LedgerSession& session, const OutboxMessage& message, const Say& say);
};

} // namespace settle
