#include "storage/StatementRepository.h"

#include "dates/IsoDate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

// A fee charge is an invoice a follow-up stage wrote (followup_items.fee_invoice_id).
const QString isFee = QStringLiteral("EXISTS (SELECT 1 FROM followup_items f WHERE f.fee_invoice_id = i.id)");

// One UNION over the four tables that move a customer's balance. Columns: order within a day, kind,
// date, currency, reference, invoice, detail, signed amount, id, due date. Payments count in full
// (the part no invoice took is credit on account); discounts, credit notes and write-offs are the
// allocations that are not payments; a void takes back the invoice's whole total (only invoices
// without allocations can be voided).
const QString entriesSql =
    QStringLiteral(
        "SELECT 0, CASE WHEN %1 THEN 'fee' ELSE 'invoice' END, i.issue_date, i.currency, i.number, i.number, "
        "COALESCE((SELECT l.description FROM invoice_lines l WHERE l.invoice_id = i.id ORDER BY l.position "
        "LIMIT 1), ''), "
        "i.total, i.id, COALESCE(i.extended_due_date, i.due_date) "
        "FROM invoices i WHERE i.customer_id = ? AND i.status <> 'draft' AND i.issue_date <= ? "
        "UNION ALL "
        "SELECT 3, 'void', i.voided_on, i.currency, i.number, i.number, '', -i.total, i.id, NULL "
        "FROM invoices i WHERE i.customer_id = ? AND i.voided_on IS NOT NULL AND i.voided_on <= ? "
        "UNION ALL "
        "SELECT 1, 'payment', p.payment_date, p.currency, p.reference, COALESCE(pi.number, ''), p.method, "
        "-p.amount, "
        "p.id, NULL FROM payments p LEFT JOIN invoices pi ON pi.id = p.invoice_id "
        "WHERE p.customer_id = ? AND p.payment_date <= ? "
        "UNION ALL "
        "SELECT 2, a.kind, a.alloc_date, i.currency, COALESCE(n.number, ''), i.number, COALESCE(n.reason, "
        "''), -a.amount, "
        "a.id, NULL FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
        "LEFT JOIN credit_notes n ON n.id = a.credit_note_id "
        "WHERE i.customer_id = ? AND a.kind <> 'payment' AND a.alloc_date <= ? "
        "ORDER BY 3, 1, 9")
        .arg(isFee);

// As InvoiceRepository::agingItems, for one customer: the same invoices, so the summary equals the
// aging. By effective due date, then issue date and number.
const QString openSql =
    QStringLiteral(
        "SELECT i.number, i.currency, i.issue_date, COALESCE(i.extended_due_date, i.due_date), i.total, "
        "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND "
        "a.alloc_date <= ?), 0), "
        "CASE WHEN %1 THEN 1 ELSE 0 END, i.id, i.due_date, i.extended_due_date "
        "FROM invoices i WHERE i.customer_id = ? AND i.status IN ('open', 'paid', 'written_off', 'void') "
        "AND i.issue_date <= ? AND (i.closed_on IS NULL OR i.closed_on > ?) "
        "AND (i.voided_on IS NULL OR i.voided_on > ?) "
        "ORDER BY 4, 3, 1")
        .arg(isFee);

// One customer's installment plans, in order.
const QString installmentsSql = QStringLiteral(
    "SELECT n.invoice_id, n.seq, n.due_date, n.amount FROM invoice_installments n "
    "JOIN invoices i ON i.id = n.invoice_id WHERE i.customer_id = ? ORDER BY n.invoice_id, n.seq");

const QString creditSql =
    QStringLiteral("SELECT p.currency, SUM(p.amount - COALESCE((SELECT SUM(a.amount) FROM allocations a "
                   "WHERE a.payment_id = p.id AND a.kind = 'payment'), 0)) "
                   "FROM payments p WHERE p.customer_id = ? AND p.payment_date <= ? GROUP BY p.currency");

