#include "storage/PgCopyWriter.h"

#include "errors/StorageError.h"
#include "storage/DriverErrors.h"
#include "storage/PgConnection.h"

#include <QDate>
#include <QDateTime>

#include <libpq-fe.h>

#include <spdlog/spdlog.h>

namespace settle {

namespace {

// Sent to the server in pieces of about this size: big enough that the per-call cost vanishes,
// small enough that a 100k-row table does not sit twice in memory.
constexpr qsizetype flushBytes = 1 << 18;

// COPY's text format: tab between cells, newline after a row, \N for NULL, and a backslash before
// the characters that would otherwise end a cell or a row.
void appendText(QByteArray& out, const QByteArray& utf8)
{
    // Runs without a character to escape go in at once: most cells have none.
    const char* run = utf8.constData();
    const char* const end = run + utf8.size();
    for (const char* p = run; p < end; ++p) {
        const char* escaped = nullptr;
        switch (*p) {
        case '\\': escaped = "\\\\"; break;
        case '\t': escaped = "\\t"; break;
        case '\n': escaped = "\\n"; break;
        case '\r': escaped = "\\r"; break;
        default: continue;
        }
        out.append(run, p - run);
        out.append(escaped, 2);
        run = p + 1;
    }
    out.append(run, end - run);
}

QString sqlState(PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromLatin1(state) : QString();
}

} // namespace

PgCopyWriter::PgCopyWriter(const QSqlDatabase& db, const QString& table, const QStringList& columns)
    : m_connection(PgConnection::handle(db)),
      m_sql(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))))
{
    if (!m_connection)
        throw StorageError(StorageError::Cause::Other, DriverErrors::sentence(StorageError::Cause::Other));
    PGresult* result = PQexec(m_connection, m_sql.toUtf8().constData());
    const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
    const QString state = sqlState(result);
    PQclear(result);
    if (!ready)
        DriverErrors::raisePostgres(state, QString::fromUtf8(PQerrorMessage(m_connection)), m_sql,
                                    PQstatus(m_connection) == CONNECTION_BAD);
    m_open = true;
    m_buffer.reserve(flushBytes + 4096);
}

PgCopyWriter::~PgCopyWriter()
{
    if (!m_open)
        return;
    // An error message ends the COPY with a failure, so that none of its rows stay.
    if (PQputCopyEnd(m_connection, "abandoned") == 1)
        while (PGresult* result = PQgetResult(m_connection))
            PQclear(result);
}

void PgCopyWriter::append(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        m_buffer += "\\N";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool: m_buffer += value.toBool() ? 't' : 'f'; break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: m_buffer += QByteArray::number(value.toLongLong()); break;
    case QMetaType::QByteArray:
        // BYTEA in hex; the backslash of \x is itself escaped in the text format.
        m_buffer += "\\\\x";
        m_buffer += value.toByteArray().toHex();
        break;
    case QMetaType::QDate: m_buffer += value.toDate().toString(Qt::ISODate).toLatin1(); break;
    case QMetaType::QDateTime: appendText(m_buffer, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8()); break;
    default: appendText(m_buffer, value.toString().toUtf8());
    }
}

void PgCopyWriter::add(const QVariantList& row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        append(row[i]);
    }
    m_buffer += '\n';
    ++m_rows;
    if (m_buffer.size() >= flushBytes)
        flush();
}

void PgCopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        fail("send");
    m_buffer.clear();
}

qint64 PgCopyWriter::finish()
{
    flush();
    m_open = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        fail("end");
    QString state;
    QString message;
    bool ok = true;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            state = sqlState(result);
            message = QString::fromUtf8(PQresultErrorMessage(result));
        }
        PQclear(result);
    }
    if (!ok)
        DriverErrors::raisePostgres(state, message, m_sql, PQstatus(m_connection) == CONNECTION_BAD);
    return m_rows;
}

void PgCopyWriter::fail(const char* step)
{
    m_open = false;
    DriverErrors::raisePostgres({}, QStringLiteral("COPY %1: %2").arg(QLatin1String(step), QString::fromUtf8(PQerrorMessage(m_connection))),
                                m_sql, PQstatus(m_connection) == CONNECTION_BAD);
}

QList<qint64> PgCopyWriter::reserveIds(const QSqlDatabase& db, const QString& table, qint64 count)
{
    PGconn* connection = PgConnection::handle(db);
    if (!connection)
        throw StorageError(StorageError::Cause::Other, DriverErrors::sentence(StorageError::Cause::Other));
    const QString sql = QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, %2)")
                            .arg(table)
                            .arg(count);
    PGresult* result = PQexec(connection, sql.toUtf8().constData());
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const QString state = sqlState(result);
        PQclear(result);
        DriverErrors::raisePostgres(state, QString::fromUtf8(PQerrorMessage(connection)), sql,
                                    PQstatus(connection) == CONNECTION_BAD);
    }
    QList<qint64> ids;
    ids.reserve(PQntuples(result));
    for (int row = 0; row < PQntuples(result); ++row)
        ids << QByteArray(PQgetvalue(result, row, 0)).toLongLong();
    PQclear(result);
    return ids;
}

} // namespace settle
