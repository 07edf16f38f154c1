#pragma once

#include "terms/PaymentTerms.h"

#include <QHash>
#include <QList>

#include <optional>

namespace settle {

class Database;

class TermsRepository
{
public:
    explicit TermsRepository(Database& db) : m_db(db) {}

    qint64 insert(const PaymentTerms& terms);
    QList<std::pair<qint64, PaymentTerms>> all();
    std::optional<std::pair<qint64, PaymentTerms>> findByName(const QString& name);

private:
    Database& m_db;
};

} // namespace settle
