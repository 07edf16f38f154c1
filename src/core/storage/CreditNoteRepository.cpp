#include "storage/CreditNoteRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace settle {

std::optional<CreditNote> CreditNoteRepository::findByNumber(const QString& number)
{
    Statement query(m_db.connection(),
                    QStringLiteral("SELECT n.id, n.number, n.invoice_id, i.number, n.note_date, n.amount, n.reason "
                                   "FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id WHERE n.number = ?"));
    query.exec({number});
    if (!query.next())
        return std::nullopt;
    CreditNote note;
    note.id = query.integer(0);
    note.number = query.text(1);
    note.invoiceId = query.integer(2);
    note.invoiceNumber = query.text(3);
    note.date = query.date(4);
    note.amount = query.integer(5);
    note.reason = query.text(6);
    return note;
}

} // namespace settle
