#include "ledger/InvoiceBook.h"

#include "dates/Clock.h"
#include "domain/InputLimits.h"
#include "io/EntityJson.h"
#include "ledger/InputGuard.h"
#include "ledger/LedgerStores.h"
#include "ledger/SettingKeys.h"
#include "mail/Outbox.h"
#include "money/Decimal.h"
#include "storage/AuditLog.h"
#include "storage/LedgerTotalsRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TermsRepository.h"

namespace settle {

InvoiceBook::InvoiceBook(Ledger& ledger, LedgerStores& stores) : m_ledger(ledger), m_stores(stores) {}

QList<InvoiceRepository::Listed> InvoiceBook::list(const InvoiceRepository::Filter& filter, QDate asOf)
{
    if (!filter.customerCode.isEmpty())
        m_ledger.requireCustomer(filter.customerCode);
    return m_stores.invoices().list(filter, asOf);
}

Invoice InvoiceBook::require(const QString& number)
{
    auto found = m_stores.invoices().findByNumber(number);
    if (!found)
        InputGuard::refuse(QStringLiteral("no invoice has the number \"%1\"").arg(number));
    return *found;
}

Ledger::InvoiceDetail InvoiceBook::detail(const QString& number, QDate asOf)
{
    Ledger::InvoiceDetail detail;
    detail.invoice = require(number);
    const Invoice& found = detail.invoice;
    detail.balance = m_stores.invoices().balance(found.id, asOf);
    for (const auto& applied : m_stores.invoices().applied(found.id))
        if (applied.allocation.date <= asOf)
            detail.applied << applied;
    // The state as it stood on the as-of date, not as it stands today.
    detail.statusAsOf = found.status;
    if (found.voidedOn.isValid())
        detail.statusAsOf = found.voidedOn <= asOf ? InvoiceStatus::Void : InvoiceStatus::Open;
    else if (found.closedOn.isValid() && found.closedOn > asOf)
        detail.statusAsOf = InvoiceStatus::Open;
    return detail;
}

qint64 InvoiceBook::count(const InvoicePageRepository::Query& query, QDate asOf)
{
    return InvoicePageRepository(m_stores.database()).count(query, asOf);
}

QList<InvoicePageRepository::Row> InvoiceBook::page(const InvoicePageRepository::Query& query, QDate asOf,
                                                    qint64 offset, int limit)
{
    return InvoicePageRepository(m_stores.database()).page(query, asOf, offset, limit);
}

QHash<QString, PaymentTerms> InvoiceBook::termsByName()
{
    QHash<QString, PaymentTerms> result;
    for (const auto& stored : m_stores.terms().stored())
        result.insert(stored.terms.name, stored.terms);
    return result;
}

QString InvoiceBook::prefix() const
{
    return m_stores.settings().value(SettingKeys::InvoicePrefix, SettingKeys::InvoicePrefix.defaultValue());
}

qint64 InvoiceBook::createDraft(Invoice draft)
{
    const Customer customer = m_ledger.requireCustomer(draft.customerCode);
    if (draft.lines.isEmpty())
        InputGuard::refuse(QStringLiteral("an invoice needs at least one line"));
    for (const auto& line : draft.lines) {
        if (line.quantity < 0 || line.unitPrice < 0)
            InputGuard::refuse(QStringLiteral("a negative line on an invoice: corrections are credit notes"));
        InputGuard::requireText(InputLimits::Field::Description, line.description,
                                QStringLiteral("a line's description"));
    }
    draft.customerId = customer.id;
    draft.number.clear();
    draft.status = InvoiceStatus::Draft;
    if (draft.currency.isEmpty())
        draft.currency = customer.currency;
    if (draft.terms.name.isEmpty())
        draft.terms = termsByName().value(customer.terms);
    if (!draft.issueDate.isValid())
        draft.issueDate = m_ledger.clock().today();
    if (!draft.dueDate.isValid())
        draft.dueDate = draft.terms.dueDate(draft.issueDate);
    InputGuard::requireDate(draft.issueDate, QStringLiteral("the issue date"));
    InputGuard::requireDate(draft.dueDate, QStringLiteral("the due date"));
    const auto currency = Currency::fromCode(draft.currency);
    if (!currency)
        InputGuard::refuse(QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(draft.currency));
    {
        // Each line, and the sum, in 128 bits before the 64-bit totals are computed.
        WideInt total = 0;
        for (const auto& line : draft.lines) {
            const WideInt amount = Decimal::divideRoundedWide(WideInt(line.quantity) * line.unitPrice,
                                                              Decimal::pow10(InvoiceLine::QuantityDecimals));
            if (const QString problem = InputLimits::amountProblem(amount, *currency); !problem.isEmpty())
                InputGuard::refuse(QStringLiteral("a line's quantity × unit price: ") + problem);
            total += amount + Decimal::divideRoundedWide(amount * line.taxRate.millionths(), Rate::Scale);
        }
        if (const QString problem = InputLimits::amountProblem(total, *currency); !problem.isEmpty())
            InputGuard::refuse(QStringLiteral("the invoice's total: ") + problem);
    }
    draft.computeTotals();
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InputGuard::requireTotalsWithinLimits(LedgerTotalsRepository(m_stores.database()).invoicedByCustomer(),
                                              customer.id, customer.code, draft.total, *currency,
                                              QStringLiteral("invoice"));
        const qint64 id = m_stores.invoices().insert(draft);
        audit.record(QStringLiteral("invoice"), QStringLiteral("draft-%1").arg(id), QStringLiteral("create"), {},
                     EntityJson::invoice(draft));
        return id;
    });
}

