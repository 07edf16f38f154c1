#include "bank/BankMatcher.h"

#include "ledger/PaymentAllocator.h"

#include <QSet>

#include <algorithm>

namespace settle {

BankMatcher::BankMatcher(const OpenItems& open, const QList<Payer>& customers,
                         const QHash<QString, qint64>& payerIbans)
    : m_open(open), m_payerIbans(payerIbans)
{
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        for (const OpenItem& item : it.value())
            if (const auto key = InvoiceReference::keyOf(item.number))
                m_byDigits[key->digits] << Indexed{item.invoiceId, it.key().first, item.currency, key->prefix};
    QSet<QString> repeated;
    for (const Payer& customer : customers) {
        const QString name = normalisedName(customer.name);
        if (name.isEmpty())
            continue;
        if (m_customerByName.contains(name))
            repeated.insert(name);
        m_customerByName.insert(name, customer.id);
    }
    // Two customers of one name: the name says nothing about which one paid.
    for (const QString& name : std::as_const(repeated))
        m_customerByName.remove(name);
}

QString BankMatcher::normalisedName(const QString& name)
{
    return name.simplified().toCaseFolded();
}

void BankMatcher::sortOldestFirst(QList<OpenItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const OpenItem& a, const OpenItem& b) {
        if (a.effectiveDueDate != b.effectiveDueDate)
            return a.effectiveDueDate < b.effectiveDueDate;
        return PaymentAllocator::numberLess(a.number, b.number);
    });
}

const OpenItem* BankMatcher::current(const Indexed& invoice) const
{
    const auto items = m_open.constFind({invoice.customerId, invoice.currency});
    if (items == m_open.cend())
        return nullptr;
    for (const OpenItem& item : *items)
        if (item.invoiceId == invoice.invoiceId)
            return item.balance > 0 ? &item : nullptr;
    return nullptr;
}

QList<BankMatcher::Indexed> BankMatcher::named(const BankEntry& entry) const
{
    QList<Indexed> result;
    QList<bool> withInvoicePrefix; // parallel to result
    QSet<qint64> seen;
    const QString text = entry.text + u' ' + entry.structuredReference;
    for (const InvoiceReference::Key& mention : InvoiceReference::mentions(text)) {
        const auto candidates = m_byDigits.constFind(mention.digits);
        if (candidates == m_byDigits.cend())
            continue;
        QList<Indexed> open;
        for (const Indexed& candidate : *candidates)
            if (candidate.currency == entry.currency && current(candidate))
                open << candidate;
        // The prefix written decides when it is one of the invoices' prefixes; otherwise it is a word
        // like "Rechnung" or "Nr." and the number alone must name a single open invoice.
        QList<Indexed> withPrefix;
        for (const Indexed& candidate : std::as_const(open))
            if (!mention.prefix.isEmpty() && candidate.prefix == mention.prefix)
                withPrefix << candidate;
        const QList<Indexed>& chosen = withPrefix.isEmpty() ? open : withPrefix;
        if (chosen.size() != 1)
            continue;
        if (!seen.contains(chosen.first().invoiceId)) {
            seen.insert(chosen.first().invoiceId);
            result << chosen.first();
            withInvoicePrefix << !withPrefix.isEmpty();
        }
    }
    // A number written with an invoice prefix is surer than a bare one ("INV0008 ... Kd-Nr. 2"): when
    // there are such, a bare number counts only for the same customer.
    QSet<qint64> surely;
    for (qsizetype i = 0; i < result.size(); ++i)
        if (withInvoicePrefix[i])
            surely.insert(result[i].customerId);
    if (surely.isEmpty())
        return result;
    QList<Indexed> kept;
    for (qsizetype i = 0; i < result.size(); ++i)
        if (withInvoicePrefix[i] || surely.contains(result[i].customerId))
            kept << result[i];
    return kept;
}

