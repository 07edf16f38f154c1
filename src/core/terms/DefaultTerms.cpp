#include "terms/DefaultTerms.h"

namespace settle {

namespace {

PaymentTerms net(const char* name, int days)
{
    PaymentTerms terms;
    terms.name = QString::fromUtf8(name);
    terms.rule = PaymentTerms::DueRule::Net;
    terms.days = days;
    return terms;
}

} // namespace

QList<PaymentTerms> DefaultTerms::all()
{
    PaymentTerms twoTen = net("2/10 Net 30", 30);
    twoTen.discount = Rate::fromPercent(2);
    twoTen.discountDays = 10;

    PaymentTerms eom = net("Net 30 EOM", 30);
    eom.rule = PaymentTerms::DueRule::EndOfMonth;

    return {net("Due on receipt", 0), net("Net 7", 7), net("Net 14", 14), net("Net 30", 30),
            net("Net 60", 60),        twoTen,          eom};
}

} // namespace settle
