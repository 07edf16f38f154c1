#include "storage/SearchRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

QList<SearchRepository::Hit> SearchRepository::find(const QString& text, std::optional<qint64> totalMinor, int limit)
{
    QList<Hit> hits;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return hits;
    QString escaped = trimmed.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    const QString like = u'%' + escaped + u'%';

    Statement customers(m_db.connection(),
                        QStringLiteral("SELECT code, name, currency FROM customers "
                                       "WHERE LOWER(code) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\' "
                                       "ORDER BY name, code LIMIT ?"));
    customers.exec({like, like, limit});
    while (customers.next())
        hits << Hit{Hit::Kind::Customer, customers.text(0), customers.text(1), {}, customers.text(2), 0};

    // An amount matches totals exactly; -1 never does, as totals are never negative.
    Statement invoices(m_db.connection(),
                       QStringLiteral("SELECT i.number, c.name, i.currency, i.total FROM invoices i "
                                      "JOIN customers c ON c.id = i.customer_id "
                                      "WHERE i.number IS NOT NULL AND (LOWER(i.number) LIKE ? ESCAPE '\\' OR i.total = ?) "
                                      "ORDER BY i.id DESC LIMIT ?"));
    invoices.exec({like, totalMinor.value_or(-1), limit});
    while (invoices.next())
        hits << Hit{Hit::Kind::Invoice, invoices.text(0), invoices.text(0), invoices.text(1), invoices.text(2),
                    invoices.integer(3)};
    return hits;
}

} // namespace settle
