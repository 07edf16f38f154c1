#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Database;

// Finds customers and invoices for the search field (Ctrl+K): by part of a customer's name or
// code, part of an invoice number, or an invoice's exact total.
class SearchRepository
{
public:
    struct Hit
    {
        enum class Kind { Customer, Invoice };
        Kind kind = Kind::Customer;
        QString key;      // customer code or invoice number
        QString title;    // customer name, or invoice number
        QString customer; // the invoice's customer name
        QString currency;
        qint64 total = 0; // invoices: the total in minor units
    };

    explicit SearchRepository(Database& db) : m_db(db) {}

    // Customers first, then invoices (newest first); at most `limit` of each.
    QList<Hit> find(const QString& text, std::optional<qint64> totalMinor, int limit);

private:
    Database& m_db;
};

} // namespace settle
