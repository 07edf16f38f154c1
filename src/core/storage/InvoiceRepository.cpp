#include "storage/InvoiceRepository.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/PgBulkWrites.h"
#include "storage/Statement.h"


#include <algorithm>

namespace settle {

namespace {

const QString headerColumns = QStringLiteral(
    "SELECT i.id, i.number, i.customer_id, c.code, i.status, i.issue_date, i.due_date, i.extended_due_date, "
    "i.currency, i.terms_name, i.due_rule, i.terms_days, i.terms_day_of_month, i.discount_rate, i.discount_days, "
    "i.interest_rate, i.grace_days, i.late_fee_micros, i.subtotal, i.tax, i.total, i.disputed_on, "
    "i.dispute_reason, i.promise_until, i.voided_on, i.closed_on, i.version "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id ");
constexpr int headerColumnCount = 27;

// balance(i, d) = total − allocations dated on or before d.
const QString balanceAt = QStringLiteral(
    "i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id AND a.alloc_date <= ?), 0)");

const QString insertHeaderSql = QStringLiteral(
    "INSERT INTO invoices (number, customer_id, status, issue_date, due_date, currency, terms_name, due_rule, "
    "terms_days, terms_day_of_month, discount_rate, discount_days, interest_rate, grace_days, late_fee_micros, "
    "subtotal, tax, total, closed_on) VALUES ");
constexpr int headerColumnsInserted = 19;
const QString insertLineSql = QStringLiteral(
    "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, tax_rate, amount, tax) VALUES ");
constexpr int lineColumnsInserted = 8;
const QString insertAllocationSql = QStringLiteral(
    "INSERT INTO allocations (invoice_id, payment_id, credit_note_id, kind, alloc_date, amount) VALUES ");
constexpr int allocationColumnsInserted = 6;

// Bulk writes put several rows in one statement: each statement start (and for RETURNING the small
// table SQLite keeps the returned rows in) is then paid once per batch instead of once per row. Preparing a statement costs more than linearly in its parameters, so each text is
// prepared once (bulkStatement) and a statement takes about this many; more gained nothing measurable.
constexpr int parametersPerStatement = 200;
constexpr int rowsPerStatement(int columns)
{
    return std::max(1, parametersPerStatement / columns);
}
// Invoices written per round (headers, then their lines), so that the rows to bind stay few.
constexpr int invoicesPerRound = 64;

// The column names of "INSERT INTO table (a, b, c) VALUES ", for the same rows written by COPY.
QStringList insertedColumns(const QString& insertSql)
{
    const qsizetype open = insertSql.indexOf(u'(');
    const qsizetype close = insertSql.indexOf(u')', open);
    QStringList names = insertSql.mid(open + 1, close - open - 1).split(u',');
    for (QString& name : names)
        name = name.trimmed();
    return names;
}

// "(?, ?, ?), (?, ?, ?)" for `rows` rows of `columns` parameters.
QString placeholderRows(int columns, qsizetype rows)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QStringLiteral(", ?");
    row += u')';
    QStringList all;
    for (qsizetype r = 0; r < rows; ++r)
        all << row;
    return all.join(QStringLiteral(", "));
}

// As Statement::bind(): an absent (null) text is an empty cell, not SQL NULL.
void bindAt(Statement& statement, int position, const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        statement.bindValue(position, QStringLiteral(""));
    else
        statement.bindValue(position, value);
}

QVariantList headerValues(const Invoice& i)
{
    const auto& t = i.terms;
    return {Statement::textOrNull(i.number), i.customerId, toString(i.status), IsoDate::format(i.issueDate),
            IsoDate::format(i.dueDate), i.currency, t.name, PaymentTerms::ruleName(t.rule), t.days,
            t.dayOfMonth, t.discount.millionths(), t.discountDays, t.annualInterest.millionths(), t.graceDays,
            t.lateFeeMicros, i.subtotal, i.tax, i.total, Statement::dateOrNull(i.closedOn)};
}

QVariantList lineValues(qint64 invoiceId, int position, const InvoiceLine& line)
{
    return {invoiceId, position, line.description, line.quantity, line.unitPrice, line.taxRate.millionths(),
            line.amount, line.tax};
}

QVariantList allocationValues(const Allocation& a)
{
    const QVariant noId;
    return {a.invoiceId, a.paymentId ? QVariant(a.paymentId) : noId, a.creditNoteId ? QVariant(a.creditNoteId) : noId,
            Allocation::kindName(a.kind), IsoDate::format(a.date), a.amount};
}

// Writes `rows` (each `columns` values) with one multi-row statement per rowsPerStatement(columns);
// `returning` is appended to each statement and `onRow` sees every row it returns. `prepared` gives
// the statement for a text, prepared once per connection.
template <typename Prepared, typename OnRow>
void insertRows(Prepared prepared, const QString& insertSql, int columns, const QList<QVariantList>& rows,
                const QString& returning, OnRow onRow)
{
    const int batch = rowsPerStatement(columns);
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const qsizetype count = std::min<qsizetype>(batch, rows.size() - start);
        Statement& statement = prepared(insertSql + placeholderRows(columns, count) + returning);
        int position = 0;
        for (qsizetype r = start; r < start + count; ++r)
            for (const QVariant& value : rows[r])
                bindAt(statement, position++, value);
        statement.exec();
        while (statement.next())
            onRow(statement);
        statement.finish();
    }
}

} // namespace

