#pragma once

#include "domain/Payment.h"
#include "domain/FollowupRecord.h"
#include "domain/Stage.h"
#include "storage/InvoiceRepository.h"
#include "templates/TemplateContext.h"
#include "templates/TemplateKeys.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace settle {

class Ledger;

// Builds the values a template is rendered with from the ledger: for a follow-up that was raised,
// for a statement of account, for a payment thank-you, for an invoice's email — and, for a preview, for any template
// against a real customer at a date.
class TemplateContexts
{
public:
    explicit TemplateContexts(Ledger& ledger) : m_ledger(ledger) {}

    // A raised follow-up: its items as FollowupDelivery holds them after charging (fee, interest).
    // Interest is shown only where the stage states it, like the fee invoices it lists.
    TemplateContext followup(const Stage& stage, const QString& customerCode,
                             const QList<FollowupRecord::Item>& items, QDate on);
    // The customer's invoices open at asOf.
    TemplateContext statement(const QString& customerCode, QDate asOf);
    // A payment and what it settled: (invoice number, amount applied) pairs, as Ledger::PaymentResult
    // lists them; balances after the payment.
    TemplateContext paymentThanks(const Payment& payment, const QList<std::pair<QString, qint64>>& applied);
    // An issued invoice at asOf: its values anywhere (and as the one invoice listed), the balance then,
    // and the discount.* values while its terms' discount is open at asOf and the invoice is not paid.
    // `language` is the template's, for the rate's decimal mark.
    TemplateContext invoice(const QString& number, QDate asOf, const QString& language);

    // What the template would say to this customer at asOf: a follow-up template lists the customer's
    // open invoices with the stage of the customer's policy that uses the key (fees as the stage
    // would charge them, nothing charged); a thank-you is for the customer's last payment up to asOf.
    TemplateContext preview(const QString& key, const QString& customerCode, QDate asOf);

private:
    // customer.*, company.* and date.
    void setCommon(TemplateContext& context, const QString& customerCode, QDate on);
    // customer.credit (left out when none) and total_due_after_credit of a follow-up.
    void setCredit(TemplateContext& context, const QString& customerCode, const QList<FollowupRecord::Item>& items,
                   const QMap<QString, qint64>& due, QDate on);
    // invoice_count and invoice_numbers from the invoices added.
    static void setTotals(TemplateContext& context);
    // The customer's invoices with a balance at `asOf`: issued by then and not void by then.
    QList<InvoiceRepository::Listed> openInvoices(const QString& customerCode, QDate asOf);
    Stage stageFor(const QString& key, const QString& customerCode);

    Ledger& m_ledger;
};

} // namespace settle