Invoice InvoiceBook::issue(qint64 draftId, QDate issueDate)
{
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository& invoices = m_stores.invoices();
        const auto found = invoices.findById(draftId);
        if (!found || found->status != InvoiceStatus::Draft)
            InputGuard::refuse(QStringLiteral("there is no draft invoice %1 to issue").arg(draftId));
        Invoice issued = *found;
        const QString numberPrefix = prefix();
        const auto existing = invoices.numberIndex();
        do {
            // Taken inside this transaction: a failure gives the number back, so none is ever skipped.
            issued.number =
                numberPrefix + QString::number(invoices.takeNextNumber(numberPrefix)).rightJustified(4, u'0');
        } while (existing.contains(issued.number));
        const bool dueFromTerms = found->dueDate == found->terms.dueDate(found->issueDate);
        issued.issueDate = issueDate;
        if (dueFromTerms)
            issued.dueDate = issued.terms.dueDate(issueDate);
        issued.status = InvoiceStatus::Open;
        invoices.markIssued(draftId, issued, found->version);
        audit.record(QStringLiteral("invoice"), issued.number, QStringLiteral("issue"), EntityJson::invoice(*found),
                     EntityJson::invoice(issued));
        return issued;
    });
}

void InvoiceBook::voidInvoice(const QString& number, QDate on)
{
    m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        const Invoice found = require(number);
        if (found.status != InvoiceStatus::Open)
            InputGuard::refuse(QStringLiteral("invoice %1 is %2; only an open invoice can be voided")
                                   .arg(number, toString(found.status)));
        if (!m_stores.invoices().applied(found.id).isEmpty())
            InputGuard::refuse(
                QStringLiteral("invoice %1 has payments or credits; issue a credit note instead of voiding it")
                    .arg(number));
        m_stores.invoices().markVoid(found.id, on, found.version);
        Invoice after = found;
        after.status = InvoiceStatus::Void;
        after.voidedOn = on;
        audit.record(QStringLiteral("invoice"), number, QStringLiteral("void"), EntityJson::invoice(found),
                     EntityJson::invoice(after));
        Outbox(m_ledger).dismissSettled(found.customerId,
                                        QStringLiteral("the invoices it reminds of were voided before it was sent"));
    });
}

CreditNote InvoiceBook::issueCreditNote(const QString& invoiceNumber, const Money& amount, QDate on,
                                        const QString& reason)
{
    InputGuard::requireDate(on, QStringLiteral("the credit note's date"));
    InputGuard::requireText(InputLimits::Field::Reason, reason, QStringLiteral("the reason"));
    return m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository& invoices = m_stores.invoices();
        const Invoice found = require(invoiceNumber);
        if (found.status != InvoiceStatus::Open)
            InputGuard::refuse(QStringLiteral("invoice %1 is %2; a credit note needs an open invoice")
                                   .arg(invoiceNumber, toString(found.status)));
        if (amount.currency().code() != found.currency)
            InputGuard::refuse(QStringLiteral("the credit note is in %1, the invoice in %2")
                                   .arg(amount.currency().code(), found.currency));
        const qint64 balance = invoices.balance(found.id, QDate(9999, 12, 31));
        if (!amount.isPositive() || amount.minor() > balance)
            InputGuard::refuse(QStringLiteral("a credit note for %1 must be more than zero and at most the balance %2")
                                   .arg(invoiceNumber, EntityJson::amount(balance, found.currency)));
        CreditNote note;
        note.number = QStringLiteral("CN-") +
                      QString::number(invoices.takeNextNumber(QStringLiteral("CN-"))).rightJustified(4, u'0');
        note.invoiceId = found.id;
        note.invoiceNumber = invoiceNumber;
        note.date = on;
        note.amount = amount.minor();
        note.reason = reason;
        note.id = invoices.insertCreditNote(note);
        Allocation allocation;
        allocation.invoiceId = found.id;
        allocation.creditNoteId = note.id;
        allocation.kind = Allocation::Kind::CreditNote;
        allocation.date = on;
        allocation.amount = note.amount;
        invoices.insertAllocation(allocation);
        if (balance - note.amount <= 0)
            invoices.markClosed(found.id, InvoiceStatus::Paid, on);
        audit.record(QStringLiteral("credit_note"), note.number, QStringLiteral("create"), {},
                     EntityJson::creditNote(note, found.currency));
        if (balance - note.amount <= 0)
            Outbox(m_ledger).dismissSettled(
                found.customerId, QStringLiteral("the invoices it reminds of were credited before it was sent"));
        return note;
    });
}

void InvoiceBook::writeOff(const QString& invoiceNumber, QDate on)
{
    m_ledger.write(Ledger::Change::Invoices, [&](AuditLog& audit) {
        InvoiceRepository& invoices = m_stores.invoices();
        const auto found = invoices.findByNumber(invoiceNumber);
        if (!found || found->status != InvoiceStatus::Open)
            InputGuard::refuse(QStringLiteral("there is no open invoice \"%1\" to write off").arg(invoiceNumber));
        const qint64 balance = invoices.balance(found->id, QDate(9999, 12, 31));
        Allocation allocation;
        allocation.invoiceId = found->id;
        allocation.kind = Allocation::Kind::WriteOff;
        allocation.date = on;
        allocation.amount = balance;
        invoices.insertAllocation(allocation);
        invoices.markClosed(found->id, InvoiceStatus::WrittenOff, on);
        Invoice after = *found;
        after.status = InvoiceStatus::WrittenOff;
        audit.record(QStringLiteral("invoice"), invoiceNumber, QStringLiteral("write_off"),
                     EntityJson::invoice(*found), EntityJson::invoice(after));
        Outbox(m_ledger).dismissSettled(
            found->customerId, QStringLiteral("the invoices it reminds of were written off before it was sent"));
    });
}

} // namespace settle