InvoiceRepository::InvoiceRepository(Database& db) : m_db(db) {}

InvoiceRepository::~InvoiceRepository() = default;

Invoice InvoiceRepository::readHeader(const Statement& q)
{
    Invoice i;
    i.id = q.integer(0);
    i.number = q.text(1);
    i.customerId = q.integer(2);
    i.customerCode = q.text(3);
    i.status = invoiceStatusFromString(q.text(4)).value_or(InvoiceStatus::Open);
    i.issueDate = q.date(5);
    i.dueDate = q.date(6);
    i.extendedDueDate = q.date(7);
    i.currency = q.text(8);
    i.terms.name = q.text(9);
    i.terms.rule = PaymentTerms::ruleFromName(q.text(10)).value_or(PaymentTerms::DueRule::Net);
    i.terms.days = int(q.integer(11));
    i.terms.dayOfMonth = int(q.integer(12));
    i.terms.discount = Rate::fromMillionths(q.integer(13));
    i.terms.discountDays = int(q.integer(14));
    i.terms.annualInterest = Rate::fromMillionths(q.integer(15));
    i.terms.graceDays = int(q.integer(16));
    i.terms.lateFeeMicros = q.integer(17);
    i.subtotal = q.integer(18);
    i.tax = q.integer(19);
    i.total = q.integer(20);
    i.disputedOn = q.date(21);
    i.disputeReason = q.text(22);
    i.promiseUntil = q.date(23);
    i.voidedOn = q.date(24);
    i.closedOn = q.date(25);
    i.version = int(q.integer(26));
    return i;
}

qint64 InvoiceRepository::insert(const Invoice& i)
{
    if (!m_insert) {
        m_insert = std::make_unique<Statement>(m_db.connection(),
                                               insertHeaderSql + placeholderRows(headerColumnsInserted, 1) +
                                                   QStringLiteral(" RETURNING id"));
        m_insertLine =
            std::make_unique<Statement>(m_db.connection(), insertLineSql + placeholderRows(lineColumnsInserted, 1));
    }
    int position = 0;
    for (const QVariant& value : headerValues(i))
        bindAt(*m_insert, position++, value);
    m_insert->exec();
    const qint64 id = m_insert->returnedId();
    int linePosition = 0;
    for (const auto& line : i.lines) {
        position = 0;
        for (const QVariant& value : lineValues(id, linePosition++, line))
            bindAt(*m_insertLine, position++, value);
        m_insertLine->exec();
    }
    return id;
}

Statement& InvoiceRepository::bulkStatement(const QString& sql)
{
    auto& statement = m_bulkStatements[sql];
    if (!statement)
        statement = std::make_unique<Statement>(m_db.connection(), sql);
    return *statement;
}

