#include "storage/PgBulkWrites.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/PgCopyWriter.h"

#include <algorithm>

namespace settle {

namespace {

// Ids fetched per round trip. Unused ones are gaps in the sequence, as a rolled-back insert leaves.
constexpr qint64 idsPerReservation = 2000;

} // namespace

PgBulkWrites::PgBulkWrites(Database& db) : m_db(db) {}

PgBulkWrites::~PgBulkWrites() = default;

void PgBulkWrites::expect(const QString& table, qint64 rows)
{
    m_expected[table] += rows;
}

qint64 PgBulkWrites::nextId(const QString& table)
{
    QList<qint64>& free = m_freeIds[table];
    if (free.isEmpty()) {
        endStream(); // the reservation is a statement of its own
        // As many as the import said it needs (a one-invoice import takes one), else a block.
        const qint64 expected = m_expected.take(table);
        const qint64 count = expected > 0 ? expected : idsPerReservation;
        free = PgCopyWriter::reserveIds(m_db.connection(), table, count);
        std::reverse(free.begin(), free.end());
    }
    return free.takeLast();
}

void PgBulkWrites::queue(const QString& table, const QStringList& columns, QVariantList row)
{
    for (QVariant& value : row) {
        if (value.metaType() != QMetaType::fromType<QString>())
            continue;
        const auto* text = static_cast<const QString*>(value.constData());
        // As Statement::bindValue: the same refusal on both engines, whichever path writes the row.
        if (text->contains(QChar(u'\0')))
            throw SettleError(SettleError::Kind::BadInput,
                              QStringLiteral("a text holds a NUL character (\\0), which a ledger cannot store; "
                                             "remove it and try again; nothing was changed"));
        if (text->isNull())
            value = QStringLiteral("");
    }
    if (!m_streamed) {
        m_streamed = true;
        m_tables << Table{table, columns, {}};
        m_stream = std::make_unique<PgCopyWriter>(m_db.connection(), table, columns);
    }
    if (m_stream && m_tables.first().name == table && m_tables.first().columns == columns) {
        m_stream->add(row);
        return;
    }
    for (Table& t : m_tables) {
        if (t.name == table && t.columns == columns) {
            t.rows << std::move(row);
            return;
        }
    }
    m_tables << Table{table, columns, {std::move(row)}};
}

void PgBulkWrites::endStream()
{
    if (!m_stream)
        return;
    m_stream->finish();
    m_stream.reset();
}

void PgBulkWrites::flush()
{
    endStream();
    for (Table& table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        PgCopyWriter writer(m_db.connection(), table.name, table.columns);
        for (const QVariantList& row : std::as_const(table.rows))
            writer.add(row);
        writer.finish();
        table.rows.clear();
    }
}

PgBulkWrites::Scope::Scope(Database& db) : m_db(db)
{
    if (db.engine() != Database::Engine::PostgreSQL || db.bulkWrites())
        return;
    m_writes = std::make_unique<PgBulkWrites>(db);
    db.setBulkWrites(m_writes.get());
}

PgBulkWrites::Scope::~Scope()
{
    if (m_writes)
        m_db.setBulkWrites(nullptr);
}

void PgBulkWrites::Scope::expect(const QString& table, qint64 rows)
{
    if (m_writes)
        m_writes->expect(table, rows);
}

void PgBulkWrites::Scope::finish()
{
    if (!m_writes)
        return;
    m_db.setBulkWrites(nullptr);
    m_writes->flush();
    m_writes.reset();
}

} // namespace settle
