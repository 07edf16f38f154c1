#include "storage/SqliteStatement.h"

#include "errors/SettleError.h"
#include "storage/DriverErrors.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace settle {

sqlite3* SqliteStatement::handle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(QStringLiteral("prepare"));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const QString& what) const
{
    DriverErrors::raiseSqlite(m_db, QStringLiteral("%1: %2").arg(what, m_sql));
}

void SqliteStatement::rewind()
{
    // The result of the last step was already seen; reset keeps the bindings.
    sqlite3_reset(m_statement);
    m_stepped = false;
    m_rowPending = false;
    m_onRow = false;
}

void SqliteStatement::bindValue(int position, const QVariant& value)
{
    if (m_stepped)
        rewind();
    const int index = position + 1;
    int rc = SQLITE_OK;
    // A typed null (QPSQL gives them for NULL cells, e.g. while copying a ledger) is NULL, not 0.
    if (value.isNull()) {
        if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
            fail(QStringLiteral("bind"));
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::UnknownType: rc = sqlite3_bind_null(m_statement, index); break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UShort: rc = sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        rc = sqlite3_bind_int64(m_statement, index, qint64(value.toULongLong()));
        break;
    case QMetaType::Double:
    case QMetaType::Float: rc = sqlite3_bind_double(m_statement, index, value.toDouble()); break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = bytes.isNull() ? sqlite3_bind_null(m_statement, index)
                            : sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                                  SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text = value.toString();
        if (text.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            const QByteArray utf8 = text.toUtf8();
            rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        break;
    }
    }
    if (rc != SQLITE_OK)
        fail(QStringLiteral("bind"));
}

void SqliteStatement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_onRow = true;
        return;
    }
    m_onRow = false;
    if (rc != SQLITE_DONE) {
        // The error is the connection's; read it before reset could replace it (prepare_v2
        // statements report the step's own code from sqlite3_step already).
        const int code = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        rewind();
        DriverErrors::raiseSqlite(code, message, m_sql);
    }
    m_changes = sqlite3_changes(m_db);
    // Finished statements let go of their read snapshot at once, as QtSql's do.
    rewind();
}

void SqliteStatement::exec()
{
    if (m_stepped)
        rewind();
    m_changes = 0;
    step();
    m_rowPending = m_onRow;
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!m_onRow)
        return false;
    step();
    return m_onRow;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL: return QVariant();
    default: return QVariant(text(column));
    }
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::finish()
{
    if (m_stepped)
        rewind();
}

} // namespace settle
