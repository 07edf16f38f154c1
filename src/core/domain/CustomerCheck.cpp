#include "domain/CustomerCheck.h"

#include "money/Currency.h"

#include <QRegularExpression>

namespace settle {

QString CustomerCheck::emailListProblem(const QString& addresses)
{
    // Plausible, not RFC 5322: one @, a dot in the domain, no spaces. Mail servers judge the rest.
    static const QRegularExpression address(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+$"));
    for (const QString& part : addresses.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!address.match(trimmed).hasMatch())
            return QStringLiteral("\"%1\" is not an email address").arg(trimmed);
    }
    return {};
}

QList<CustomerCheck::Problem> CustomerCheck::problems(const Customer& customer)
{
    QList<Problem> result;
    if (customer.code.trimmed().isEmpty())
        result << Problem{QStringLiteral("code"), QStringLiteral("a customer needs a code")};
    else if (customer.code.trimmed() != customer.code || customer.code.contains(u' '))
        result << Problem{QStringLiteral("code"), QStringLiteral("a code has no spaces")};
    if (customer.name.trimmed().isEmpty())
        result << Problem{QStringLiteral("name"), QStringLiteral("a customer needs a name")};
    if (const QString problem = emailListProblem(customer.email); !problem.isEmpty())
        result << Problem{QStringLiteral("email"), problem};
    if (const QString problem = emailListProblem(customer.cc); !problem.isEmpty())
        result << Problem{QStringLiteral("cc"), problem};
    if (!Currency::fromCode(customer.currency))
        result << Problem{QStringLiteral("currency"),
                          QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(customer.currency)};
    return result;
}

} // namespace settle
