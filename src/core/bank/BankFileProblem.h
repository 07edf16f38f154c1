#pragma once

#include <QString>

namespace settle {

// The refusals of the bank statement readers, all in one shape so a person can find the place:
// "march.xml: entry 3 (line 45): Amt: \"12,x\" is not an amount". Always SettleError(BadInput).
class BankFileProblem
{
public:
    // A statement file holds at most this many entries: a year of a busy account is far fewer, and
    // anything larger is split by the bank's export anyway. Beyond it the readers refuse rather than
    // fill the memory.
    static constexpr qsizetype MaxEntries = 1'000'000;

    // "entry 3 (line 45)"; "entry 3, transaction 2 (line 50)" inside a batch; "line 45" outside any entry.
    static QString where(int entry, int line, int transaction = 0);

    // `where` and `field` may be empty when the problem is the whole file's.
    [[noreturn]] static void refuse(const QString& file, const QString& where, const QString& field,
                                    const QString& message);
    // Refuses when a reader already holds MaxEntries entries and finds another at `where`.
    static void checkRoomForEntry(const QString& file, qsizetype entriesRead, const QString& where);
};

} // namespace settle
