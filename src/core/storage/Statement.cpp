#include "storage/Statement.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "storage/SqliteStatement.h"

#include <QSqlError>

namespace settle {

namespace {
[[noreturn]] void fail(const QString& what, const QString& sql, const QSqlError& error)
{
    const QString message = error.text().trimmed();
    // A second writer holding the lock is a run-time condition a user can retry, not a bug.
    throw SettleError(SettleError::Kind::Runtime,
                      QStringLiteral("database %1 failed: %2 [%3]").arg(what, message, sql.simplified().left(80)));
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
    if (!m_query->prepare(sql))
        fail(QStringLiteral("prepare"), sql, m_query->lastError());
}

Statement::~Statement() = default;
Statement::Statement(Statement&&) noexcept = default;

Statement& Statement::bind(std::initializer_list<QVariant> values)
{
    static const QVariant empty(QStringLiteral(""));
    int position = 0;
    for (const QVariant& value : values) {
        // An absent text is an empty cell, not SQL NULL; NULL is asked for with an invalid QVariant.
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            bindValue(position++, empty);
        else
            bindValue(position++, value);
    }
    return *this;
}

void Statement::bindValue(int position, const QVariant& value)
{
    if (m_sqlite)
        m_sqlite->bindValue(position, value);
    else
        m_query->bindValue(position, value);
}

Statement& Statement::exec()
{
    if (m_sqlite)
        m_sqlite->exec();
    else if (!m_query->exec())
        fail(QStringLiteral("query"), m_sql, m_query->lastError());
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
        fail(QStringLiteral("statement"), sql, query.lastError());
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
