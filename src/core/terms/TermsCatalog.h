#pragma once

#include "io/Json.h"
#include "storage/TermsRepository.h"

#include <QList>

namespace settle {

class Ledger;

// Named payment terms as a user edits them: listed, added, changed and retired, each change
// validated and written in one transaction with its audit row. Issued invoices keep the copy of the
// terms they were issued with (ARCHITECTURE.md "Terms are frozen on an invoice"); a retired term
// stays on the customers that have it but is no longer offered for new customers and invoices.
class TermsCatalog
{
public:
    explicit TermsCatalog(Ledger& ledger) : m_ledger(ledger) {}

    // Every term, retired ones too, in the order they were added.
    QList<TermsRepository::Stored> all();
    TermsRepository::Stored require(const QString& name);
    TermsRepository::Stored add(const PaymentTerms& terms);
    // Identified by stored.id; refused when someone else changed it since stored.version was read.
    TermsRepository::Stored update(const TermsRepository::Stored& stored);
    TermsRepository::Stored retire(const TermsRepository::Stored& stored);
    TermsRepository::Stored reinstate(const TermsRepository::Stored& stored);
    // How many customers have the term (they keep it when it is retired).
    qint64 customerCount(qint64 termsId);

    static Json toJson(const PaymentTerms& terms);

private:
    TermsRepository::Stored setRetired(const TermsRepository::Stored& stored, bool retired);

    Ledger& m_ledger;
};

} // namespace settle
