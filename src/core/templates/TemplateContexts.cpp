#include "templates/TemplateContexts.h"

#include "credit/CreditOnAccount.h"
#include "dates/IsoDate.h"
#include "followup/FollowupCharges.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"
#include "mail/PaymentPlanMail.h"
#include "plans/PaymentPlans.h"
#include "storage/InvoiceRepository.h"
#include "storage/PolicyRepository.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace settle {

namespace {

TemplateValue text(const QString& s)
{
    return TemplateValue::text(s);
}

TemplateValue amount(qint64 minor, const QString& currency)
{
    return TemplateValue::amount(minor, currency);
}

// The invoice values every kind has.
TemplateContext::Values invoiceValues(const Invoice& invoice, QDate due, qint64 balance, QDate on)
{
    return {{QStringLiteral("invoice.number"), text(invoice.number)},
            {QStringLiteral("invoice.issue_date"), TemplateValue::date(invoice.issueDate)},
            {QStringLiteral("invoice.due_date"), TemplateValue::date(due)},
            {QStringLiteral("invoice.total"), amount(invoice.total, invoice.currency)},
            {QStringLiteral("invoice.balance"), amount(balance, invoice.currency)},
            {QStringLiteral("days_overdue"), TemplateValue::number(std::max<qint64>(0, due.daysTo(on)))}};
}

} // namespace

void TemplateContexts::setCommon(TemplateContext& context, const QString& customerCode, QDate on)
{
    const Customer customer = m_ledger.requireCustomer(customerCode);
    context.set(QStringLiteral("customer.name"), text(customer.name));
    context.set(QStringLiteral("customer.code"), text(customer.code));
    for (const SettingKey& key :
         {SettingKeys::CompanyName, SettingKeys::CompanyAddress, SettingKeys::CompanyPaymentDetails})
        context.set(key.key(), text(m_ledger.setting(key)));
    context.set(QStringLiteral("date"), TemplateValue::date(on));
}

void TemplateContexts::setTotals(TemplateContext& context)
{
    QStringList numbers;
    for (const auto& invoice : context.invoices()) {
        const QString number = invoice.value(QStringLiteral("invoice.number")).format(QStringLiteral("en"));
        if (!numbers.contains(number))
            numbers << number;
    }
    context.set(QStringLiteral("invoice_count"), TemplateValue::number(context.invoices().size()));
    context.set(QStringLiteral("invoice_numbers"), text(numbers.join(QStringLiteral(", "))));
}

TemplateContext TemplateContexts::followup(const Stage& stage, const QString& customerCode,
                                           const QList<FollowupRecord::Item>& items, QDate on)
{
    TemplateContext context;
    setCommon(context, customerCode, on);
    InvoiceRepository invoices(m_ledger.database());
    QMap<QString, qint64> balance, fee, interest;
    for (const auto& item : items) {
        const auto invoice = invoices.findById(item.due.invoiceId);
        if (!invoice)
            throw SettleError(
                SettleError::Kind::Runtime,
                QStringLiteral("invoice %1 of a follow-up is not in the ledger").arg(item.due.number));
        const QString currency = item.due.currency;
        const qint64 stated = stage.statesInterest ? item.interest : 0;
        auto values = invoiceValues(*invoice, item.due.dueDate, item.due.balance, on);
        values.insert(QStringLiteral("invoice.fee"), amount(item.fee, currency));
        values.insert(QStringLiteral("invoice.interest"), amount(stated, currency));
        context.addInvoice(values);
        balance[currency] += item.due.balance;
        fee[currency] += item.fee;
        interest[currency] += stated;
    }
    const QString fallback = m_ledger.requireCustomer(customerCode).currency;
    if (balance.isEmpty())
        balance[fallback] = fee[fallback] = interest[fallback] = 0;
    QMap<QString, qint64> due;
    for (auto it = balance.cbegin(); it != balance.cend(); ++it)
        due[it.key()] = it.value() + fee.value(it.key()) + interest.value(it.key());
    context.set(QStringLiteral("stage.name"), text(stage.name));
    context.set(QStringLiteral("total_balance"), TemplateValue::amounts(balance));
    context.set(QStringLiteral("fee"), TemplateValue::amounts(fee));
    context.set(QStringLiteral("interest"), TemplateValue::amounts(interest));
    context.set(QStringLiteral("total_due"), TemplateValue::amounts(due));
    setCredit(context, customerCode, items, due, on);
    // The final notice names a date; further steps come only after it.
    context.set(QStringLiteral("final_date"), TemplateValue::date(on.addDays(14)));
    setTotals(context);
    return context;
}

