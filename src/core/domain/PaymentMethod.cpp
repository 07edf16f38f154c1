#include "domain/PaymentMethod.h"

namespace settle {

namespace {
constexpr PaymentMethod allMethods[] = {PaymentMethod::BankTransfer, PaymentMethod::Card,   PaymentMethod::Cash,
                                        PaymentMethod::Check,        PaymentMethod::Online, PaymentMethod::Crypto,
                                        PaymentMethod::Other};
}

QString toString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer:
        return QStringLiteral("bank_transfer");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Check:
        return QStringLiteral("check");
    case PaymentMethod::Online:
        return QStringLiteral("online");
    case PaymentMethod::Crypto:
        return QStringLiteral("crypto");
    case PaymentMethod::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromString(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    if (key == u"bank" || key == u"transfer" || key == u"ach" || key == u"wire" || key == u"bank_transfer/ach")
        return PaymentMethod::BankTransfer;
    if (key == u"cheque")
        return PaymentMethod::Check;
    if (key == u"credit_card" || key == u"debit_card")
        return PaymentMethod::Card;
    for (auto method : allMethods)
        if (toString(method) == key)
            return method;
    return std::nullopt;
}

QStringList paymentMethodNames()
{
    QStringList names;
    for (auto method : allMethods)
        names << toString(method);
    return names;
}

} // namespace settle
