#pragma once

#include <memory>

namespace settle {

class AuditLog;
class Clock;
class CustomerRepository;
class Database;
class InvoiceRepository;
class PaymentRepository;
class PolicyRepository;
class SettingsRepository;
class TermsRepository;

// The repositories of one ledger connection, shared by the ledger's books (customers, invoices,
// payments, imports) so that each table has one set of prepared statements and an import's
// deferred writes are seen by the payment writer.
class LedgerStores
{
public:
    LedgerStores(Database& db, const Clock& clock);
    ~LedgerStores();
    LedgerStores(const LedgerStores&) = delete;
    LedgerStores& operator=(const LedgerStores&) = delete;

    Database& database() { return m_db; }
    AuditLog& audit() { return *m_audit; }
    SettingsRepository& settings() { return *m_settings; }
    TermsRepository& terms() { return *m_terms; }
    PolicyRepository& policies() { return *m_policies; }
    CustomerRepository& customers() { return *m_customers; }
    InvoiceRepository& invoices() { return *m_invoices; }
    PaymentRepository& payments() { return *m_payments; }

private:
    Database& m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<TermsRepository> m_terms;
    std::unique_ptr<PolicyRepository> m_policies;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<InvoiceRepository> m_invoices;
    std::unique_ptr<PaymentRepository> m_payments;
};

} // namespace settle