void TemplateContexts::setCredit(TemplateContext& context, const QString& customerCode,
                                 const QList<FollowupRecord::Item>& items, const QMap<QString, qint64>& due,
                                 QDate on)
{
    // docs/DESIGN.md, "Credit on account": the credit falls on the oldest open invoices first, as
    // applying it would; the message states the part that falls on the invoices it lists and asks
    // only for the rest. A credit in another currency does not count.
    const QHash<QString, qint64> credit = CreditOnAccount(m_ledger).credit(customerCode, on);
    QMap<QString, qint64> counted;
    QMap<QString, qint64> afterCredit = due;
    if (!credit.isEmpty()) {
        QHash<qint64, qint64> listed; // invoice id -> the balance the message lists of it
        for (const auto& item : items)
            if (credit.contains(item.due.currency))
                listed[item.due.invoiceId] += item.due.balance;
        QHash<QString, QList<CreditOnAccount::OpenAmount>> open;
        for (const auto& each : openInvoices(customerCode, on))
            if (credit.contains(each.invoice.currency))
                open[each.invoice.currency] << CreditOnAccount::OpenAmount{
                    each.invoice.id, each.invoice.number, each.invoice.effectiveDueDate(), 0, each.balance};
        for (auto it = open.cbegin(); it != open.cend(); ++it) {
            const auto covered = CreditOnAccount::spread(credit.value(it.key()), it.value());
            for (const auto& amount : it.value())
                if (listed.contains(amount.id))
                    counted[it.key()] += std::min(covered.value({amount.id, 0}), listed.value(amount.id));
        }
        for (auto it = counted.cbegin(); it != counted.cend(); ++it)
            afterCredit[it.key()] = std::max<qint64>(0, afterCredit.value(it.key()) - it.value());
        counted.removeIf([](auto it) { return it.value() <= 0; });
    }
    // Left out without credit, so that {{#customer.credit}} stays out of the message.
    if (!counted.isEmpty())
        context.set(QStringLiteral("customer.credit"), TemplateValue::amounts(counted));
    context.set(QStringLiteral("total_due_after_credit"), TemplateValue::amounts(afterCredit));
}

QList<InvoiceRepository::Listed> TemplateContexts::openInvoices(const QString& customerCode, QDate asOf)
{
    InvoiceRepository::Filter filter;
    filter.customerCode = customerCode;
    QList<InvoiceRepository::Listed> open;
    for (const auto& listed : m_ledger.invoices(filter, asOf)) {
        const Invoice& invoice = listed.invoice;
        if (listed.balance > 0 && invoice.issueDate <= asOf &&
            !(invoice.voidedOn.isValid() && invoice.voidedOn <= asOf))
            open << listed;
    }
    return open;
}

TemplateContext TemplateContexts::statement(const QString& customerCode, QDate asOf)
{
    TemplateContext context;
    setCommon(context, customerCode, asOf);
    QMap<QString, qint64> balance;
    for (const auto& listed : openInvoices(customerCode, asOf)) {
        const Invoice& invoice = listed.invoice;
        context.addInvoice(invoiceValues(invoice, invoice.effectiveDueDate(), listed.balance, asOf));
        balance[invoice.currency] += listed.balance;
    }
    if (balance.isEmpty())
        balance[m_ledger.requireCustomer(customerCode).currency] = 0;
    QMap<QString, qint64> credit;
    const auto creditByCurrency = CreditOnAccount(m_ledger).credit(customerCode, asOf);
    for (auto it = creditByCurrency.cbegin(); it != creditByCurrency.cend(); ++it)
        credit[it.key()] = it.value();
    if (!credit.isEmpty())
        context.set(QStringLiteral("customer.credit"), TemplateValue::amounts(credit));
    context.set(QStringLiteral("statement.date"), TemplateValue::date(asOf));
    context.set(QStringLiteral("total_balance"), TemplateValue::amounts(balance));
    setTotals(context);
    return context;
}

