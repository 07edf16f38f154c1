#include "storage/FollowupRepository.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/InvoiceEventRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Statement.h"

namespace settle {

namespace {

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The planner reads tens of thousands of stored dates per run; QDate::fromString is the slow part of
// that, so read the one form the ledger writes, YYYY-MM-DD, digit by digit (invalid for anything else).
QDate storedDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&](int from, int length) {
        int n = 0;
        for (int k = from; k < from + length; ++k) {
            const char16_t c = text[k].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace

FollowupRepository::FollowupRepository(Database& db) : m_db(db) {}

FollowupRepository::~FollowupRepository() = default;

FollowupSnapshot FollowupRepository::snapshot(QDate asOf)
{
    FollowupSnapshot s;
    s.asOf = asOf;
    const QString d = IsoDate::format(asOf);
    s.customers = customers();
    for (const auto& policy : PolicyRepository(m_db).all())
        s.policies.insert(policy.id, policy);

    QHash<qint64, qsizetype> indexById;
    {
        // The same cut as the aging report: what was issued by the date and not settled by then.
        // Fee charges the engine itself raised are not escalated on their own.
        Statement invoices(
            m_db.connection(),
            QStringLiteral(
                "SELECT i.id, i.number, i.customer_id, i.currency, i.issue_date, i.due_date, i.extended_due_date, "
                "i.total, i.total - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.invoice_id = i.id "
                "AND a.alloc_date <= ?), 0), "
                // What was raised before for the invoice as a whole: the last stage and its date, found
                // through the UNIQUE index of rule 5 rather than by reading the whole history.
                "(SELECT f.stage_index FROM followup_items f WHERE f.invoice_id = i.id AND f.installment = 0 "
                "ORDER BY f.stage_index DESC LIMIT 1), "
                "(SELECT f.raised_on FROM followup_items f WHERE f.invoice_id = i.id AND f.installment = 0 "
                "ORDER BY f.stage_index DESC LIMIT 1) FROM invoices i "
                "WHERE i.status IN ('open', 'paid', 'written_off') AND i.number IS NOT NULL AND i.issue_date <= ? "
                "AND (i.closed_on IS NULL OR i.closed_on > ?) "
                "AND NOT EXISTS (SELECT 1 FROM followup_items f WHERE f.fee_invoice_id = i.id)"));
        invoices.exec({d, d, d});
        while (invoices.next()) {
            const qint64 balance = invoices.integer(8);
            if (balance <= 0)
                continue;
            FollowupSnapshot::Invoice i;
            i.id = invoices.integer(0);
            i.number = invoices.text(1);
            i.customerId = invoices.integer(2);
            i.currency = invoices.text(3);
            i.issueDate = storedDate(invoices.value(4));
            i.dueDate = storedDate(invoices.value(5));
            i.extendedDueDate = storedDate(invoices.value(6));
            i.total = invoices.integer(7);
            i.balance = balance;
            if (!invoices.value(9).isNull())
                s.history.insert({i.id, 0}, FollowupSnapshot::History{int(invoices.integer(9)), storedDate(invoices.value(10))});
            indexById.insert(i.id, s.invoices.size());
            s.invoices << i;
        }
    }
    InvoiceEventRepository events(m_db);
    const auto pausing = events.pausingByInvoice();
    for (auto it = pausing.cbegin(); it != pausing.cend(); ++it)
        if (const auto index = indexById.constFind(it.key()); index != indexById.constEnd())
            s.invoices[index.value()].events = it.value();
    const auto installments = events.allInstallments();
    for (auto it = installments.cbegin(); it != installments.cend(); ++it)
        if (const auto index = indexById.constFind(it.key()); index != indexById.constEnd())
            s.invoices[index.value()].installments = it.value();

    // Installments have histories of their own. Stages go strictly in order and each waits at least
    // its (non-negative) gap after the one before, so the highest stage raised is the last one raised
    // and its date the latest date.
    Statement history(m_db.connection(),
                      QStringLiteral("SELECT f.invoice_id, f.installment, MAX(f.stage_index), MAX(f.raised_on) "
                                     "FROM invoice_installments n JOIN followup_items f "
                                     "ON f.invoice_id = n.invoice_id AND f.installment = n.seq "
                                     "GROUP BY f.invoice_id, f.installment"));
    history.exec();
    while (history.next())
        if (indexById.contains(history.integer(0)))
            s.history.insert({history.integer(0), int(history.integer(1))},
                             FollowupSnapshot::History{int(history.integer(2)), storedDate(history.value(3))});
    return s;
}

QHash<qint64, FollowupSnapshot::Customer> FollowupRepository::customers()
{
    Statement query(m_db.connection(), QStringLiteral("SELECT id, code, name, email, cc, phone, language, on_hold, "
                                                      "policy_id FROM customers"));
    query.exec();
    QHash<qint64, FollowupSnapshot::Customer> result;
    while (query.next()) {
        FollowupSnapshot::Customer c;
        c.id = query.integer(0);
        c.code = query.text(1);
        c.name = query.text(2);
        c.email = query.text(3);
        c.cc = query.text(4);
        c.phone = query.text(5);
        c.language = query.text(6);
        c.onHold = query.integer(7) != 0;
        c.policyId = query.integer(8);
        result.insert(c.id, c);
    }
    return result;
}

bool FollowupRepository::isRaised(qint64 invoiceId, int installment, int stageIndex)
{
    if (!m_isRaised)
        m_isRaised = std::make_unique<Statement>(
            m_db.connection(), QStringLiteral("SELECT 1 FROM followup_items WHERE invoice_id = ? AND installment = ? "
                                              "AND stage_index = ?"));
    m_isRaised->exec({invoiceId, installment, stageIndex});
    const bool raised = m_isRaised->next();
    m_isRaised->finish();
    return raised;
}

qint64 FollowupRepository::insertFollowup(const FollowupAction& action, QDate raisedOn, FollowupRecord::State state,
                                          const QDateTime& createdAt)
{
    if (!m_insertFollowup)
        m_insertFollowup = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO followups (customer_id, policy_id, stage_index, stage_name, channel, raised_on, "
                           "state, needs_approval, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    m_insertFollowup->exec({action.customerId, action.policyId, action.stageIndex, action.stage.name,
                            action.stage.channels.name(), IsoDate::format(raisedOn), FollowupRecord::stateName(state),
                            action.stage.needsApproval ? 1 : 0, timestamp(createdAt)});
    return m_insertFollowup->returnedId();
}

qint64 FollowupRepository::insertItem(qint64 followupId, const FollowupItem& item, int stageIndex, QDate raisedOn,
                                      qint64 interest)
{
    if (!m_insertItem)
        m_insertItem = std::make_unique<Statement>(
            m_db.connection(),
            QStringLiteral("INSERT INTO followup_items (followup_id, invoice_id, installment, stage_index, raised_on, "
                           "due_date, balance, interest) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    m_insertItem->exec({followupId, item.invoiceId, item.installment, stageIndex, IsoDate::format(raisedOn),
                        IsoDate::format(item.dueDate), item.balance, interest});
    return m_insertItem->returnedId();
}

void FollowupRepository::setFeeInvoice(qint64 followupId, qint64 invoiceId, int installment, qint64 feeInvoiceId)
{
    Statement update(m_db.connection(), QStringLiteral("UPDATE followup_items SET fee_invoice_id = ? "
                                                       "WHERE followup_id = ? AND invoice_id = ? AND installment = ?"));
    update.exec({feeInvoiceId, followupId, invoiceId, installment});
}

void FollowupRepository::setState(qint64 followupId, FollowupRecord::State state, int version,
                                  const QDateTime& decidedAt, const QString& decidedBy)
{
    Statement update(m_db.connection(),
                     QStringLiteral("UPDATE followups SET state = ?, decided_at = ?, decided_by = ?, "
                                    "version = version + 1 WHERE id = ? AND version = ?"));
    update.exec({FollowupRecord::stateName(state), timestamp(decidedAt), decidedBy, followupId, version});
    if (update.rowsAffected() != 1)
        throw SettleError(SettleError::Kind::Conflict,
                          QStringLiteral("follow-up %1 was changed by someone else; reload and try again").arg(followupId));
}

qint64 FollowupRepository::insertLetter(qint64 followupId, qint64 customerId, QDate date, const QString& subject,
                                        const QString& body)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO followup_letters (followup_id, customer_id, letter_date, subject, "
                                    "body_text) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.exec({followupId, customerId, IsoDate::format(date), subject, body});
    return insert.returnedId();
}

qint64 FollowupRepository::insertTask(qint64 followupId, qint64 customerId, QDate dueOn, const QString& title,
                                      const QString& notes)
{
    Statement insert(m_db.connection(),
                     QStringLiteral("INSERT INTO followup_tasks (followup_id, customer_id, due_on, title, notes) "
                                    "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.exec({followupId, customerId, IsoDate::format(dueOn), title, notes});
    return insert.returnedId();
}

QList<FollowupRecord> FollowupRepository::select(const QString& where, std::initializer_list<QVariant> values)
{
    QList<FollowupRecord> records;
    {
        Statement query(m_db.connection(),
                        QStringLiteral("SELECT f.id, f.customer_id, c.code, c.name, f.stage_index, f.stage_name, "
                                       "f.channel, f.raised_on, f.state, f.needs_approval, f.created_at, f.decided_at, "
                                       "f.decided_by, f.version, f.policy_id, f.snoozed_until FROM followups f "
                                       "JOIN customers c ON c.id = f.customer_id ") +
                            where + QStringLiteral(" ORDER BY f.raised_on DESC, f.id DESC"));
        query.exec(values);
        while (query.next()) {
            FollowupRecord r;
            r.id = query.integer(0);
            r.customerId = query.integer(1);
            r.customerCode = query.text(2);
            r.customerName = query.text(3);
            r.stageIndex = int(query.integer(4));
            r.stageName = query.text(5);
            r.channel = query.text(6);
            r.raisedOn = query.date(7);
            r.state = FollowupRecord::stateFromName(query.text(8)).value_or(FollowupRecord::State::Queued);
            r.needsApproval = query.integer(9) != 0;
            r.createdAt = QDateTime::fromString(query.text(10), Qt::ISODateWithMs);
            r.decidedAt = QDateTime::fromString(query.text(11), Qt::ISODateWithMs);
            r.decidedBy = query.text(12);
            r.version = int(query.integer(13));
            r.policyId = query.integer(14);
            r.snoozedUntil = query.date(15);
            records << r;
        }
    }
    loadDetails(records);
    return records;
}

void FollowupRepository::loadDetails(QList<FollowupRecord>& records)
{
    if (records.isEmpty())
        return;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype k = 0; k < records.size(); ++k)
        indexById.insert(records[k].id, k);
    // One id: look it up; several: read the lot once rather than one query per follow-up.
    const bool one = records.size() == 1;
    const QString filter = one ? QStringLiteral(" WHERE x.followup_id = ?") : QString();
    const QVariant id = records.first().id;
    auto run = [&](const QString& sql) {
        auto query = std::make_unique<Statement>(m_db.connection(), sql.arg(filter));
        if (one)
            query->exec({id});
        else
            query->exec();
        return query;
    };

    auto items = run(QStringLiteral(
        "SELECT x.followup_id, x.invoice_id, i.number, x.installment, i.currency, x.due_date, x.balance, x.raised_on, "
        "x.interest, fee.number, fee.total FROM followup_items x JOIN invoices i ON i.id = x.invoice_id "
        "LEFT JOIN invoices fee ON fee.id = x.fee_invoice_id%1 ORDER BY i.number, x.installment"));
    while (items->next()) {
        const auto it = indexById.constFind(items->integer(0));
        if (it == indexById.constEnd())
            continue;
        FollowupRecord::Item item;
        item.due.invoiceId = items->integer(1);
        item.due.number = items->text(2);
        item.due.installment = int(items->integer(3));
        item.due.currency = items->text(4);
        item.due.dueDate = items->date(5);
        item.due.balance = items->integer(6);
        item.due.daysOverdue = int(item.due.dueDate.daysTo(items->date(7)));
        item.interest = items->integer(8);
        item.feeInvoiceNumber = items->text(9);
        item.fee = items->integer(10);
        records[it.value()].items << item;
    }
    items.reset();

    using Kind = FollowupRecord::Delivery::Kind;
    const std::pair<Kind, QString> sources[] = {
        {Kind::Email, QStringLiteral("SELECT x.followup_id, x.id, x.to_addresses, x.cc_addresses, x.subject, "
                                     "x.body_text, x.state FROM outbox x%1 ORDER BY x.id")},
        {Kind::Letter, QStringLiteral("SELECT x.followup_id, x.id, '', '', x.subject, x.body_text, x.state "
                                      "FROM followup_letters x%1 ORDER BY x.id")},
        {Kind::Task, QStringLiteral("SELECT x.followup_id, x.id, '', '', x.title, x.notes, x.state "
                                    "FROM followup_tasks x%1 ORDER BY x.id")},
    };
    for (const auto& [kind, sql] : sources) {
        auto query = run(sql);
        while (query->next()) {
            const auto it = indexById.constFind(query->integer(0));
            if (it == indexById.constEnd())
                continue;
            records[it.value()].deliveries << FollowupRecord::Delivery{kind,
                                                                       query->integer(1),
                                                                       query->text(2),
                                                                       query->text(3),
                                                                       query->text(4),
                                                                       query->text(5),
                                                                       query->text(6)};
        }
    }
}

QList<FollowupRecord> FollowupRepository::list(bool pendingApprovalOnly)
{
    if (pendingApprovalOnly)
        return select(QStringLiteral("WHERE f.state = 'pending_approval'"), {});
    return select(QString(), {});
}

QList<FollowupRecord> FollowupRepository::waiting(QDate today)
{
    return select(QStringLiteral("WHERE f.state <> 'dismissed' AND (f.snoozed_until IS NULL OR f.snoozed_until <= ?) "
                                 "AND (f.state = 'pending_approval' "
                                 "OR EXISTS (SELECT 1 FROM outbox o WHERE o.followup_id = f.id AND "
                                 "(o.state = 'queued' OR o.state = 'failed' OR o.state = 'unknown')) "
                                 "OR EXISTS (SELECT 1 FROM followup_letters l WHERE l.followup_id = f.id "
                                 "AND l.state = 'to_print') "
                                 "OR EXISTS (SELECT 1 FROM followup_tasks t WHERE t.followup_id = f.id "
                                 "AND t.state = 'open'))"),
                  {IsoDate::format(today)});
}

std::optional<FollowupRecord> FollowupRepository::find(qint64 followupId)
{
    const auto records = select(QStringLiteral("WHERE f.id = ?"), {followupId});
    if (records.isEmpty())
        return std::nullopt;
    return records.first();
}

} // namespace settle
