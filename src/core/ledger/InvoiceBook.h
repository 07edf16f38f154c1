#pragma once

#include "domain/CreditNote.h"
#include "domain/Invoice.h"
#include "domain/PaymentTerms.h"
#include "ledger/Ledger.h"
#include "money/Money.h"
#include "storage/InvoicePageRepository.h"
#include "storage/InvoiceRepository.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace settle {

class LedgerStores;

// The ledger's invoices: drafts, issuing with the next number, voiding, credit notes and write-offs,
// and the lists and details the CLI and the app read.
class InvoiceBook
{
public:
    InvoiceBook(Ledger& ledger, LedgerStores& stores);

    QList<InvoiceRepository::Listed> list(const InvoiceRepository::Filter& filter, QDate asOf);
    Ledger::InvoiceDetail detail(const QString& number, QDate asOf);
    Invoice require(const QString& number);
    qint64 count(const InvoicePageRepository::Query& query, QDate asOf);
    QList<InvoicePageRepository::Row> page(const InvoicePageRepository::Query& query, QDate asOf, qint64 offset,
                                           int limit);
    // Every payment term by name, retired ones too: a customer keeps its term after it is retired,
    // and so do its new invoices.
    QHash<QString, PaymentTerms> termsByName();
    // The prefix new invoice numbers take (setting invoice.prefix).
    QString prefix() const;

    qint64 createDraft(Invoice draft);
    Invoice issue(qint64 draftId, QDate issueDate);
    void voidInvoice(const QString& number, QDate on);
    CreditNote issueCreditNote(const QString& invoiceNumber, const Money& amount, QDate on, const QString& reason);
    void writeOff(const QString& invoiceNumber, QDate on);

private:
    Ledger& m_ledger;
    LedgerStores& m_stores;
};

} // namespace settle
