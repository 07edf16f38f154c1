#pragma once

#include "TempLedger.h"

#include "dates/IsoDate.h"
#include "followup/FollowupQueue.h"
#include "followup/FollowupRunner.h"
#include "followup/InvoiceEvents.h"

#include <QStringList>

namespace settle::test {

// A TempLedger with the follow-up engine at hand: customers with email, invoices on chosen terms,
// and runs at a date that move the clock there first (events are recorded "today").
class FollowupTestLedger : public TempLedger
{
public:
    explicit FollowupTestLedger(QDate today = QDate(2026, 1, 1)) : TempLedger(today) {}

    void addCustomerWithEmail(const QString& code, const QString& email = {})
    {
        Customer customer;
        customer.code = code;
        customer.name = QStringLiteral("Customer ") + code;
        customer.email = email.isEmpty() ? code.toLower() + QStringLiteral("@example.com") : email;
        customer.currency = QStringLiteral("USD");
        (*this)->addCustomer(customer);
    }

    // Net 30 unless `terms` says otherwise (its name must be unique among the test's terms).
    QString addInvoiceOn(const QString& customer, QDate issued, qint64 cents, const PaymentTerms* terms = nullptr)
    {
        Invoice draft;
        draft.customerCode = customer;
        draft.issueDate = issued;
        if (terms)
            draft.terms = *terms;
        InvoiceLine line;
        line.description = QStringLiteral("Services");
        line.unitPrice = cents;
        draft.lines << line;
        return (*this)->issue((*this)->createDraft(draft), issued).number;
    }

    FollowupRunResult runAt(QDate d)
    {
        clock().setToday(d);
        return FollowupRunner(**this).run(d);
    }

    // "C001 Reminder INV-0001,INV-0002" per action raised at d.
    QStringList runAndDescribe(QDate d) { return describe(runAt(d).raised); }

    static QStringList describe(const FollowupPlan& plan)
    {
        QStringList lines;
        for (const auto& action : plan.actions) {
            QStringList items;
            for (const auto& item : action.items)
                items << (item.installment ? QStringLiteral("%1/%2").arg(item.number).arg(item.installment)
                                           : item.number);
            lines << QStringLiteral("%1 %2 %3").arg(action.customerCode, action.stage.name, items.join(u','));
        }
        return lines;
    }

    // Runs every day from `from` to `to` (inclusive) and returns "YYYY-MM-DD C001 Stage INV-..." lines.
    QStringList runDaily(QDate from, QDate to)
    {
        QStringList log;
        for (QDate d = from; d <= to; d = d.addDays(1))
            for (const QString& line : runAndDescribe(d))
                log << IsoDate::format(d) + u' ' + line;
        return log;
    }


    void pay(const QString& customer, qint64 cents, QDate on, const QString& invoice = {})
    {
        clock().setToday(on);
        (*this)->recordPayment(customer, usd(cents), on, PaymentMethod::BankTransfer, {}, invoice);
    }

    InvoiceEvents events() { return InvoiceEvents(**this); }
    FollowupQueue queue() { return FollowupQueue(**this); }
};

inline QString day(QDate d)
{
    return IsoDate::format(d);
}

} // namespace settle::test
