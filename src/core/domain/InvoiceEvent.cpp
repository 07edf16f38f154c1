#include "domain/InvoiceEvent.h"

namespace settle {

namespace {

constexpr std::pair<InvoiceEvent::Kind, const char16_t*> names[] = {
    {InvoiceEvent::Kind::Dispute, u"dispute"},
    {InvoiceEvent::Kind::Resolve, u"resolve"},
    {InvoiceEvent::Kind::Promise, u"promise"},
    {InvoiceEvent::Kind::PromiseBroken, u"promise_broken"},
    {InvoiceEvent::Kind::PromiseKept, u"promise_kept"},
    {InvoiceEvent::Kind::Extend, u"extend"},
    {InvoiceEvent::Kind::Hold, u"hold"},
    {InvoiceEvent::Kind::Release, u"release"},
};

} // namespace

QString InvoiceEvent::kindName(Kind kind)
{
    for (const auto& [k, name] : names)
        if (k == kind)
            return QString::fromUtf16(name);
    return {};
}

std::optional<InvoiceEvent::Kind> InvoiceEvent::kindFromName(const QString& name)
{
    for (const auto& [k, text] : names)
        if (name == QStringView(text))
            return k;
    return std::nullopt;
}

} // namespace settle
