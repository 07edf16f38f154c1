#include "invoices/InvoiceEmail.h"

#include "shell/LedgerSession.h"
#include "widgets/EmailPreviewDialog.h"
#include "widgets/Guarded.h"

#include "mail/InvoiceMail.h"

namespace settle {

std::optional<OutboxMessage> InvoiceEmail::compose(LedgerSession& session, const QString& number, const Say& say,
                                                   const std::optional<QString>& einvoice)
{
    if (!session.isOpen() || number.isEmpty())
        return std::nullopt;
    OutboxMessage message;
    if (!Guarded::run([&] { message = InvoiceMail(session.ledger()).compose(number, session.today(), einvoice); },
                      [&](const QString& why) { say(tr("%1 cannot be emailed: %2").arg(number, why), true); }))
        return std::nullopt;
    return message;
}

EmailPreviewDialog* InvoiceEmail::preview(LedgerSession& session, const QString& number, QWidget* parent, Say say,
                                          const std::optional<QString>& einvoice)
{
    const auto message = compose(session, number, say, einvoice);
    if (!message)
        return nullptr;
    auto* dialog = new EmailPreviewDialog(*message, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Email %1").arg(number));
    QObject::connect(dialog, &QDialog::accepted, dialog,
                     [&session, dialog, say] { queue(session, dialog->message(), say); });
    QObject::connect(dialog, &QDialog::rejected, dialog, [say] { say(tr("Nothing was queued."), false); });
    dialog->open();
    return dialog;
}

qint64 InvoiceEmail::queue(LedgerSession& session, const OutboxMessage& message, const Say& say)
{
    if (!session.isOpen())
        return 0;
    qint64 id = 0;
    if (!Guarded::run([&] { id = InvoiceMail(session.ledger()).queue(message); },
                      [&](const QString& why) { say(tr("Not queued: %1").arg(why), true); }))
        return 0;
    say(tr("The email to %1 is queued in the outbox with the invoice attached.").arg(message.to), false);
    return id;
}

} // namespace settle
