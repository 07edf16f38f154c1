#include "storage/LetterRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

QList<LetterRepository::Letter> LetterRepository::select(const QString& where, const QVariant& value)
{
    Statement query(
        m_db.connection(),
        QStringLiteral("SELECT l.id, l.followup_id, l.customer_id, c.code, f.stage_name, l.letter_date, "
                       "l.subject, l.body_text, l.state FROM followup_letters l "
                       "JOIN customers c ON c.id = l.customer_id JOIN followups f ON f.id = l.followup_id ") +
            where + QStringLiteral(" ORDER BY l.letter_date DESC, l.id DESC"));
    if (value.isValid())
        query.exec({value});
    else
        query.exec();
    QList<Letter> letters;
    while (query.next()) {
        Letter l;
        l.id = query.integer(0);
        l.followupId = query.integer(1);
        l.customerId = query.integer(2);
        l.customerCode = query.text(3);
        l.stageName = query.text(4);
        l.date = query.date(5);
        l.subject = query.text(6);
        l.body = query.text(7);
        l.state = query.text(8);
        letters << l;
    }
    return letters;
}

std::optional<LetterRepository::Letter> LetterRepository::find(qint64 id)
{
    const auto found = select(QStringLiteral("WHERE l.id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<LetterRepository::Letter> LetterRepository::all()
{
    return select({}, QVariant());
}

} // namespace settle
