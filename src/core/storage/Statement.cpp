#include "storage/Statement.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"

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

Statement::Statement(const QSqlDatabase& db, const QString& sql) : m_sql(sql), m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QStringLiteral("prepare"), sql, m_query.lastError());
}

Statement& Statement::bind(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& value : values) {
        // An absent text is an empty cell, not SQL NULL; NULL is asked for with an invalid QVariant.
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            m_query.bindValue(position++, QStringLiteral(""));
        else
            m_query.bindValue(position++, value);
    }
    return *this;
}

Statement& Statement::exec()
{
    if (!m_query.exec())
        fail(QStringLiteral("query"), m_sql, m_query.lastError());
    return *this;
}

void Statement::run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(QStringLiteral("statement"), sql, query.lastError());
}

QDate Statement::date(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

qint64 Statement::returnedId()
{
    if (!m_query.next())
        throw SettleError(SettleError::Kind::Runtime, QStringLiteral("database insert returned no id"));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
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
