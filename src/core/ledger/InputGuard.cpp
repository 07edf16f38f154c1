#include "ledger/InputGuard.h"

#include "errors/SettleError.h"
#include "money/Decimal.h"

namespace settle {

void InputGuard::refuse(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

void InputGuard::requireDate(const QDate& date, const QString& what)
{
    if (const QString problem = InputLimits::dateProblem(date); !problem.isEmpty())
        refuse(what + QStringLiteral(": ") + problem);
}

void InputGuard::requireText(InputLimits::Field field, const QString& value, const QString& what)
{
    if (const QString problem = InputLimits::textProblem(field, value); !problem.isEmpty())
        refuse(what + QStringLiteral(": ") + problem);
}

void InputGuard::requireTotalsWithinLimits(const QHash<QPair<qint64, QString>, qint64>& totals, qint64 customerId,
                                           const QString& customerCode, qint64 amount, const Currency& currency,
                                           const QString& what)
{
    const QString code = currency.code();
    const WideInt customerTotal = WideInt(amount) + totals.value({customerId, code});
    WideInt ledgerTotal = amount;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        if (it.key().second == code)
            ledgerTotal += it.value();
    if (const QString problem = InputLimits::customerTotalProblem(customerTotal, currency); !problem.isEmpty())
        refuse(QStringLiteral("with this %1, the %1s of %2 would ").arg(what, customerCode) + problem);
    if (const QString problem = InputLimits::ledgerTotalProblem(ledgerTotal, currency); !problem.isEmpty())
        refuse(QStringLiteral("with this %1, the %1s would ").arg(what) + problem);
}

} // namespace settle
