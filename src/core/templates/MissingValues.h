#pragma once

#include "errors/InputProblems.h"

#include <QStringList>

namespace settle {

// A template that is fine but cannot be filled in: placeholders without a value (an unset
// company.payment_details, say). Thrown by TemplateEngine::render instead of plain InputProblems, so
// that a caller can tell the user which setting to fill in rather than quote the engine's lines.
class MissingValues : public InputProblems
{
public:
    MissingValues(QList<InputProblem> problems, QStringList placeholders);

    // The placeholders without a value, each once, in the order met.
    const QStringList& placeholders() const { return m_placeholders; }
    // The ledger settings those placeholders come from ("company.payment_details"); empty when one of
    // them comes from elsewhere (a customer's record, say).
    QStringList settings() const;

private:
    QStringList m_placeholders;
};

} // namespace settle
