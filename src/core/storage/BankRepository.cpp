#include "storage/BankRepository.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

QVariant statusOrNull(const std::optional<BankEntryRecord::Status>& status)
{
    return status ? QVariant(BankEntryRecord::statusName(*status)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QString statusList(const QList<BankEntryRecord::Status>& statuses)
{
    // Names from the enum, never from input: safe to write into the statement.
    QStringList names;
    for (const auto status : statuses)
        names << u'\'' + BankEntryRecord::statusName(status) + u'\'';
    return names.isEmpty() ? QStringLiteral("''") : names.join(u',');
}

} // namespace

BankRepository::BankRepository(Database& db) : m_db(db) {}

BankRepository::~BankRepository() = default;

std::optional<qint64> BankRepository::insert(const BankEntryRecord& record, const QList<qint64>& invoiceIds)
{
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO bank_entries (entry_key, account_iban, format, booking_date, value_date, "
                           "amount, currency, counterparty, counterparty_iban, remittance_text, "
                           "structured_reference, bank_reference, status, ignored_from, customer_id, payment_id, "
                           "imported_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (entry_key) DO NOTHING RETURNING id"));
    const BankEntry& e = record.entry;
    m_insert->exec({record.entryKey, record.accountIban, record.format, IsoDate::format(e.bookingDate),
                    Statement::dateOrNull(e.valueDate), e.amount, e.currency, e.counterparty, e.counterpartyIban,
                    e.text, e.structuredReference, e.bankReference, BankEntryRecord::statusName(record.status),
                    statusOrNull(record.ignoredFrom), idOrNull(record.customerId), idOrNull(record.paymentId),
                    IsoDate::format(record.importedOn)});
    // No row back: the key was there already, and nothing was written.
    if (!m_insert->next()) {
        m_insert->finish();
        return std::nullopt;
    }
    const qint64 id = m_insert->integer(0);
    m_insert->finish();
    insertInvoices(id, invoiceIds);
    return id;
}

void BankRepository::insertInvoices(qint64 entryId, const QList<qint64>& invoiceIds)
{
    if (invoiceIds.isEmpty())
        return;
    if (!m_insertInvoice)
        m_insertInvoice = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO bank_entry_invoices (entry_id, invoice_id, position) VALUES (?, ?, ?)"));
    int position = 0;
    for (const qint64 invoiceId : invoiceIds)
        m_insertInvoice->exec({entryId, invoiceId, position++});
}

int BankRepository::update(const BankEntryRecord& record, const QList<qint64>& invoiceIds)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE bank_entries SET status = ?, ignored_from = ?, customer_id = ?, "
                                    "payment_id = ?, version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({BankEntryRecord::statusName(record.status), statusOrNull(record.ignoredFrom),
                 idOrNull(record.customerId), idOrNull(record.paymentId), record.id, record.version});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("bank entry %1 was changed by someone else; look again").arg(record.id));
    Statement(m_db.connection(), QStringLiteral("DELETE FROM bank_entry_invoices WHERE entry_id = ?")).exec({record.id});
    insertInvoices(record.id, invoiceIds);
    return record.version + 1;
}

void BankRepository::setPayment(qint64 entryId, qint64 paymentId)
{
    if (!m_setPayment)
        m_setPayment = std::make_unique<Statement>(m_db.connection(),
                                                   QStringLiteral("UPDATE bank_entries SET payment_id = ? WHERE id = ?"));
    m_setPayment->exec({paymentId, entryId});
}

QList<qint64> BankRepository::invoicesOfEntry(qint64 entryId)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT invoice_id FROM bank_entry_invoices WHERE entry_id = ? ORDER BY position"));
    query.exec({entryId});
    QList<qint64> ids;
    while (query.next())
        ids << query.integer(0);
    return ids;
}

