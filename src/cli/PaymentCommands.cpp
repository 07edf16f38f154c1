#include "PaymentCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "domain/PaymentMethod.h"
#include "errors/SettleError.h"
#include "io/EntityJson.h"

namespace settle {

int PaymentCommands::pay(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("pay"),
                    QStringLiteral("pay CUSTOMER AMOUNT --on DATE [--method M] [--ref R] [--invoice NUMBER]"), args);
    cmd.parse({QStringLiteral("on"), QStringLiteral("method"), QStringLiteral("ref"), QStringLiteral("invoice")}, {}, 2,
              2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Records one payment. Without --invoice it settles the oldest due invoices first; what is\n"
                         "left stays as credit on account. Methods: "
                      << paymentMethodNames().join(QStringLiteral(", ")) << ".\n";
        return 0;
    }
    if (!cmd.has(QStringLiteral("on")))
        cmd.usageError(QStringLiteral("--on DATE is required"));
    const QDate on = cmd.date(QStringLiteral("on"), {});
    PaymentMethod method = PaymentMethod::BankTransfer;
    if (cmd.has(QStringLiteral("method"))) {
        const auto parsed = paymentMethodFromString(cmd.value(QStringLiteral("method")));
        if (!parsed)
            cmd.usageError(QStringLiteral("--method: \"%1\" is not one of %2")
                               .arg(cmd.value(QStringLiteral("method")), paymentMethodNames().join(QStringLiteral(", "))));
        method = *parsed;
    }
    Ledger& ledger = context.ledger();
    const QString code = cmd.positional(0);
    const QString invoiceNumber = cmd.value(QStringLiteral("invoice"));
    const Customer customer = ledger.requireCustomer(code);
    QString currency = customer.currency;
    if (!invoiceNumber.isEmpty())
        currency = ledger.invoice(invoiceNumber, on).invoice.currency;
    Money amount;
    const QString error = Money::parseError(cmd.positional(1), Currency::require(currency), &amount);
    if (!error.isEmpty())
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("pay: AMOUNT: ") + error);

    const auto result = ledger.recordPayment(code, amount, on, method, cmd.value(QStringLiteral("ref")), invoiceNumber);
    QTextStream& out = context.out();
    out << "Recorded " << amount.toDecimalString() << " " << currency << " from " << code << " on "
        << IsoDate::format(on) << ".\n";
    for (const auto& [number, allocation] : result.allocations)
        out << "  " << number << ": " << Allocation::kindName(allocation.kind) << " "
            << EntityJson::amount(allocation.amount, currency) << "\n";
    if (result.unallocated > 0)
        out << "  credit on account: " << EntityJson::amount(result.unallocated, currency) << "\n";
    return 0;
}

} // namespace settle