TemplateContext TemplateContexts::paymentThanks(const Payment& payment,
                                                const QList<std::pair<QString, qint64>>& applied)
{
    TemplateContext context;
    setCommon(context, payment.customerCode, payment.date);
    QMap<QString, qint64> balance;
    for (const auto& [number, paid] : applied) {
        const auto detail = m_ledger.invoice(number, payment.date);
        auto values =
            invoiceValues(detail.invoice, detail.invoice.effectiveDueDate(), detail.balance, payment.date);
        values.insert(QStringLiteral("invoice.paid"), amount(paid, detail.invoice.currency));
        context.addInvoice(values);
        balance[detail.invoice.currency] += detail.balance;
    }
    if (balance.isEmpty())
        balance[payment.currency] = 0;
    context.set(QStringLiteral("payment.amount"), amount(payment.amount, payment.currency));
    context.set(QStringLiteral("payment.date"), TemplateValue::date(payment.date));
    context.set(QStringLiteral("total_balance"), TemplateValue::amounts(balance));
    setTotals(context);
    return context;
}

TemplateContext TemplateContexts::invoice(const QString& number, QDate asOf, const QString& language)
{
    const auto detail = m_ledger.invoice(number, asOf);
    const Invoice& invoice = detail.invoice;
    TemplateContext context;
    setCommon(context, invoice.customerCode, asOf);
    const auto values = invoiceValues(invoice, invoice.effectiveDueDate(), detail.balance, asOf);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        context.set(it.key(), it.value());
    context.addInvoice(values);
    context.set(QStringLiteral("total_balance"), amount(detail.balance, invoice.currency));
    const PaymentTerms& terms = invoice.terms;
    const QDate until = terms.hasDiscount() ? terms.discountUntil(invoice.issueDate) : QDate();
    // No offer once its last day has passed or nothing is left to pay: the section stays out.
    if (until.isValid() && asOf <= until && detail.balance > 0) {
        const Currency currency = Currency::require(invoice.currency);
        const qint64 discount = terms.discountAmount(Money(invoice.total, currency)).minor();
        QString rate = terms.discount.toPercentString();
        if (language == u"de")
            rate.replace(u'.', u',');
        context.set(QStringLiteral("discount.rate"), text(rate + QStringLiteral(" %")));
        context.set(QStringLiteral("discount.amount"), amount(discount, invoice.currency));
        context.set(QStringLiteral("discount.until"), TemplateValue::date(until));
        context.set(QStringLiteral("discount.pay"),
                    amount(std::max<qint64>(0, detail.balance - discount), invoice.currency));
    }
    setTotals(context);
    return context;
}

Stage TemplateContexts::stageFor(const QString& key, const QString& customerCode)
{
    PolicyRepository policies(m_ledger.database());
    const Customer customer = m_ledger.requireCustomer(customerCode);
    if (const auto policy = policies.findByName(customer.policy))
        for (const Stage& stage : policy->stages)
            if (stage.templateKey == key)
                return stage;
    for (const auto& policy : policies.all())
        for (const Stage& stage : policy.stages)
            if (stage.templateKey == key)
                return stage;
    Stage stage;
    stage.name = key;
    stage.templateKey = key;
    return stage;
}