void InvoiceRepository::insertAll(QList<Invoice>& invoices)
{
    if (PgBulkWrites* copy = m_db.bulkWrites()) {
        queueAll(*copy, invoices);
        return;
    }
    const auto bulk = [this](const QString& sql) -> Statement& { return bulkStatement(sql); };
    // Headers first, batch by batch, then their lines: each table receives its rows in list order,
    // so the ids are those that insert() one by one would give.
    for (qsizetype start = 0; start < invoices.size(); start += invoicesPerRound) {
        const qsizetype end = std::min<qsizetype>(invoices.size(), start + invoicesPerRound);
        QList<QVariantList> headers;
        QHash<QString, qsizetype> indexByNumber;
        for (qsizetype k = start; k < end; ++k) {
            if (invoices[k].number.isEmpty())
                throw SettleError(SettleError::Kind::Runtime, QStringLiteral("insertAll needs numbered invoices"));
            headers << headerValues(invoices[k]);
            indexByNumber.insert(invoices[k].number, k);
        }
        // The order of RETURNING rows is not defined, so the numbers map the ids back.
        insertRows(bulk, insertHeaderSql, headerColumnsInserted, headers,
                   QStringLiteral(" RETURNING id, number"), [&](const Statement& row) {
                       invoices[indexByNumber.value(row.text(1))].id = row.integer(0);
                   });
        QList<QVariantList> lines;
        for (qsizetype k = start; k < end; ++k) {
            int position = 0;
            for (const auto& line : invoices[k].lines)
                lines << lineValues(invoices[k].id, position++, line);
        }
        insertRows(bulk, insertLineSql, lineColumnsInserted, lines, {}, [](const Statement&) {});
    }
}

void InvoiceRepository::queueAll(PgBulkWrites& copy, QList<Invoice>& invoices)
{
    static const QStringList headerColumns = QStringList{QStringLiteral("id")} + insertedColumns(insertHeaderSql);
    static const QStringList lineColumns = insertedColumns(insertLineSql);
    const QString invoicesTable = QStringLiteral("invoices");
    const QString linesTable = QStringLiteral("invoice_lines");
    for (Invoice& invoice : invoices) {
        invoice.id = copy.nextId(invoicesTable);
        copy.queue(invoicesTable, headerColumns, QVariantList{invoice.id} + headerValues(invoice));
        int position = 0;
        for (const auto& line : std::as_const(invoice.lines))
            copy.queue(linesTable, lineColumns, lineValues(invoice.id, position++, line));
    }
}

void InvoiceRepository::loadLines(Invoice& invoice)
{
    Statement lines(m_db.connection(),
                    QStringLiteral("SELECT description, quantity, unit_price, tax_rate, amount, tax FROM invoice_lines "
                                   "WHERE invoice_id = ? ORDER BY position"));
    lines.exec({invoice.id});
    invoice.lines.clear();
    while (lines.next()) {
        InvoiceLine line;
        line.description = lines.text(0);
        line.quantity = lines.integer(1);
        line.unitPrice = lines.integer(2);
        line.taxRate = Rate::fromMillionths(lines.integer(3));
        line.amount = lines.integer(4);
        line.tax = lines.integer(5);
        invoice.lines << line;
    }
}

std::optional<Invoice> InvoiceRepository::findByNumber(const QString& number)
{
    Statement query(m_db.connection(), headerColumns + QStringLiteral("WHERE i.number = ?"));
    query.exec({number});
    if (!query.next())
        return std::nullopt;
    Invoice invoice = readHeader(query);
    query.finish();
    loadLines(invoice);
    return invoice;
}

std::optional<Invoice> InvoiceRepository::findById(qint64 id)
{
    Statement query(m_db.connection(), headerColumns + QStringLiteral("WHERE i.id = ?"));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    Invoice invoice = readHeader(query);
    query.finish();
    loadLines(invoice);
    return invoice;
}

QList<InvoiceRepository::Listed> InvoiceRepository::list(const Filter& filter, QDate asOf)
{
    // The balance rides along as one more column after the header's.
    QString sql = headerColumns;
    sql.replace(QStringLiteral(" FROM invoices i"), QStringLiteral(", ") + balanceAt + QStringLiteral(" FROM invoices i"));
    sql += QStringLiteral("WHERE i.status <> 'draft' AND (? = '' OR c.code = ?) ");
    if (filter.openOnly)
        sql += QStringLiteral("AND i.status = 'open' ");
    sql += QStringLiteral("ORDER BY i.issue_date, i.id");
    Statement query(m_db.connection(), sql);
    query.exec({IsoDate::format(asOf), filter.customerCode, filter.customerCode});
    QList<Listed> result;
    while (query.next())
        result << Listed{readHeader(query), query.integer(headerColumnCount)};
    return result;
}

