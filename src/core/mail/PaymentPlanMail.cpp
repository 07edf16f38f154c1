#include "mail/PaymentPlanMail.h"

#include "errors/SettleError.h"

namespace settle {

OutboxMessage PaymentPlanMail::compose(const QString& invoiceNumber)
{
    throw SettleError(SettleError::Kind::Runtime, QStringLiteral("not built yet: %1").arg(invoiceNumber));
}

qint64 PaymentPlanMail::queue(const QString& invoiceNumber)
{
    compose(invoiceNumber);
    return 0;
}

} // namespace settle
