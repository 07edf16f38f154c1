#pragma once

#include "domain/FollowupRecord.h"
#include "domain/Stage.h"
#include "ledger/Ledger.h"
#include "domain/Template.h"
#include "templates/TemplateContext.h"
#include "templates/TemplateEngine.h"

#include <QDate>
#include <QString>

namespace settle {

// What the rest of Settle calls to turn a template into a message: the ledger's template for a key
// and language (or the shipped one), rendered with values built from the ledger. Every call throws
// InputProblems naming each placeholder that has no value (an unset company.payment_details, say)
// rather than sending a message with a blank in it.
class TemplateRenderer
{
public:
    explicit TemplateRenderer(Ledger& ledger) : m_ledger(ledger) {}

    TemplateEngine::Rendered render(const QString& key, const QString& language,
                                    const TemplateContext& context);

    // A raised follow-up's message (FollowupDelivery): template stage.templateKey in the customer's
    // language (TemplateKeys::languageFor), with the items as charged.
    TemplateEngine::Rendered followup(const Stage& stage, const QString& customerCode,
                                      const QString& customerLanguage,
                                      const QList<FollowupRecord::Item>& items, QDate on);
    TemplateEngine::Rendered statement(const QString& customerCode, const QString& language, QDate asOf);
    TemplateEngine::Rendered paymentThanks(const Ledger::PaymentResult& result, const QString& language);
    // An issued invoice's email (InvoiceMail): template "invoice" in `language`, at asOf.
    TemplateEngine::Rendered invoice(const QString& number, const QString& language, QDate asOf);

    // The template as a real customer of the ledger would get it at asOf (TemplateContexts::preview).
    TemplateEngine::Rendered preview(const QString& key, const QString& language, const QString& customerCode,
                                     QDate asOf);
    // The same for a template being edited, before it is saved.
    TemplateEngine::Rendered preview(const Template& draft, const QString& customerCode, QDate asOf);

private:
    Ledger& m_ledger;
};

} // namespace settle
