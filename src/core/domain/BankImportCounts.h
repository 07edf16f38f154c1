#pragma once

namespace settle {

// What one bank statement import did: every entry of the file is new or a duplicate of one the
// ledger has; each new one ends matched, suggested, unmatched or outgoing.
struct BankImportCounts
{
    int entries = 0;
    int added = 0; // "new" in the CLI's JSON
    int duplicates = 0;
    int matched = 0;
    int suggested = 0;
    int unmatched = 0;
    int outgoing = 0;
};

} // namespace settle