QList<Invoice> InvoiceRepository::allWithLines()
{
    QList<Invoice> invoices;
    {
        Statement query(m_db.connection(), headerColumns + QStringLiteral("WHERE i.status <> 'draft' ORDER BY i.id"));
        query.exec();
        while (query.next())
            invoices << readHeader(query);
    }
    QHash<qint64, qsizetype> indexById;
    for (qsizetype k = 0; k < invoices.size(); ++k)
        indexById.insert(invoices[k].id, k);
    Statement lines(m_db.connection(),
                    QStringLiteral("SELECT invoice_id, description, quantity, unit_price, tax_rate, amount, tax "
                                   "FROM invoice_lines ORDER BY invoice_id, position"));
    lines.exec();
    while (lines.next()) {
        const auto it = indexById.constFind(lines.integer(0));
        if (it == indexById.constEnd())
            continue;
        InvoiceLine line;
        line.description = lines.text(1);
        line.quantity = lines.integer(2);
        line.unitPrice = lines.integer(3);
        line.taxRate = Rate::fromMillionths(lines.integer(4));
        line.amount = lines.integer(5);
        line.tax = lines.integer(6);
        invoices[it.value()].lines << line;
    }
    return invoices;
}

QHash<QString, InvoiceRepository::InvoiceRef> InvoiceRepository::numberIndex()
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT number, id, customer_id, currency, status FROM invoices WHERE number IS NOT NULL"));
    query.exec();
    QHash<QString, InvoiceRef> result;
    while (query.next())
        result.insert(query.text(0), InvoiceRef{query.integer(1), query.integer(2), query.text(3),
                                                invoiceStatusFromString(query.text(4)).value_or(InvoiceStatus::Open)});
    return result;
}

qint64 InvoiceRepository::balance(qint64 invoiceId, QDate asOf)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT ") + balanceAt +
                                           QStringLiteral(" FROM invoices i WHERE i.id = ?"));
    query.exec({IsoDate::format(asOf), invoiceId});
    return query.next() ? query.integer(0) : 0;
}

QList<InvoiceRepository::Applied> InvoiceRepository::applied(qint64 invoiceId)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT a.kind, a.alloc_date, a.amount, a.payment_id, a.credit_note_id, p.method, "
                                   "COALESCE(p.reference, n.number, '') FROM allocations a "
                                   "LEFT JOIN payments p ON p.id = a.payment_id "
                                   "LEFT JOIN credit_notes n ON n.id = a.credit_note_id "
                                   "WHERE a.invoice_id = ? ORDER BY a.alloc_date, a.id"));
    query.exec({invoiceId});
    QList<Applied> result;
    while (query.next()) {
        Applied item;
        item.allocation.invoiceId = invoiceId;
        item.allocation.kind = Allocation::kindFromName(query.text(0));
        item.allocation.date = query.date(1);
        item.allocation.amount = query.integer(2);
        item.allocation.paymentId = query.integer(3);
        item.allocation.creditNoteId = query.integer(4);
        item.method = query.text(5);
        item.reference = query.text(6);
        result << item;
    }
    return result;
}

bool InvoiceRepository::hasAllocations(qint64 invoiceId)
{
    Statement query(m_db.connection(), QStringLiteral("SELECT 1 FROM allocations WHERE invoice_id = ? AND kind = 'payment'"));
    query.exec({invoiceId});
    return query.next();
}

QHash<qint64, QList<OpenItem>> InvoiceRepository::openItems(qint64 customerId)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.id, i.customer_id, i.number, i.currency, i.issue_date, "
                                   "COALESCE(i.extended_due_date, i.due_date), i.discount_rate, i.discount_days, "
                                   "i.total, i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a "
                                   "WHERE a.invoice_id = i.id), 0) FROM invoices i "
                                   "WHERE i.status = 'open' AND (? = 0 OR i.customer_id = ?)"));
    query.exec({customerId, customerId});
    QHash<qint64, QList<OpenItem>> result;
    while (query.next()) {
        OpenItem item;
        item.invoiceId = query.integer(0);
        item.number = query.text(2);
        item.currency = query.text(3);
        item.issueDate = query.date(4);
        item.effectiveDueDate = query.date(5);
        item.discountRate = Rate::fromMillionths(query.integer(6));
        item.discountDays = int(query.integer(7));
        item.total = query.integer(8);
        item.balance = query.integer(9);
        result[query.integer(1)] << item;
    }
    return result;
}

void InvoiceRepository::insertAllocation(const Allocation& a)
{
    if (m_deferring) {
        m_deferredAllocations << a;
        return;
    }
    if (!m_insertAllocation)
        m_insertAllocation = std::make_unique<Statement>(
            m_db.connection(), insertAllocationSql + placeholderRows(allocationColumnsInserted, 1));
    int position = 0;
    for (const QVariant& value : allocationValues(a))
        bindAt(*m_insertAllocation, position++, value);
    m_insertAllocation->exec();
}