QList<BankEntryRecord> BankRepository::select(const QString& where, const QList<QVariant>& values)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT e.id, e.entry_key, e.account_iban, e.format, e.booking_date, e.value_date, "
                                   "e.amount, e.currency, e.counterparty, e.counterparty_iban, e.remittance_text, "
                                   "e.structured_reference, e.bank_reference, e.status, e.ignored_from, "
                                   "COALESCE(e.customer_id, 0), COALESCE(c.code, ''), COALESCE(e.payment_id, 0), "
                                   "e.imported_on, e.version "
                                   "FROM bank_entries e LEFT JOIN customers c ON c.id = e.customer_id ") +
                        where + QStringLiteral(" ORDER BY e.booking_date, e.id"));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    query.exec();
    QList<BankEntryRecord> records;
    QHash<qint64, qsizetype> position;
    while (query.next()) {
        BankEntryRecord r;
        r.id = query.integer(0);
        r.entryKey = query.text(1);
        r.accountIban = query.text(2);
        r.format = query.text(3);
        r.entry.bookingDate = query.date(4);
        r.entry.valueDate = query.date(5);
        r.entry.amount = query.integer(6);
        r.entry.currency = query.text(7);
        r.entry.counterparty = query.text(8);
        r.entry.counterpartyIban = query.text(9);
        r.entry.text = query.text(10);
        r.entry.structuredReference = query.text(11);
        r.entry.bankReference = query.text(12);
        r.status = BankEntryRecord::statusNamed(query.text(13)).value_or(BankEntryRecord::Status::Unmatched);
        r.ignoredFrom = BankEntryRecord::statusNamed(query.text(14));
        r.customerId = query.integer(15);
        r.customerCode = query.text(16);
        r.paymentId = query.integer(17);
        r.importedOn = query.date(18);
        r.version = int(query.integer(19));
        position.insert(r.id, records.size());
        records << r;
    }
    if (records.isEmpty())
        return records;
    Statement invoices(m_db.connection(),
                       QStringLiteral("SELECT bi.entry_id, i.number FROM bank_entry_invoices bi "
                                      "JOIN invoices i ON i.id = bi.invoice_id "
                                      "JOIN bank_entries e ON e.id = bi.entry_id ") +
                           where + QStringLiteral(" ORDER BY bi.entry_id, bi.position"));
    for (int i = 0; i < values.size(); ++i)
        invoices.bindValue(i, values[i]);
    invoices.exec();
    while (invoices.next())
        if (const auto at = position.constFind(invoices.integer(0)); at != position.cend())
            records[*at].invoices << invoices.text(1);
    return records;
}

std::optional<BankEntryRecord> BankRepository::find(qint64 id)
{
    const auto found = select(QStringLiteral("WHERE e.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<BankEntryRecord> BankRepository::list(std::optional<BankEntryRecord::Status> status)
{
    if (!status)
        return select({}, {});
    return select(QStringLiteral("WHERE e.status = ?"), {BankEntryRecord::statusName(*status)});
}

qint64 BankRepository::count(const QList<BankEntryRecord::Status>& statuses)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM bank_entries WHERE status IN (%1)").arg(statusList(statuses)));
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

QSet<qint64> BankRepository::invoicesOfEntries(const QList<BankEntryRecord::Status>& statuses)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT DISTINCT bi.invoice_id FROM bank_entry_invoices bi "
                                   "JOIN bank_entries e ON e.id = bi.entry_id WHERE e.status IN (%1)")
                        .arg(statusList(statuses)));
    query.exec();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.integer(0));
    return ids;
}

QHash<QString, qint64> BankRepository::payerIbans()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT iban, customer_id FROM bank_payer_ibans"));
    query.exec();
    QHash<QString, qint64> ibans;
    while (query.next())
        ibans.insert(query.text(0), query.integer(1));
    return ibans;
}

void BankRepository::learnPayerIban(const QString& iban, qint64 customerId, QDate on)
{
    Statement(m_db.connection(),
              QStringLiteral("INSERT INTO bank_payer_ibans (iban, customer_id, learned_on) VALUES (?, ?, ?) "
                             "ON CONFLICT (iban) DO UPDATE SET customer_id = excluded.customer_id, "
                             "learned_on = excluded.learned_on"))
        .exec({iban, customerId, IsoDate::format(on)});
}

QList<qint64> BankRepository::removePayment(qint64 paymentId)
{
    QList<qint64> invoiceIds;
    Statement allocated(m_db.connection(),
                        QStringLiteral("SELECT DISTINCT invoice_id FROM allocations WHERE payment_id = ?"));
    allocated.exec({paymentId});
    while (allocated.next())
        invoiceIds << allocated.integer(0);
    Statement(m_db.connection(), QStringLiteral("UPDATE bank_entries SET payment_id = NULL WHERE payment_id = ?"))
        .exec({paymentId});
    Statement(m_db.connection(), QStringLiteral("DELETE FROM allocations WHERE payment_id = ?")).exec({paymentId});
    Statement(m_db.connection(), QStringLiteral("DELETE FROM payments WHERE id = ?")).exec({paymentId});
    Statement reopen(m_db.connection(),
                     QStringLiteral("UPDATE invoices SET status = 'open', closed_on = NULL, version = version + 1 "
                                    "WHERE id = ? AND status = 'paid' AND total > "
                                    "(SELECT COALESCE(SUM(a.amount), 0) FROM allocations a WHERE a.invoice_id = ?)"));
    for (const qint64 invoiceId : std::as_const(invoiceIds))
        reopen.exec({invoiceId, invoiceId});
    return invoiceIds;
}

} // namespace settle