StatementRepository::Entry::Kind kindFrom(const QString& name)
{
    using Kind = StatementRepository::Entry::Kind;
    if (name == u"fee")
        return Kind::Fee;
    if (name == u"void")
        return Kind::Void;
    if (name == u"payment")
        return Kind::Payment;
    if (name == u"discount")
        return Kind::Discount;
    if (name == u"credit_note")
        return Kind::CreditNote;
    if (name == u"write_off")
        return Kind::WriteOff;
    return Kind::Invoice;
}

} // namespace

StatementRepository::StatementRepository(Database& db) : m_db(db) {}

StatementRepository::~StatementRepository() = default;

QList<StatementRepository::Entry> StatementRepository::entries(qint64 customerId, QDate to)
{
    if (!m_entries)
        m_entries = std::make_unique<Statement>(m_db.connection(), entriesSql);
    const QString d = IsoDate::format(to);
    m_entries->exec({customerId, d, customerId, d, customerId, d, customerId, d});
    QList<Entry> result;
    while (m_entries->next()) {
        Entry e;
        e.kind = kindFrom(m_entries->text(1));
        e.date = m_entries->date(2);
        e.currency = m_entries->text(3);
        e.reference = m_entries->text(4);
        e.invoice = m_entries->text(5);
        e.detail = m_entries->text(6);
        e.amount = m_entries->integer(7);
        e.dueDate = m_entries->date(9);
        result << e;
    }
    m_entries->finish();
    return result;
}

QList<BalanceDue> StatementRepository::balancesDue(qint64 customerId, QDate asOf)
{
    if (!m_open)
        m_open = std::make_unique<Statement>(m_db.connection(), openSql);
    // The plans are read first: QPSQL streams a forward-only result, and another query on the
    // connection would cut it short.
    if (!m_installments)
        m_installments = std::make_unique<Statement>(m_db.connection(), installmentsSql);
    m_installments->exec({customerId});
    QHash<qint64, QList<Installment>> installments;
    while (m_installments->next())
        installments[m_installments->integer(0)] << Installment{
            int(m_installments->integer(1)), m_installments->date(2), m_installments->integer(3)};
    m_installments->finish();
    const QString d = IsoDate::format(asOf);
    m_open->exec({d, customerId, d, d, d});
    QList<BalanceDue> result;
    while (m_open->next()) {
        BalanceDue b;
        b.balance = m_open->integer(5);
        if (b.balance <= 0)
            continue;
        b.number = m_open->text(0);
        b.currency = m_open->text(1);
        b.issueDate = m_open->date(2);
        b.total = m_open->integer(4);
        b.fee = m_open->integer(6) != 0;
        b.invoiceId = m_open->integer(7);
        b.dueDate = m_open->date(8);
        b.extendedDueDate = m_open->date(9);
        b.installments = installments.value(b.invoiceId);
        result << b;
    }
    m_open->finish();
    return result;
}

QHash<QString, qint64> StatementRepository::unallocatedCredit(qint64 customerId, QDate asOf)
{
    if (!m_credit)
        m_credit = std::make_unique<Statement>(m_db.connection(), creditSql);
    m_credit->exec({customerId, IsoDate::format(asOf)});
    QHash<QString, qint64> result;
    while (m_credit->next())
        if (m_credit->integer(1) != 0)
            result.insert(m_credit->text(0), m_credit->integer(1));
    m_credit->finish();
    return result;
}

QStringList StatementRepository::customersWithBalance(QDate asOf)
{
    Statement query(
        m_db.connection(),
        QStringLiteral(
            "SELECT c.code FROM customers c WHERE EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = "
            "c.id "
            "AND i.status IN ('open', 'paid', 'written_off', 'void') AND i.issue_date <= ? "
            "AND (i.closed_on IS NULL OR i.closed_on > ?) AND (i.voided_on IS NULL OR i.voided_on > ?) "
            "AND i.total > COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id "
            "AND a.alloc_date <= ?), 0)) "
            "OR EXISTS (SELECT 1 FROM payments p WHERE p.customer_id = c.id AND p.payment_date <= ? "
            "AND p.amount > COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.payment_id = p.id "
            "AND a.kind = 'payment'), 0)) ORDER BY c.code"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d, d, d});
    QStringList codes;
    while (query.next())
        codes << query.text(0);
    return codes;
}

} // namespace settle
