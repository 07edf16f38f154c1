#include "documents/AccountStatement.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "followup/InstallmentSchedule.h"

#include <QMap>

#include <algorithm>

namespace settle {

void AccountStatement::checkPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        throw SettleError(SettleError::Kind::Usage,
                          QStringLiteral("a statement needs a start and an end date"));
    if (to < from)
        throw SettleError(SettleError::Kind::Usage,
                          QStringLiteral("the period ends (%1) before it starts (%2)")
                              .arg(IsoDate::format(to), IsoDate::format(from)));
}

AccountStatement AccountStatement::assemble(Kind kind, const Customer& customer, QDate from, QDate to,
                                            const QList<StatementRepository::Entry>& entries,
                                            const QList<StatementRepository::OpenInvoice>& open,
                                            const QHash<QString, qint64>& credit)
{
    checkPeriod(from, to);
    AccountStatement statement;
    statement.kind = kind;
    statement.customer = customer;
    statement.from = from;
    statement.to = to;

    QMap<QString, Section> sections; // sorted by currency code
    auto section = [&](const QString& currency) -> Section& {
        Section& s = sections[currency];
        s.currency = currency;
        return s;
    };
    for (const auto& entry : entries) {
        if (entry.date > to)
            continue;
        Section& s = section(entry.currency);
        if (entry.date < from) {
            s.opening += entry.amount;
        } else {
            s.closing = (s.lines.isEmpty() ? s.opening : s.lines.last().balance) + entry.amount;
            s.lines << Line{entry, s.closing};
        }
    }
    for (Section& s : sections)
        if (s.lines.isEmpty())
            s.closing = s.opening;
    for (const auto& invoice : open) {
        Section& s = section(invoice.currency);
        const qint64 days = invoice.dueDate.daysTo(to);
        s.aging[AgingReport::bucketFor(days)] += invoice.balance;
        s.agingTotal += invoice.balance;
        s.open << OpenLine{invoice, std::max<qint64>(0, days)};
    }
    for (auto it = credit.cbegin(); it != credit.cend(); ++it)
        section(it.key()).credit = it.value();

    for (Section& s : sections) {
        // A currency the customer has long settled and not used in the period says nothing.
        if (s.lines.isEmpty() && s.opening == 0 && s.closing == 0 && s.open.isEmpty() && s.credit == 0)
            continue;
        if (kind == Kind::OpenItems)
            s.lines.clear();
        statement.sections << s;
    }
    if (statement.sections.isEmpty()) {
        Section empty;
        empty.currency = customer.currency;
        statement.sections << empty;
    }
    return statement;
}

AccountStatement AccountStatement::read(StatementRepository& repository, Kind kind, const Customer& customer,
                                        QDate from, QDate to)
{
    checkPeriod(from, to);
    return assemble(kind, customer, from, to, repository.entries(customer.id, to),
                    openInvoices(repository, customer.id, to), repository.unallocatedCredit(customer.id, to));
}

QList<StatementRepository::OpenInvoice> AccountStatement::openInvoices(StatementRepository& repository,
                                                                       qint64 customerId, QDate asOf)
{
    return openInvoices(repository.balancesDue(customerId, asOf));
}

QList<StatementRepository::OpenInvoice> AccountStatement::openInvoices(const QList<BalanceDue>& balances)
{
    QList<StatementRepository::OpenInvoice> result;
    bool split = false;
    for (const auto& invoice : balances) {
        const StatementRepository::OpenInvoice whole{
            invoice.number, invoice.currency, invoice.issueDate, invoice.effectiveDueDate(),
            invoice.total,  invoice.balance,  invoice.fee};
        if (invoice.installments.isEmpty()) {
            result << whole;
            continue;
        }
        split = true;
        const auto dues = InstallmentSchedule::dueAmounts(invoice);
        for (qsizetype k = 0; k < dues.size(); ++k) {
            if (dues[k].balance <= 0)
                continue;
            auto part = whole;
            part.number = QStringLiteral("%1/%2").arg(invoice.number).arg(dues[k].installment);
            part.dueDate = dues[k].dueDate;
            part.total = invoice.installments[k].amount;
            part.balance = dues[k].balance;
            result << part;
        }
    }
    // The balances come by the invoices' due dates; installments fall due at their own.
    if (split)
        std::stable_sort(result.begin(), result.end(),
                         [](const auto& a, const auto& b) { return a.dueDate < b.dueDate; });
    return result;
}

} // namespace settle