TemplateContext TemplateContexts::preview(const QString& key, const QString& customerCode, QDate asOf)
{
    switch (TemplateKeys::kindOf(key)) {
    case TemplateKeys::Kind::Statement:
        return statement(customerCode, asOf);
    case TemplateKeys::Kind::Payment: {
        const auto payments = m_ledger.payments(m_ledger.requireCustomer(customerCode).code);
        const Payment* last = nullptr;
        for (const Payment& payment : payments)
            if (payment.date <= asOf)
                last = &payment;
        if (!last)
            throw SettleError(SettleError::Kind::BadInput,
                              QStringLiteral("customer %1 has no payment on or before %2 to thank for")
                                  .arg(customerCode, IsoDate::format(asOf)));
        QList<std::pair<QString, qint64>> applied;
        InvoiceRepository invoices(m_ledger.database());
        InvoiceRepository::Filter filter;
        filter.customerCode = customerCode;
        for (const auto& listed : m_ledger.invoices(filter, asOf)) {
            qint64 paid = 0;
            for (const auto& a : invoices.applied(listed.invoice.id))
                if (a.allocation.kind == Allocation::Kind::Payment && a.allocation.paymentId == last->id)
                    paid += a.allocation.amount;
            if (paid > 0)
                applied << std::pair{listed.invoice.number, paid};
        }
        return paymentThanks(*last, applied);
    }
    case TemplateKeys::Kind::Invoice: {
        // The customer's latest invoice issued by asOf and not void then.
        InvoiceRepository::Filter filter;
        filter.customerCode = customerCode;
        const Invoice* latest = nullptr;
        const auto listed = m_ledger.invoices(filter, asOf);
        for (const auto& each : listed) {
            const Invoice& invoice = each.invoice;
            if (invoice.status == InvoiceStatus::Draft || !invoice.issueDate.isValid() || invoice.issueDate > asOf ||
                (invoice.voidedOn.isValid() && invoice.voidedOn <= asOf))
                continue;
            if (!latest || std::tie(invoice.issueDate, invoice.id) > std::tie(latest->issueDate, latest->id))
                latest = &invoice;
        }
        if (!latest)
            throw SettleError(SettleError::Kind::BadInput,
                              QStringLiteral("customer %1 has no invoice issued on or before %2 to send")
                                  .arg(customerCode, IsoDate::format(asOf)));
        const Customer customer = m_ledger.requireCustomer(customerCode);
        const QString language = TemplateKeys::languageFor(customer.language);
        // A plan's confirmation is previewed with the customer's plan in force (the latest agreed).
        if (key == PaymentPlanMail::templateKey()) {
            std::optional<PaymentPlan> plan;
            for (const auto& each : PaymentPlans(m_ledger).forCustomer(customerCode, asOf))
                if (each.agreedOn.isValid() && each.agreedOn <= asOf && (!plan || each.agreedOn >= plan->agreedOn))
                    plan = each;
            if (!plan)
                throw SettleError(SettleError::Kind::BadInput,
                                  QStringLiteral("customer %1 has no payment plan agreed on or before %2 to confirm")
                                      .arg(customerCode, IsoDate::format(asOf)));
            TemplateContext context = invoice(plan->invoiceNumber, asOf, language);
            PaymentPlanMail::setPlanValues(context, *plan, language);
            return context;
        }
        return invoice(latest->number, asOf, language);
    }
    case TemplateKeys::Kind::Followup:
        break;
    }
    const Stage stage = stageFor(key, customerCode);
    FollowupCharges charges(m_ledger);
    QList<FollowupRecord::Item> items;
    for (const auto& listed : openInvoices(customerCode, asOf)) {
        const Invoice& invoice = listed.invoice;
        FollowupRecord::Item item;
        item.due = FollowupItem{invoice.id,
                                invoice.number,
                                0,
                                invoice.currency,
                                invoice.effectiveDueDate(),
                                listed.balance,
                                int(invoice.effectiveDueDate().daysTo(asOf))};
        if (stage.statesInterest)
            item.interest = charges.interest(item.due, asOf);
        item.fee = stage.fee(Money(listed.balance, Currency::require(invoice.currency))).minor();
        items << item;
    }
    if (items.isEmpty())
        throw SettleError(
            SettleError::Kind::BadInput,
            QStringLiteral("customer %1 has nothing open on %2 that a \"%3\" message could be about")
                .arg(customerCode, IsoDate::format(asOf), key));
    return followup(stage, customerCode, items, asOf);
}

} // namespace settle
