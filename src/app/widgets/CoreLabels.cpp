#include "widgets/CoreLabels.h"

#include "domain/Channels.h"

#include <QStringList>

namespace settle {

QString CoreLabels::paymentMethod(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer: return tr("Bank transfer");
    case PaymentMethod::Card: return tr("Card");
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::Check: return tr("Check");
    case PaymentMethod::Online: return tr("Online");
    case PaymentMethod::Crypto: return tr("Crypto");
    case PaymentMethod::Other: return tr("Other");
    }
    return toString(method);
}

QString CoreLabels::stageName(const QString& name)
{
    // The default policy marks its names for translation under this context.
    return QCoreApplication::translate("settle::DefaultPolicy", name.toUtf8().constData());
}

QString CoreLabels::channels(const QString& channelName)
{
    const std::optional<Channels> channels = Channels::parse(channelName);
    if (!channels)
        return channelName; // not a channel the core knows: as stored
    QStringList words;
    if (channels->has(Channels::Email))
        words << tr("Email");
    if (channels->has(Channels::Letter))
        words << tr("Letter");
    if (channels->has(Channels::Task))
        words << tr("Task");
    return words.join(QStringLiteral(" + "));
}

QString CoreLabels::templateKind(TemplateKeys::Kind kind)
{
    switch (kind) {
    case TemplateKeys::Kind::Followup: return tr("follow-up");
    case TemplateKeys::Kind::Statement: return tr("statement");
    case TemplateKeys::Kind::Payment: return tr("payment thank-you");
    case TemplateKeys::Kind::Invoice: return tr("invoice");
    }
    return TemplateKeys::kindName(kind);
}

// PaymentTerms::describe() in the user's language; describe() itself stays English for the audit
// trail and the CLI.
QString CoreLabels::termsDescription(const PaymentTerms& terms)
{
    QString due;
    switch (terms.rule) {
    case PaymentTerms::DueRule::Net:
        due = terms.days == 0 ? tr("due on receipt") : tr("net %1 days").arg(terms.days);
        break;
    case PaymentTerms::DueRule::EndOfMonth:
        due = tr("net %1 days after the end of the month").arg(terms.days);
        break;
    case PaymentTerms::DueRule::Proximo:
        due = tr("due on day %1 of the following month").arg(terms.dayOfMonth);
        break;
    }
    if (terms.hasDiscount())
        due = tr("%1 % discount within %2 days, %3")
                  .arg(terms.discount.toPercentString())
                  .arg(terms.discountDays)
                  .arg(due);
    return due;
}

} // namespace settle