void InvoiceRepository::markClosed(qint64 invoiceId, InvoiceStatus status, QDate closedOn)
{
    if (m_deferring) {
        m_deferredClosings << std::pair{invoiceId, std::pair{status, closedOn}};
        return;
    }
    if (!m_markClosed)
        m_markClosed = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("UPDATE invoices SET status = ?, closed_on = ?, version = version + 1 WHERE id = ?"));
    m_markClosed->exec({toString(status), IsoDate::format(closedOn), invoiceId});
}

void InvoiceRepository::deferWrites()
{
    m_deferring = true;
}

void InvoiceRepository::flushDeferred()
{
    QList<QVariantList> rows;
    rows.reserve(m_deferredAllocations.size());
    for (const Allocation& a : std::as_const(m_deferredAllocations))
        rows << allocationValues(a);
    if (PgBulkWrites* copy = m_db.bulkWrites()) {
        copy->endStream(); // the closings below are statements of their own
        static const QStringList columns = insertedColumns(insertAllocationSql);
        for (QVariantList& row : rows)
            copy->queue(QStringLiteral("allocations"), columns, std::move(row));
        rows.clear();
    }
    insertRows([this](const QString& sql) -> Statement& { return bulkStatement(sql); }, insertAllocationSql,
               allocationColumnsInserted, rows, {}, [](const Statement&) {});
    m_deferredAllocations.clear();
    flushDeferredClosings();
    m_deferring = false;
}

void InvoiceRepository::flushDeferredClosings()
{
    // In rounds: each up to the second closing of an invoice, if any, which must land after the first.
    qsizetype start = 0;
    while (start < m_deferredClosings.size()) {
        QSet<qint64> seen;
        qsizetype end = start;
        for (; end < m_deferredClosings.size() && !seen.contains(m_deferredClosings[end].first); ++end)
            seen.insert(m_deferredClosings[end].first);
        if (m_db.engine() == Database::Engine::PostgreSQL)
            closeAsArrays(start, end);
        else
            closeOneByOne(start, end);
        start = end;
    }
    m_deferredClosings.clear();
}

void InvoiceRepository::closeAsArrays(qsizetype start, qsizetype end)
{
    // One statement for the whole round: on PostgreSQL each statement is a round trip, and a payments
    // import closes tens of thousands of invoices on thousands of dates. The values are ids, status
    // words and ISO dates, which need no quoting inside an array literal.
    QStringList ids, statuses, dates;
    for (qsizetype k = start; k < end; ++k) {
        const auto& [id, closing] = m_deferredClosings[k];
        ids << QString::number(id);
        statuses << toString(closing.first);
        dates << IsoDate::format(closing.second);
    }
    const auto literal = [](const QStringList& values) { return u'{' + values.join(u',') + u'}'; };
    Statement& update = bulkStatement(QStringLiteral(
        "UPDATE invoices SET status = c.status, closed_on = c.closed_on, version = invoices.version + 1 "
        "FROM (SELECT unnest(?::bigint[]) AS id, unnest(?::text[]) AS status, unnest(?::text[]) AS closed_on) c "
        "WHERE invoices.id = c.id"));
    update.exec({literal(ids), literal(statuses), literal(dates)});
}

void InvoiceRepository::closeOneByOne(qsizetype start, qsizetype end)
{
    // SQLite: a statement costs no round trip, and an IN list or an array would make it build a
    // temporary index on every run.
    Statement& update = bulkStatement(
        QStringLiteral("UPDATE invoices SET status = ?, closed_on = ?, version = version + 1 WHERE id = ?"));
    for (qsizetype k = start; k < end; ++k) {
        const auto& [id, closing] = m_deferredClosings[k];
        update.exec({toString(closing.first), IsoDate::format(closing.second), id});
    }
}

void InvoiceRepository::discardDeferred()
{
    m_deferredAllocations.clear();
    m_deferredClosings.clear();
    m_deferring = false;
}

void InvoiceRepository::requireOneRow(const Statement& statement, qint64 invoiceId)
{
    if (statement.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("invoice %1 was changed by someone else; reload and try again").arg(invoiceId));
}

void InvoiceRepository::markVoid(qint64 invoiceId, QDate on, int version)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE invoices SET status = 'void', voided_on = ?, "
                                                       "version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({IsoDate::format(on), invoiceId, version});
    requireOneRow(update, invoiceId);
}

