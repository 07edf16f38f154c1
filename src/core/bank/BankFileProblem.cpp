#include "bank/BankFileProblem.h"

#include "errors/SettleError.h"

namespace settle {

QString BankFileProblem::where(int entry, int line, int transaction)
{
    QString place;
    if (entry > 0)
        place = QStringLiteral("entry %1").arg(entry);
    if (transaction > 0)
        place += QStringLiteral(", transaction %1").arg(transaction);
    if (line > 0)
        place = place.isEmpty() ? QStringLiteral("line %1").arg(line) : place + QStringLiteral(" (line %1)").arg(line);
    return place;
}

void BankFileProblem::refuse(const QString& file, const QString& where, const QString& field, const QString& message)
{
    QString text = file;
    if (!where.isEmpty())
        text += QStringLiteral(": ") + where;
    if (!field.isEmpty())
        text += QStringLiteral(": ") + field;
    // An MT940 tag names itself with its colons (":61: amount: ..."); other fields take one.
    text += field.endsWith(u':') ? QStringLiteral(" ") : QStringLiteral(": ");
    throw SettleError(SettleError::Kind::BadInput, text + message);
}

void BankFileProblem::checkRoomForEntry(const QString& file, qsizetype entriesRead, const QString& where)
{
    if (entriesRead >= MaxEntries)
        refuse(file, where, {},
               QStringLiteral("the file has more than %L1 entries, more than Settle reads from one file; "
                              "export a shorter period")
                   .arg(MaxEntries));
}

} // namespace settle
