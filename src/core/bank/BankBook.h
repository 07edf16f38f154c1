#pragma once

#include "bank/BankStatementReader.h"
#include "domain/BankEntryRecord.h"
#include "domain/BankImportCounts.h"
#include "domain/BankStatement.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace settle {

class BankRepository;
class Ledger;

// The ledger's bank entries: importing a statement stores its bookings once (a re-import or an
// overlapping file changes nothing), matches each credit to open invoices (BankMatcher) and records
// the payments that leave nothing to judge; a person accepts, assigns, ignores or undoes the rest.
// Every change is one Ledger::write with Change::Bank (and Payments | Invoices when a payment is
// recorded or removed). Works on any Ledger, so a worker thread can import on its own connection.
class BankBook
{
public:
    // Called after each entry of an import with (entries done, entries in all); returning false
    // cancels the import, which then throws SettleError(Runtime) and changes nothing.
    using Progress = std::function<bool(int done, int total)>;

    explicit BankBook(Ledger& ledger);
    ~BankBook();
    BankBook(const BankBook&) = delete;
    BankBook& operator=(const BankBook&) = delete;

    // Stores and matches the statement's entries in one write. An entry in a currency the ledger does
    // not use, or booked after today (the ledger's clock), is refused (SettleError BadInput, naming the
    // file, the entry and the field) and nothing is stored.
    BankImportCounts importStatement(const BankStatement& statement, const Progress& progress = {});
    // Reads the file (BankStatementReader) and imports it.
    BankImportCounts importFile(const QString& path,
                                BankStatementReader::Format format = BankStatementReader::Format::Detect,
                                const Progress& progress = {});

    // Oldest booking first; all of them, or those with one status.
    QList<BankEntryRecord> list(std::optional<BankEntryRecord::Status> status = std::nullopt);
    // Refuses (BadInput) an id the ledger does not have.
    BankEntryRecord entry(qint64 id);

    // Records the payment of a suggested or unmatched entry: to `invoices` of `customerCode` when given
    // (the customer defaults to the invoices' one), else as suggested; the invoices are paid in the
    // order given, the rest stays as credit on account. Date = booking date, method bank transfer,
    // reference = the bank's reference. The payer's IBAN is learned for the customer.
    BankEntryRecord accept(qint64 id, const QStringList& invoices = {}, const QString& customerCode = {});
    // Not a customer payment: a suggested or unmatched entry becomes ignored.
    BankEntryRecord ignore(qint64 id);
    // Removes the payment the entry recorded (audited) and puts the entry back to suggested (when it
    // has a payer) or unmatched; an ignored entry goes back to what it was before it was ignored.
    BankEntryRecord undo(qint64 id);

    // Suggested + unmatched: the entries a person still has to look at ("N bank entries are not
    // matched yet" on the follow-up desk and the navigation).
    qint64 unmatchedCount();
    // The invoices named by a suggested or unmatched entry: no reminder stage is raised for them
    // while the bank entry waits for a person (BankHoldBack, read by FollowupRunner).
    QSet<qint64> invoicesAwaitingBank();

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace settle