void InvoiceRepository::markIssued(qint64 invoiceId, const Invoice& i, int version)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE invoices SET number = ?, status = 'open', issue_date = ?, due_date = ?, "
                                    "version = version + 1 WHERE id = ? AND version = ? AND status = 'draft'"));
    update.exec({i.number, IsoDate::format(i.issueDate), IsoDate::format(i.dueDate), invoiceId, version});
    requireOneRow(update, invoiceId);
}

QList<BalanceDue> InvoiceRepository::agingItems(QDate asOf)
{
    // Invoices closed on or before the date owe nothing then (allocations are never removed),
    // which lets the query skip the bulk of a ledger's history. Installment plans are few: read
    // whole and handed on with their invoices, for AgingReport to age each installment.
    const auto installments = InvoiceEventRepository(m_db).allInstallments();
    Statement query(
        m_db.connection(),
        QStringLiteral("SELECT c.code, i.currency, i.due_date, i.extended_due_date, ") + balanceAt +
            QStringLiteral(", i.id, i.total FROM invoices i JOIN customers c ON c.id = i.customer_id "
                           "WHERE i.status IN ('open', 'paid', 'written_off', 'void') "
                           "AND i.issue_date <= ? AND (i.closed_on IS NULL OR i.closed_on > ?) "
                           "AND (i.voided_on IS NULL OR i.voided_on > ?)"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d, d});
    QList<BalanceDue> result;
    while (query.next()) {
        BalanceDue due;
        due.balance = query.integer(4);
        if (due.balance <= 0)
            continue;
        due.customer = query.text(0);
        due.currency = query.text(1);
        due.dueDate = query.date(2);
        due.extendedDueDate = query.date(3);
        due.invoiceId = query.integer(5);
        due.total = query.integer(6);
        due.installments = installments.value(due.invoiceId);
        result << due;
    }
    return result;
}

QHash<qint64, QHash<QString, qint64>> InvoiceRepository::balancesByCustomer(QDate asOf)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT i.customer_id, i.currency, SUM(") + balanceAt +
                        QStringLiteral(") FROM invoices i WHERE i.status IN ('open', 'paid', 'written_off') "
                                       "AND i.issue_date <= ? AND (i.closed_on IS NULL OR i.closed_on > ?) "
                                       "GROUP BY i.customer_id, i.currency"));
    const QString d = IsoDate::format(asOf);
    query.exec({d, d, d});
    QHash<qint64, QHash<QString, qint64>> result;
    while (query.next())
        result[query.integer(0)][query.text(1)] = query.integer(2);
    return result;
}

qint64 InvoiceRepository::insertCreditNote(const CreditNote& note)
{
    Statement insert(m_db.connection(), QStringLiteral("INSERT INTO credit_notes (number, invoice_id, note_date, amount, "
                                                       "reason) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.exec({note.number, note.invoiceId, IsoDate::format(note.date), note.amount, note.reason});
    return insert.returnedId();
}

qint64 InvoiceRepository::takeNextNumber(const QString& prefix)
{
    // The UPDATE takes the row lock first, so concurrent issuers queue up instead of both reading
    // the same value; inside the caller's transaction a rollback gives the number back (no gaps).
    Statement bump(m_db.connection(),
                   QStringLiteral("UPDATE number_sequences SET next_value = next_value + 1 WHERE prefix = ?"));
    bump.exec({prefix});
    if (bump.rowsAffected() == 0) {
        Statement(m_db.connection(), QStringLiteral("INSERT INTO number_sequences (prefix, next_value) VALUES (?, 2)"))
            .exec({prefix});
        return 1;
    }
    Statement read(m_db.connection(), QStringLiteral("SELECT next_value - 1 FROM number_sequences WHERE prefix = ?"));
    read.exec({prefix});
    read.next();
    return read.integer(0);
}

void InvoiceRepository::raiseSequence(const QString& prefix, qint64 atLeastNext)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE number_sequences SET next_value = ? "
                                                       "WHERE prefix = ? AND next_value < ?"));
    update.exec({atLeastNext, prefix, atLeastNext});
    Statement exists(m_db.connection(), QStringLiteral("SELECT 1 FROM number_sequences WHERE prefix = ?"));
    exists.exec({prefix});
    if (!exists.next()) {
        exists.finish();
        Statement(m_db.connection(), QStringLiteral("INSERT INTO number_sequences (prefix, next_value) VALUES (?, ?)"))
            .exec({prefix, atLeastNext});
    }
}

} // namespace settle
