#include "domain/InvoiceStatus.h"

namespace settle {

QString toString(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Void:
        return QStringLiteral("void");
    case InvoiceStatus::WrittenOff:
        return QStringLiteral("written_off");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(const QString& text)
{
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Open, InvoiceStatus::Paid, InvoiceStatus::Void,
                        InvoiceStatus::WrittenOff})
        if (toString(status) == text)
            return status;
    return std::nullopt;
}

} // namespace settle
