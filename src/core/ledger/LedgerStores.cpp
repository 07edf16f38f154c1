#include "ledger/LedgerStores.h"

#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TermsRepository.h"

namespace settle {

LedgerStores::LedgerStores(Database& db, const Clock& clock)
    : m_db(db), m_audit(std::make_unique<AuditLog>(db, clock)), m_settings(std::make_unique<SettingsRepository>(db)),
      m_terms(std::make_unique<TermsRepository>(db)), m_policies(std::make_unique<PolicyRepository>(db)),
      m_customers(std::make_unique<CustomerRepository>(db)), m_invoices(std::make_unique<InvoiceRepository>(db)),
      m_payments(std::make_unique<PaymentRepository>(db))
{
}

LedgerStores::~LedgerStores()
{
    // Prepared statements must go before the connection closes.
    m_payments.reset();
    m_invoices.reset();
    m_customers.reset();
    m_audit.reset();
}

} // namespace settle
