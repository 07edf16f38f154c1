#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace settle {

enum class PaymentMethod { BankTransfer, Card, Cash, Check, Online, Crypto, Other };

// Interchange names: bank_transfer, card, cash, check, online, crypto, other.
QString toString(PaymentMethod method);
// Accepts the interchange names and common spellings ("bank transfer", "ACH", "cheque").
std::optional<PaymentMethod> paymentMethodFromString(const QString& text);
QStringList paymentMethodNames();

} // namespace settle
