#pragma once

#include "domain/PaymentTerms.h"

#include <QHash>
#include <QList>

#include <optional>

namespace settle {

class Database;

// Named payment terms (table payment_terms). A retired term stays on the customers and invoices that
// have it but is not offered for new ones: all() lists only the terms in use, stored() every one.
class TermsRepository
{
public:
    // A row as the settings page edits it.
    struct Stored
    {
        qint64 id = 0;
        PaymentTerms terms;
        bool retired = false;
        int version = 1; // optimistic locking
    };

    explicit TermsRepository(Database& db) : m_db(db) {}

    qint64 insert(const PaymentTerms& terms);
    // The terms offered for new customers and invoices (not retired), by id.
    QList<std::pair<qint64, PaymentTerms>> all();
    // Every term, retired ones too, by id.
    QList<Stored> stored();
    std::optional<Stored> findStored(qint64 id);
    // Any term, retired ones too: customers and invoices keep a term after it is retired.
    std::optional<std::pair<qint64, PaymentTerms>> findByName(const QString& name);
    // Changes the term's fields (not the frozen copies on issued invoices); refuses (Conflict) a stale version.
    void update(qint64 id, const PaymentTerms& terms, int version);
    // Refuses (Conflict) a stale version.
    void setRetired(qint64 id, bool retired, int version);
    // How many customers point to the term.
    qint64 customerCount(qint64 id);

private:
    Database& m_db;
};

} // namespace settle
