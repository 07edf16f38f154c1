#include "documents/AccountStatement.h"

#include "dates/IsoDate.h"
#include "errors/SettleError.h"

#include <QMap>

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
                    repository.openInvoices(customer.id, to), repository.unallocatedCredit(customer.id, to));
}

} // namespace settle
