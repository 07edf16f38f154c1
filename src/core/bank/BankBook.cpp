#include "bank/BankBook.h"

#include "bank/BankCsvMappingStore.h"
#include "bank/BankHoldBack.h"
#include "bank/BankMatcher.h"
#include "dates/Clock.h"
#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "errors/SettleError.h"
#include "io/EntityJson.h"
#include "io/Json.h"
#include "ledger/InputGuard.h"
#include "ledger/InvoiceBook.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerStores.h"
#include "ledger/OpenItemRules.h"
#include "ledger/PaymentBook.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "storage/BankRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerTotalsRepository.h"
#include "storage/PaymentRepository.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSet>

#include <spdlog/spdlog.h>

namespace settle {

namespace {

using Status = BankEntryRecord::Status;

constexpr auto paymentChanges = Ledger::Change::Bank | Ledger::Change::Payments | Ledger::Change::Invoices;

// What identifies an entry across files: the bank's own reference for it on that account, else
// the booking itself. A second entry with the same key in one file (two equal transfers on one day)
// is told apart by its place among its equals, which an overlapping file repeats.
QString baseKey(const BankStatement& statement, const BankEntry& entry)
{
    const QString reference = entry.bankReference.trimmed();
    if (!reference.isEmpty() && reference.compare(QStringLiteral("NONREF"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("ref:") + statement.accountIban + u'/' + reference;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts{statement.accountIban, IsoDate::format(entry.bookingDate), QString::number(entry.amount),
                            entry.currency, entry.counterparty, entry.text};
    hash.addData(parts.join(QChar(0x1f)).toUtf8());
    return QStringLiteral("hash:") + QString::fromLatin1(hash.result().toHex());
}

QString where(const BankStatement& statement, const BankEntry& entry, int index)
{
    const QString file = statement.fileName.isEmpty() ? QStringLiteral("the statement") : statement.fileName;
    return file + QStringLiteral(", ") + (entry.where.isEmpty() ? QStringLiteral("entry %1").arg(index + 1) : entry.where);
}

Json recordJson(const BankEntryRecord& r)
{
    QStringList invoices = r.invoices;
    Json::Array numbers;
    for (const QString& number : std::as_const(invoices))
        numbers << Json(number);
    return Json::Object{{QStringLiteral("status"), BankEntryRecord::statusName(r.status)},
                        {QStringLiteral("booking_date"), IsoDate::format(r.entry.bookingDate)},
                        {QStringLiteral("amount"), EntityJson::amount(r.entry.amount, r.entry.currency)},
                        {QStringLiteral("currency"), r.entry.currency},
                        {QStringLiteral("counterparty"), r.entry.counterparty},
                        {QStringLiteral("customer"), r.customerCode},
                        {QStringLiteral("invoices"), numbers},
                        {QStringLiteral("payment"), r.paymentId}};
}

} // namespace

struct BankBook::Impl
{
    explicit Impl(Ledger& l)
        : ledger(l), stores(l.database(), l.clock()), invoices(l, stores), payments(l, stores, invoices),
          bank(l.database())
    {
    }

    // Refuses the statement before anything is written: a currency the ledger does not use, a booking
    // after today.
    void check(const BankStatement& statement);
    BankImportCounts import(const BankStatement& statement, const Progress& progress, AuditLog& audit);
    BankEntryRecord require(qint64 id);
    void learn(const BankEntryRecord& record);

    Ledger& ledger;
    // The bank's own prepared statements on the ledger's connection. Its payments are written by
    // the ledger's one payment writer, PaymentBook::apply, as the payments import does.
    LedgerStores stores;
    InvoiceBook invoices;
    PaymentBook payments;
    BankRepository bank;
};

BankBook::BankBook(Ledger& ledger) : m(std::make_unique<Impl>(ledger)) {}

BankBook::~BankBook() = default;

void BankBook::Impl::check(const BankStatement& statement)
{
    QSet<QString> currencies{ledger.companyCurrency()};
    for (const Customer& customer : ledger.customers())
        currencies.insert(customer.currency);
    const QDate today = ledger.clock().today();
    for (int i = 0; i < statement.entries.size(); ++i) {
        const BankEntry& entry = statement.entries[i];
        if (!currencies.contains(entry.currency)) {
            QStringList known(currencies.cbegin(), currencies.cend());
            known.sort();
            InputGuard::refuse(QStringLiteral("%1, currency: %2 is not a currency this ledger uses (%3); nothing "
                                              "was imported")
                                   .arg(where(statement, entry, i), entry.currency, known.join(QStringLiteral(", "))));
        }
        if (!entry.bookingDate.isValid())
            InputGuard::refuse(QStringLiteral("%1, booking date: the entry has none; nothing was imported")
                                   .arg(where(statement, entry, i)));
        InputGuard::requireDate(entry.bookingDate, where(statement, entry, i) + QStringLiteral(", booking date"));
        if (entry.bookingDate > today)
            InputGuard::refuse(QStringLiteral("%1, booking date: %2 is after today (%3); nothing was imported")
                                   .arg(where(statement, entry, i), IsoDate::format(entry.bookingDate),
                                        IsoDate::format(today)));
        if (const QString problem = InputLimits::amountProblem(entry.amount < 0 ? -entry.amount : entry.amount,
                                                               Currency::require(entry.currency));
            !problem.isEmpty())
            InputGuard::refuse(QStringLiteral("%1, amount: %2; nothing was imported").arg(where(statement, entry, i), problem));
    }
}

BankImportCounts BankBook::Impl::import(const BankStatement& statement, const Progress& progress, AuditLog& audit)
{
    BankImportCounts counts;
    const QDate today = ledger.clock().today();
    QHash<qint64, QString> codes;
    QList<BankMatcher::Payer> payers;
    for (const Customer& customer : ledger.customers()) {
        codes.insert(customer.id, customer.code);
        payers << BankMatcher::Payer{customer.id, customer.name};
    }
    // Read once: every open invoice, each customer's in each currency, lowered in place as payments
    // are recorded.
    InvoiceRepository& repository = stores.invoices();
    BankMatcher::OpenItems open;
    const auto byCustomer = OpenItemRules::withDiscounts(repository.openItems());
    for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it)
        for (const auto& item : it.value())
            open[{it.key(), item.currency}] << item;
    const BankMatcher matcher(open, payers, bank.payerIbans());
    auto paid = LedgerTotalsRepository(stores.database()).paidByCustomer();

    repository.deferWrites();
    const auto discardOnFailure = qScopeGuard([&repository] { repository.discardDeferred(); });
    QHash<QString, int> seen;
    const int total = int(statement.entries.size());
    for (int i = 0; i < total; ++i) {
        const BankEntry& entry = statement.entries[i];
        ++counts.entries;
        BankEntryRecord record;
        record.entry = entry;
        record.accountIban = statement.accountIban;
        record.format = statement.format;
        record.importedOn = today;
        const QString base = baseKey(statement, entry);
        const int occurrence = ++seen[base];
        record.entryKey = occurrence == 1 ? base : base + u'#' + QString::number(occurrence);

        BankMatcher::Decision decision;
        if (entry.amount <= 0)
            decision.status = Status::Outgoing;
        else
            decision = matcher.match(entry);
        record.status = decision.status;
        record.customerId = decision.customerId;
        const std::optional<qint64> id = bank.insert(record, decision.invoiceIds);
        if (!id) {
            ++counts.duplicates;
        } else {
            ++counts.added;
            switch (decision.status) {
            case Status::Matched: ++counts.matched; break;
            case Status::Suggested: ++counts.suggested; break;
            case Status::Unmatched: ++counts.unmatched; break;
            case Status::Outgoing: ++counts.outgoing; break;
            case Status::Ignored: break;
            }
            if (decision.record) {
                Payment payment;
                payment.customerId = decision.customerId;
                payment.customerCode = codes.value(decision.customerId);
                payment.date = entry.bookingDate;
                payment.amount = entry.amount;
                payment.currency = entry.currency;
                payment.method = PaymentMethod::BankTransfer;
                payment.reference = entry.bankReference.left(InputLimits::rule(InputLimits::Field::Reference).maxLength);
                const Currency currency = Currency::require(entry.currency);
                InputGuard::requireTotalsWithinLimits(paid, payment.customerId, payment.customerCode, payment.amount,
                                                      currency, QStringLiteral("payment"));
                paid[{payment.customerId, payment.currency}] += payment.amount;
                const auto result = payments.apply(payment, open[{payment.customerId, payment.currency}], 0,
                                                   PaymentBook::Split(decision.split), audit);
                bank.setPayment(*id, result.payment.id);
                record.customerCode = payment.customerCode;
                learn(record);
            }
        }
        if (progress && !progress(i + 1, total))
            throw SettleError(SettleError::Kind::Runtime,
                              QStringLiteral("the import of %1 was cancelled; nothing was imported")
                                  .arg(statement.fileName));
    }
    repository.flushDeferred();
    // A reminder queued before the statement came must not chase what it has just paid.
    Outbox(ledger).dismissSettled(0);
    // A statement imported before changes nothing, not even the audit trail.
    if (counts.added == 0)
        return counts;
    audit.record(QStringLiteral("bank_statement"), statement.fileName, QStringLiteral("import"), {},
                 Json::Object{{QStringLiteral("format"), statement.format},
                              {QStringLiteral("account"), statement.accountIban},
                              {QStringLiteral("entries"), counts.entries},
                              {QStringLiteral("new"), counts.added},
                              {QStringLiteral("duplicates"), counts.duplicates},
                              {QStringLiteral("matched"), counts.matched},
                              {QStringLiteral("suggested"), counts.suggested},
                              {QStringLiteral("unmatched"), counts.unmatched},
                              {QStringLiteral("outgoing"), counts.outgoing}});
    return counts;
}

void BankBook::Impl::learn(const BankEntryRecord& record)
{
    if (!record.entry.counterpartyIban.isEmpty() && record.customerId)
        bank.learnPayerIban(record.entry.counterpartyIban, record.customerId, ledger.clock().today());
}

BankImportCounts BankBook::importStatement(const BankStatement& statement, const Progress& progress)
{
    m->check(statement);
    const BankImportCounts counts =
        m->ledger.write(paymentChanges, [&](AuditLog& audit) { return m->import(statement, progress, audit); });
    spdlog::info("bank statement {}: {} entries, {} new, {} matched, {} suggested, {} unmatched, {} outgoing",
                 statement.fileName.toStdString(), counts.entries, counts.added, counts.matched, counts.suggested,
                 counts.unmatched, counts.outgoing);
    return counts;
}

BankImportCounts BankBook::importFile(const QString& path, BankStatementReader::Format format,
                                      const Progress& progress)
{
    return importStatement(BankStatementReader::read(path, format, BankCsvMappingStore(m->ledger).readerOptions()), progress);
}

QList<BankEntryRecord> BankBook::list(std::optional<BankEntryRecord::Status> status)
{
    return m->bank.list(status);
}

BankEntryRecord BankBook::Impl::require(qint64 id)
{
    const auto found = bank.find(id);
    if (!found)
        InputGuard::refuse(QStringLiteral("there is no bank entry %1").arg(id));
    return *found;
}

BankEntryRecord BankBook::entry(qint64 id)
{
    return m->require(id);
}

BankEntryRecord BankBook::accept(qint64 id, const QStringList& invoices, const QString& customerCode)
{
    return m->ledger.write(paymentChanges, [&](AuditLog& audit) {
        BankEntryRecord record = m->require(id);
        const BankEntryRecord before = record;
        if (record.status != Status::Suggested && record.status != Status::Unmatched)
            InputGuard::refuse(QStringLiteral("bank entry %1 is %2: only a suggested or unmatched entry can be accepted")
                                   .arg(id)
                                   .arg(BankEntryRecord::statusName(record.status)));
        QString code = customerCode;
        if (code.isEmpty() && !invoices.isEmpty()) {
            const Invoice invoice = m->invoices.require(invoices.first());
            for (const Customer& customer : m->ledger.customers())
                if (customer.id == invoice.customerId)
                    code = customer.code;
        }
        if (code.isEmpty())
            code = record.customerCode;
        if (code.isEmpty())
            InputGuard::refuse(QStringLiteral("bank entry %1 has no suggestion: name the customer or the invoices "
                                              "it pays")
                                   .arg(id));
        const Customer customer = m->ledger.requireCustomer(code);
        QStringList numbers = invoices;
        if (numbers.isEmpty() && customer.id == record.customerId)
            numbers = record.invoices;
        const Money amount(record.entry.amount, Currency::require(record.entry.currency));
        const QString reference =
            record.entry.bankReference.left(InputLimits::rule(InputLimits::Field::Reference).maxLength);
        Ledger::PaymentResult result;
        QList<qint64> invoiceIds;
        if (numbers.isEmpty()) {
            // Only the payer is known: the ledger's rule allocates it, oldest due first.
            result = m->ledger.recordPayment(code, amount, record.entry.bookingDate, PaymentMethod::BankTransfer,
                                             reference);
            for (const auto& [number, allocation] : std::as_const(result.allocations))
                if (!numbers.contains(number)) {
                    numbers << number;
                    invoiceIds << allocation.invoiceId;
                }
        } else {
            const QList<OpenItem> open = m->ledger.openItems(code, record.entry.currency);
            QList<OpenItem> chosen;
            for (const QString& number : std::as_const(numbers)) {
                const auto item = std::find_if(open.cbegin(), open.cend(),
                                               [&](const OpenItem& i) { return i.number == number; });
                if (item == open.cend())
                    InputGuard::refuse(QStringLiteral("invoice %1 is not an open %2 invoice of %3")
                                           .arg(number, record.entry.currency, code));
                chosen << *item;
                invoiceIds << item->invoiceId;
            }
            result = m->ledger.recordPaymentSplit(code, amount, record.entry.bookingDate, PaymentMethod::BankTransfer,
                                                  reference,
                                                  BankMatcher::splitOver(chosen, amount.minor(), record.entry.bookingDate));
        }
        record.status = Status::Matched;
        record.customerId = customer.id;
        record.customerCode = customer.code;
        record.paymentId = result.payment.id;
        record.invoices = numbers;
        record.ignoredFrom.reset();
        record.version = m->bank.update(record, invoiceIds);
        m->learn(record);
        audit.record(QStringLiteral("bank_entry"), QString::number(id), QStringLiteral("accept"), recordJson(before),
                     recordJson(record));
        return record;
    });
}

BankEntryRecord BankBook::ignore(qint64 id)
{
    return m->ledger.write(Ledger::Change::Bank, [&](AuditLog& audit) {
        BankEntryRecord record = m->require(id);
        const BankEntryRecord before = record;
        if (record.status != Status::Suggested && record.status != Status::Unmatched)
            InputGuard::refuse(QStringLiteral("bank entry %1 is %2: only a suggested or unmatched entry can be ignored")
                                   .arg(id)
                                   .arg(BankEntryRecord::statusName(record.status)));
        QList<qint64> invoiceIds = m->bank.invoicesOfEntry(id);
        record.ignoredFrom = record.status;
        record.status = Status::Ignored;
        record.version = m->bank.update(record, invoiceIds);
        audit.record(QStringLiteral("bank_entry"), QString::number(id), QStringLiteral("ignore"), recordJson(before),
                     recordJson(record));
        return record;
    });
}

BankEntryRecord BankBook::undo(qint64 id)
{
    return m->ledger.write(paymentChanges, [&](AuditLog& audit) {
        BankEntryRecord record = m->require(id);
        const BankEntryRecord before = record;
        const QList<qint64> invoiceIds = m->bank.invoicesOfEntry(id);
        if (record.status == Status::Ignored) {
            record.status = record.ignoredFrom.value_or(Status::Unmatched);
            record.ignoredFrom.reset();
            record.version = m->bank.update(record, invoiceIds);
        } else if (record.status == Status::Matched && record.paymentId) {
            const qint64 paymentId = record.paymentId;
            Payment payment;
            for (const Payment& p : m->stores.payments().all(record.customerCode))
                if (p.id == paymentId)
                    payment = p;
            record.status = record.customerId ? Status::Suggested : Status::Unmatched;
            record.paymentId = 0;
            record.version = m->bank.update(record, invoiceIds);
            m->bank.removePayment(paymentId);
            audit.record(QStringLiteral("payment"), QString::number(paymentId), QStringLiteral("delete"),
                         EntityJson::payment(payment), {});
        } else {
            InputGuard::refuse(QStringLiteral("bank entry %1 is %2: there is nothing to undo")
                                   .arg(id)
                                   .arg(BankEntryRecord::statusName(record.status)));
        }
        audit.record(QStringLiteral("bank_entry"), QString::number(id), QStringLiteral("undo"), recordJson(before),
                     recordJson(record));
        return record;
    });
}

qint64 BankBook::unmatchedCount()
{
    return BankHoldBack::entriesNotMatched(m->ledger.database());
}

QSet<qint64> BankBook::invoicesAwaitingBank()
{
    return BankHoldBack::invoicesAwaitingBank(m->ledger.database());
}

} // namespace settle
