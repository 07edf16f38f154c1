#include "storage/TemplateRepository.h"

#include "errors/SettleError.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

namespace {

const char* const columns = "key, language, subject, body_text, body_html, updated_at, version";

Template read(const Statement& q)
{
    Template t;
    t.key = q.text(0);
    t.language = q.text(1);
    t.subject = q.text(2);
    t.bodyText = q.text(3);
    t.bodyHtml = q.text(4);
    t.updatedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    t.version = int(q.integer(6));
    return t;
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

[[noreturn]] void conflict(const Template& t)
{
    throw SettleError(
        SettleError::Kind::Conflict,
        QStringLiteral("template %1 was changed by someone else; reload and try again").arg(t.label()));
}

} // namespace

std::optional<Template> TemplateRepository::find(const QString& key, const QString& language)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT %1 FROM templates WHERE key = ? AND language = ?")
                        .arg(QString::fromUtf8(columns)));
    query.exec({key, language});
    if (!query.next())
        return std::nullopt;
    return read(query);
}

QList<Template> TemplateRepository::all()
{
    Statement query(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM templates ORDER BY key, language").arg(QString::fromUtf8(columns)));
    query.exec();
    QList<Template> result;
    while (query.next())
        result << read(query);
    return result;
}

void TemplateRepository::insert(const Template& t, const QDateTime& at)
{
    // Only where no row exists yet, so that a second writer of a new template gets a conflict.
    Statement insert(
        m_db.connection(),
        QStringLiteral("INSERT INTO templates (key, language, subject, body_text, body_html, updated_at, "
                       "version) SELECT ?, ?, ?, ?, ?, ?, 1 WHERE NOT EXISTS "
                       "(SELECT 1 FROM templates WHERE key = ? AND language = ?)"));
    insert.exec({t.key, t.language, t.subject, t.bodyText, t.bodyHtml, timestamp(at), t.key, t.language});
    if (insert.rowsAffected() != 1)
        conflict(t);
}

void TemplateRepository::update(const Template& t, const QDateTime& at)
{
    Statement update(
        m_db.connection(),
        QStringLiteral("UPDATE templates SET subject = ?, body_text = ?, body_html = ?, updated_at = ?, "
                       "version = version + 1 WHERE key = ? AND language = ? AND version = ?"));
    update.exec({t.subject, t.bodyText, t.bodyHtml, timestamp(at), t.key, t.language, t.version});
    if (update.rowsAffected() != 1)
        conflict(t);
}

} // namespace settle
