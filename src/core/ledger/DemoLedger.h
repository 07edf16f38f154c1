#pragma once

namespace settle {

class Ledger;

// Fills an empty ledger with a small, believable business (a design studio and its clients), dated
// around the ledger clock's today, so that a first start shows every aging bucket.
class DemoLedger
{
public:
    static void populate(Ledger& ledger);
};

} // namespace settle
