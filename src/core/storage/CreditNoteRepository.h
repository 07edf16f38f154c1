#pragma once

#include "domain/CreditNote.h"

#include <optional>

namespace settle {

class Database;

// Credit notes read by their number (an e-invoice of type 381 names the invoice it corrects). They
// are written with their allocation by InvoiceRepository.
class CreditNoteRepository
{
public:
    explicit CreditNoteRepository(Database& db) : m_db(db) {}

    std::optional<CreditNote> findByNumber(const QString& number);

private:
    Database& m_db;
};

} // namespace settle
