#include "InvoiceEventsAdapter.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"

#if __has_include("followup/InvoiceEvents.h")
#include "followup/InvoiceEvents.h"
#define SETTLE_HAVE_INVOICE_EVENTS 1
#endif

namespace settle {

#ifdef SETTLE_HAVE_INVOICE_EVENTS

bool InvoiceEventsAdapter::available()
{
    return true;
}

void InvoiceEventsAdapter::dispute(Ledger& ledger, const QString& number, const QString& reason, QDate on)
{
    InvoiceEvents(ledger).dispute(number, reason, on);
    Q_EMIT ledger.invoicesChanged();
}

void InvoiceEventsAdapter::resolve(Ledger& ledger, const QString& number, QDate on)
{
    InvoiceEvents(ledger).resolve(number, on);
    Q_EMIT ledger.invoicesChanged();
}

void InvoiceEventsAdapter::promise(Ledger& ledger, const QString& number, QDate until)
{
    InvoiceEvents(ledger).promise(number, until);
    Q_EMIT ledger.invoicesChanged();
}

void InvoiceEventsAdapter::extend(Ledger& ledger, const QString& number, QDate to)
{
    InvoiceEvents(ledger).extend(number, to);
    Q_EMIT ledger.invoicesChanged();
}

#else

namespace {
[[noreturn]] void missing()
{
    throw SettleError(SettleError::Kind::Usage, QStringLiteral("this build has no follow-up engine yet"));
}
} // namespace

bool InvoiceEventsAdapter::available()
{
    return false;
}
void InvoiceEventsAdapter::dispute(Ledger&, const QString&, const QString&, QDate) { missing(); }
void InvoiceEventsAdapter::resolve(Ledger&, const QString&, QDate) { missing(); }
void InvoiceEventsAdapter::promise(Ledger&, const QString&, QDate) { missing(); }
void InvoiceEventsAdapter::extend(Ledger&, const QString&, QDate) { missing(); }

#endif

} // namespace settle
