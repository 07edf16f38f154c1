#include "followup/FollowupText.h"

#include "dates/IsoDate.h"
#include "io/EntityJson.h"

#include <QMap>

namespace settle {

namespace {

QString opening(const QString& templateKey, QDate on)
{
    if (templateKey == u"upcoming")
        return QStringLiteral("Thank you for your business. This is a friendly heads-up that the following will fall "
                              "due soon; the payment details are on the invoice.");
    if (templateKey == u"reminder")
        return QStringLiteral("Our records show the following as unpaid. Perhaps it slipped through; if anything is "
                              "unclear or we can help, please reply to this message.");
    if (templateKey == u"second_reminder")
        return QStringLiteral("The following is still open. If paying in full is difficult right now, we are happy "
                              "to agree a payment plan or a short extension; please get in touch.");
    if (templateKey == u"final_notice")
        return QStringLiteral("Despite our earlier reminders the following remains unpaid. Please pay the amount "
                              "due by %1. After that date we will consider further steps.")
            .arg(IsoDate::format(on.addDays(14)));
    if (templateKey == u"collections_review")
        return QStringLiteral("Review the following and decide on further steps (formal demand, small claims or "
                              "legal action), or record an agreement with the customer.");
    return QStringLiteral("Please see the following.");
}

} // namespace

QString FollowupText::money(qint64 minor, const QString& currency)
{
    return EntityJson::amount(minor, currency) + u' ' + currency;
}

FollowupText::Message FollowupText::render(const Stage& stage, const QString& customerName, const QString& companyName,
                                           const QList<FollowupRecord::Item>& items, QDate on)
{
    QStringList numbers;
    for (const auto& item : items)
        if (!numbers.contains(item.due.number))
            numbers << item.due.number;
    Message message;
    message.subject = QStringLiteral("%1: %2 %3")
                          .arg(stage.name, numbers.size() == 1 ? QStringLiteral("invoice") : QStringLiteral("invoices"),
                               numbers.join(QStringLiteral(", ")));
    if (!companyName.isEmpty())
        message.subject += QStringLiteral(" — ") + companyName;

    QString body = QStringLiteral("Dear %1,\n\n%2\n\n").arg(customerName, opening(stage.templateKey, on));
    QMap<QString, qint64> totals; // by currency
    for (const auto& item : items) {
        const auto& due = item.due;
        QString line = QStringLiteral("  %1").arg(due.number);
        if (due.installment > 0)
            line += QStringLiteral(" (installment %1)").arg(due.installment);
        line += QStringLiteral(", due %1: %2").arg(IsoDate::format(due.dueDate), money(due.balance, due.currency));
        if (due.daysOverdue > 0)
            line += QStringLiteral(", %1 days overdue").arg(due.daysOverdue);
        body += line + u'\n';
        if (stage.statesInterest && item.interest > 0)
            body += QStringLiteral("    interest accrued to %1 under the payment terms: %2\n")
                        .arg(IsoDate::format(on), money(item.interest, due.currency));
        if (item.fee > 0)
            body += QStringLiteral("    fee for this notice, charged as %1: %2\n")
                        .arg(item.feeInvoiceNumber, money(item.fee, due.currency));
        totals[due.currency] += due.balance + item.fee + (stage.statesInterest ? item.interest : 0);
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        body += QStringLiteral("\nTotal due: %1\n").arg(money(it.value(), it.key()));
    body += QStringLiteral("\nIf you have already paid, thank you, and please disregard this message.\n\nKind regards,\n%1\n")
                .arg(companyName);
    message.body = body;
    return message;
}

} // namespace settle
