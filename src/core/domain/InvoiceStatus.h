#pragma once

#include <QString>

#include <optional>

namespace settle {

// An invoice's life: draft -> open -> paid; void (only without payments); written off.
enum class InvoiceStatus { Draft, Open, Paid, Void, WrittenOff };

QString toString(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString& text);

} // namespace settle
