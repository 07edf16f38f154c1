#include "storage/Statement.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/DriverErrors.h"
#include "storage/PgConnection.h"
#include "storage/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlError>

namespace settle {

namespace {
[[noreturn]] void fail(const QSqlDatabase& db, const QString& sql, const QSqlError& error)
{
    DriverErrors::raise(db, error, sql);
}
} // namespace

Statement::Statement(const QSqlDatabase& db, const QString& sql) : m_sql(sql)
{
    if (sqlite3* handle = SqliteStatement::handle(db)) {
        m_sqlite = std::make_unique<SqliteStatement>(handle, sql);
        return;
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    m_connectionName = db.connectionName();
    m_generation = PgConnection::generation(db);
    if (!m_query->prepare(sql))
        fail(db, sql, m_query->lastError());
}

Statement::~Statement()
{
    if (isStale())
        abandonQuery();
}

bool Statement::isStale() const
{
    const QSqlDriver* driver = m_query ? m_query->driver() : nullptr;
    return driver && driver->property(PgConnection::generationProperty).toInt() != m_generation;
}

void Statement::abandonQuery()
{
    // Qt's driver would DEALLOCATE the forgotten statement by name: an error on the new connection
    // that also aborts any transaction open on it. The few bytes of the old query are left instead.
    (void)new QSqlQuery(std::move(*m_query));
    m_query.reset();
}
Statement::Statement(Statement&& other) noexcept
    : m_sql(std::move(other.m_sql)), m_sqlite(std::move(other.m_sqlite)), m_query(std::move(other.m_query)),
      m_connectionName(std::move(other.m_connectionName)), m_generation(other.m_generation)
{
    other.m_query.reset(); // a moved-from QSqlQuery has no driver to ask
}

namespace {

template <typename Values>
Statement& bindEach(Statement& statement, const Values& values)
{
    static const QVariant empty(QStringLiteral(""));
    int position = 0;
    for (const QVariant& value : values) {
        // An absent text is an empty cell, not SQL NULL; NULL is asked for with an invalid QVariant.
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            statement.bindValue(position++, empty);
        else
            statement.bindValue(position++, value);
    }
    return statement;
}

} // namespace

Statement& Statement::bind(std::initializer_list<QVariant> values)
{
    return bindEach(*this, values);
}

Statement& Statement::bind(const QVariantList& values)
{
    return bindEach(*this, values);
}

void Statement::bindValue(int position, const QVariant& value)
{
    // PostgreSQL cannot store a NUL character in text (its driver cuts the value there and the
    // statement breaks); SQLite could, but a ledger must read the same on both engines.
    if (value.metaType() == QMetaType::fromType<QString>() &&
        static_cast<const QString*>(value.constData())->contains(QChar(u'\0')))
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("a text holds a NUL character (\\0), which a ledger cannot store; "
                                         "remove it and try again; nothing was changed"));
    if (m_sqlite)
        m_sqlite->bindValue(position, value);
    else
        m_query->bindValue(position, value);
}

Statement& Statement::exec()
{
    if (m_sqlite) {
        m_sqlite->exec();
        return *this;
    }
    if (isStale()) {
        // The connection was opened again since this was prepared, and the server has forgotten it.
        const QVariantList values = m_query->boundValues();
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        abandonQuery();
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        m_generation = PgConnection::generation(db);
        if (!m_query->prepare(m_sql))
            fail(db, m_sql, m_query->lastError());
        for (int i = 0; i < int(values.size()); ++i)
            m_query->bindValue(i, values[i]);
    }
    if (!m_query->exec())
        fail(QSqlDatabase(), m_sql, m_query->lastError()); // only other engines come this way
    return *this;
}

bool Statement::next()
{
    return m_sqlite ? m_sqlite->next() : m_query->next();
}

QVariant Statement::value(int column) const
{
    return m_sqlite ? m_sqlite->value(column) : m_query->value(column);
}

QString Statement::text(int column) const
{
    return m_sqlite ? m_sqlite->text(column) : m_query->value(column).toString();
}

qint64 Statement::integer(int column) const
{
    return m_sqlite ? m_sqlite->integer(column) : m_query->value(column).toLongLong();
}

int Statement::rowsAffected() const
{
    return m_sqlite ? m_sqlite->rowsAffected() : m_query->numRowsAffected();
}

void Statement::finish()
{
    if (m_sqlite)
        m_sqlite->finish();
    else
        m_query->finish();
}

void Statement::run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(db, sql, query.lastError());
}

QDate Statement::date(int column) const
{
    const QVariant value = this->value(column);
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

qint64 Statement::returnedId()
{
    if (!next())
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("database insert returned no id"));
    const qint64 id = integer(0);
    finish();
    return id;
}

qint64 Statement::lastInsertId() const
{
    if (!m_sqlite)
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("lastInsertId is for SQLite connections only"));
    return m_sqlite->lastInsertId();
}

QVariant Statement::dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(IsoDate::format(date)) : QVariant();
}

QVariant Statement::textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace settle
