#include "domain/CustomerCheck.h"

#include "domain/InputLimits.h"
#include "domain/VatId.h"
#include "money/Currency.h"
#include "templates/TemplateKeys.h"

#include <QRegularExpression>

namespace settle {

QString CustomerCheck::emailListProblem(const QString& addresses)
{
    if (const QString problem = InputLimits::textProblem(InputLimits::Field::Email, addresses); !problem.isEmpty())
        return QStringLiteral("the addresses ") + problem;
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
    auto text = [&](const char* field, InputLimits::Field kind, const QString& value) {
        if (const QString problem = InputLimits::textProblem(kind, value); !problem.isEmpty())
            result << Problem{QString::fromLatin1(field), QStringLiteral("the %1 %2").arg(QLatin1String(field), problem)};
    };
    if (customer.code.trimmed().isEmpty())
        result << Problem{QStringLiteral("code"), QStringLiteral("a customer needs a code")};
    else if (customer.code.trimmed() != customer.code || customer.code.contains(u' '))
        result << Problem{QStringLiteral("code"), QStringLiteral("a code has no spaces")};
    else
        text("code", InputLimits::Field::CustomerCode, customer.code);
    if (customer.name.trimmed().isEmpty())
        result << Problem{QStringLiteral("name"), QStringLiteral("a customer needs a name")};
    else
        text("name", InputLimits::Field::CustomerName, customer.name);
    if (const QString problem = emailListProblem(customer.email); !problem.isEmpty())
        result << Problem{QStringLiteral("email"), problem};
    if (const QString problem = emailListProblem(customer.cc); !problem.isEmpty())
        result << Problem{QStringLiteral("cc"), problem};
    text("phone", InputLimits::Field::Phone, customer.phone);
    text("address", InputLimits::Field::Address, customer.address);
    if (!Currency::fromCode(customer.currency))
        result << Problem{QStringLiteral("currency"),
                          QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(customer.currency)};
    // A language Settle has templates in, so that the customer gets what the field promises.
    if (const QString problem = TemplateKeys::customerLanguageError(customer.language); !problem.isEmpty())
        result << Problem{QStringLiteral("language"), problem};
    text("notes", InputLimits::Field::Notes, customer.notes);
    if (const QString problem = VatId::problem(customer.vatId); !problem.isEmpty())
        result << Problem{QStringLiteral("vat_id"), problem};
    return result;
}

} // namespace settle