BankMatcher::Split BankMatcher::splitOver(const QList<OpenItem>& items, qint64 amount, QDate date)
{
    Split split;
    qint64 left = amount;
    for (const OpenItem& item : items) {
        if (left <= 0)
            break;
        if (item.balance <= 0)
            continue;
        const bool inWindow = item.discountUntil.isValid() && date <= item.discountUntil && item.discountAmount > 0;
        const qint64 discounted = item.balance - item.discountAmount;
        qint64 part = std::min(left, item.balance);
        if (inWindow && discounted > 0 && left < item.balance && left >= discounted)
            part = discounted;
        split.append({item.number, part});
        left -= part;
    }
    return split;
}

BankMatcher::Decision BankMatcher::match(const BankEntry& entry) const
{
    const QList<Indexed> invoices = named(entry);
    if (!invoices.isEmpty())
        return byNamedInvoices(entry, invoices);
    return byPayer(entry);
}

BankMatcher::Decision BankMatcher::byNamedInvoices(const BankEntry& entry, const QList<Indexed>& invoices) const
{
    Decision decision;
    QList<OpenItem> items;
    for (const Indexed& invoice : invoices) {
        items << *current(invoice);
        decision.invoiceIds << invoice.invoiceId;
        decision.numbers << items.last().number;
    }
    // Invoices of several customers: one payment cannot pay them all, a person decides.
    const bool oneCustomer = std::all_of(invoices.cbegin(), invoices.cend(), [&](const Indexed& i) {
        return i.customerId == invoices.first().customerId;
    });
    if (!oneCustomer)
        return decision;
    decision.customerId = invoices.first().customerId;
    sortOldestFirst(items);
    decision.invoiceIds.clear();
    decision.numbers.clear();
    qint64 full = 0;
    qint64 discounted = 0;
    for (const OpenItem& item : std::as_const(items)) {
        decision.invoiceIds << item.invoiceId;
        decision.numbers << item.number;
        full += item.balance;
        const bool inWindow =
            item.discountUntil.isValid() && entry.bookingDate <= item.discountUntil && item.discountAmount > 0;
        discounted += inWindow ? item.balance - item.discountAmount : item.balance;
    }
    if (entry.amount > full) {
        decision.status = BankEntryRecord::Status::Suggested;
        return decision;
    }
    // Rule 1 (the balance, or the discounted amount in the window) and rule 2 (less: a partial
    // payment) are both recorded now; the allocator settles a discounted invoice with its discount.
    if (entry.amount == discounted && discounted != full) {
        for (const OpenItem& item : std::as_const(items)) {
            const bool inWindow =
                item.discountUntil.isValid() && entry.bookingDate <= item.discountUntil && item.discountAmount > 0;
            decision.split.append({item.number, inWindow ? item.balance - item.discountAmount : item.balance});
        }
    } else {
        decision.split = splitOver(items, entry.amount, entry.bookingDate);
    }
    decision.status = BankEntryRecord::Status::Matched;
    decision.record = true;
    return decision;
}

BankMatcher::Decision BankMatcher::byPayer(const BankEntry& entry) const
{
    Decision decision;
    qint64 payer = entry.counterpartyIban.isEmpty() ? 0 : m_payerIbans.value(entry.counterpartyIban);
    if (!payer)
        payer = m_customerByName.value(normalisedName(entry.counterparty));
    if (!payer)
        return decision;
    QList<OpenItem> items = m_open.value({payer, entry.currency});
    sortOldestFirst(items);
    QList<OpenItem> chosen;
    for (const OpenItem& item : std::as_const(items))
        if (item.balance == entry.amount) {
            chosen << item;
            break;
        }
    if (chosen.isEmpty()) {
        qint64 sum = 0;
        for (const OpenItem& item : std::as_const(items)) {
            if (item.balance <= 0)
                continue;
            sum += item.balance;
            chosen << item;
            if (sum >= entry.amount)
                break;
        }
        if (sum != entry.amount || chosen.size() < 2)
            return decision;
    }
    decision.status = BankEntryRecord::Status::Suggested;
    decision.customerId = payer;
    for (const OpenItem& item : std::as_const(chosen)) {
        decision.invoiceIds << item.invoiceId;
        decision.numbers << item.number;
    }
    return decision;
}

} // namespace settle
