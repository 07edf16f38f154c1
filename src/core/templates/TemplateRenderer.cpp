#include "templates/TemplateRenderer.h"

#include "templates/TemplateContexts.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateLibrary.h"

namespace settle {

TemplateEngine::Rendered TemplateRenderer::render(const QString& key, const QString& language,
                                                  const TemplateContext& context)
{
    return TemplateEngine::render(TemplateLibrary(m_ledger).resolve(key, language), context);
}

TemplateEngine::Rendered TemplateRenderer::followup(const Stage& stage, const QString& customerCode,
                                                    const QString& customerLanguage,
                                                    const QList<FollowupRecord::Item>& items, QDate on)
{
    if (stage.templateKey.isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("stage \"%1\" names no template").arg(stage.name));
    return render(stage.templateKey, TemplateKeys::languageFor(customerLanguage),
                  TemplateContexts(m_ledger).followup(stage, customerCode, items, on));
}

TemplateEngine::Rendered TemplateRenderer::statement(const QString& customerCode, const QString& language,
                                                     QDate asOf)
{
    return render(QStringLiteral("statement"), language,
                  TemplateContexts(m_ledger).statement(customerCode, asOf));
}

TemplateEngine::Rendered TemplateRenderer::paymentThanks(const Ledger::PaymentResult& result,
                                                         const QString& language)
{
    QList<std::pair<QString, qint64>> applied;
    for (const auto& [number, allocation] : result.allocations)
        applied << std::pair{number, allocation.amount};
    return render(QStringLiteral("payment_thanks"), language,
                  TemplateContexts(m_ledger).paymentThanks(result.payment, applied));
}

TemplateEngine::Rendered TemplateRenderer::invoice(const QString& number, const QString& language, QDate asOf)
{
    return render(QStringLiteral("invoice"), language, TemplateContexts(m_ledger).invoice(number, asOf, language));
}

TemplateEngine::Rendered TemplateRenderer::preview(const QString& key, const QString& language,
                                                   const QString& customerCode, QDate asOf)
{
    return preview(TemplateLibrary(m_ledger).require(key, language), customerCode, asOf);
}

TemplateEngine::Rendered TemplateRenderer::preview(const Template& draft, const QString& customerCode,
                                                   QDate asOf)
{
    return TemplateEngine::render(draft, TemplateContexts(m_ledger).preview(draft.key, customerCode, asOf));
}

} // namespace settle
