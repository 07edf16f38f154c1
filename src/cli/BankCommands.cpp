#include "BankCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "bank/BankBook.h"
#include "bank/BankStatementReader.h"
#include "dates/IsoDate.h"
#include "errors/SettleError.h"
#include "io/EntityJson.h"
#include "io/Json.h"

namespace settle {

namespace {

const QString statuses = QStringLiteral("matched|suggested|unmatched|ignored|outgoing");

qint64 entryId(const CommandLine& cmd)
{
    bool ok = false;
    const qint64 id = cmd.positional(0).toLongLong(&ok);
    if (!ok || id <= 0)
        cmd.usageError(QStringLiteral("ID: \"%1\" is not a bank entry id (a number from bank list)").arg(cmd.positional(0)));
    return id;
}

Json entryJson(const BankEntryRecord& r)
{
    Json::Array invoices;
    for (const QString& number : r.invoices)
        invoices << Json(number);
    return Json::Object{{QStringLiteral("id"), r.id},
                        {QStringLiteral("booking_date"), IsoDate::format(r.entry.bookingDate)},
                        {QStringLiteral("amount"), EntityJson::amount(r.entry.amount, r.entry.currency)},
                        {QStringLiteral("currency"), r.entry.currency},
                        {QStringLiteral("counterparty"), r.entry.counterparty},
                        {QStringLiteral("iban"), r.entry.counterpartyIban},
                        {QStringLiteral("text"), r.entry.text},
                        {QStringLiteral("status"), BankEntryRecord::statusName(r.status)},
                        {QStringLiteral("invoices"), invoices},
                        {QStringLiteral("customer"), r.customerCode}};
}

QString entryLine(const BankEntryRecord& r)
{
    QString line = QStringLiteral("%1  %2  %3 %4  %5  %6")
                       .arg(r.id, 5)
                       .arg(IsoDate::format(r.entry.bookingDate),
                            EntityJson::amount(r.entry.amount, r.entry.currency).rightJustified(12), r.entry.currency,
                            BankEntryRecord::statusName(r.status).leftJustified(9), r.entry.counterparty);
    if (!r.customerCode.isEmpty() || !r.invoices.isEmpty())
        line += QStringLiteral("  -> %1 %2").arg(r.customerCode, r.invoices.join(u' ')).trimmed();
    if (!r.entry.text.isEmpty())
        line += QStringLiteral("\n       ") + r.entry.text;
    return line;
}

int import(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("bank import"),
                    QStringLiteral("bank import FILE [--format camt053|mt940|ofx|csv] [--json]"), args);
    cmd.parse({QStringLiteral("format")}, {QStringLiteral("json")}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Stores the statement's entries and matches each credit to open invoices: a payment\n"
                         "that names its invoices and pays their balance (or less) is recorded; the rest waits\n"
                         "for a person (bank list). Importing the same file again changes nothing. Without\n"
                         "--format the format is read from the content.\n";
        return 0;
    }
    BankStatementReader::Format format = BankStatementReader::Format::Detect;
    if (cmd.has(QStringLiteral("format")))
        format = BankStatementReader::formatNamed(cmd.value(QStringLiteral("format")));
    BankBook book(context.ledger());
    const BankImportCounts c = book.importFile(cmd.positional(0), format);
    if (cmd.flag(QStringLiteral("json"))) {
        context.out() << QStringLiteral("{\"entries\": %1, \"new\": %2, \"duplicates\": %3, \"matched\": %4, "
                                        "\"suggested\": %5, \"unmatched\": %6, \"outgoing\": %7}\n")
                             .arg(c.entries)
                             .arg(c.added)
                             .arg(c.duplicates)
                             .arg(c.matched)
                             .arg(c.suggested)
                             .arg(c.unmatched)
                             .arg(c.outgoing);
        return 0;
    }
    context.out() << QStringLiteral("%1 entries: %2 new, %3 already imported; %4 matched and recorded, %5 suggested, "
                                    "%6 unmatched, %7 outgoing.\n")
                         .arg(c.entries)
                         .arg(c.added)
                         .arg(c.duplicates)
                         .arg(c.matched)
                         .arg(c.suggested)
                         .arg(c.unmatched)
                         .arg(c.outgoing);
    return 0;
}

int list(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("bank list"), QStringLiteral("bank list [--status %1] [--json]").arg(statuses),
                    args);
    cmd.parse({QStringLiteral("status")}, {QStringLiteral("json")}, 0, 0);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "The imported bank entries, oldest booking first, with the match or the suggestion.\n";
        return 0;
    }
    std::optional<BankEntryRecord::Status> status;
    if (cmd.has(QStringLiteral("status"))) {
        status = BankEntryRecord::statusNamed(cmd.value(QStringLiteral("status")));
        if (!status)
            cmd.usageError(
                QStringLiteral("--status: \"%1\" is not one of %2").arg(cmd.value(QStringLiteral("status")), statuses));
    }
    BankBook book(context.ledger());
    const QList<BankEntryRecord> entries = book.list(status);
    if (cmd.flag(QStringLiteral("json"))) {
        Json::Array array;
        for (const auto& entry : entries)
            array << entryJson(entry);
        context.out() << Json(Json::Object{{QStringLiteral("entries"), array}}).dump() << "\n";
        return 0;
    }
    for (const auto& entry : entries)
        context.out() << entryLine(entry) << "\n";
    if (entries.isEmpty())
        context.out() << "No bank entries.\n";
    return 0;
}

int accept(CliContext& context, const QStringList& arguments)
{
    // --invoice may be given several times; CommandLine keeps one value per option, so they are
    // taken out first.
    QStringList args;
    QStringList invoices;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--invoice") && i + 1 < arguments.size())
            invoices << arguments[++i];
        else if (arguments[i].startsWith(QStringLiteral("--invoice=")))
            invoices << arguments[i].mid(10);
        else
            args << arguments[i];
    }
    CommandLine cmd(QStringLiteral("bank accept"),
                    QStringLiteral("bank accept ID [--invoice NUMBER ...] [--customer CODE]"), args);
    cmd.parse({QStringLiteral("customer")}, {}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Records the payment of a suggested or unmatched entry: to the invoices given (in that\n"
                         "order), else as suggested; the rest stays as credit on account. Date = booking date,\n"
                         "method bank transfer, reference = the bank's reference.\n";
        return 0;
    }
    const qint64 id = entryId(cmd);
    BankBook book(context.ledger());
    const BankEntryRecord r = book.accept(id, invoices, cmd.value(QStringLiteral("customer")));
    context.out() << QStringLiteral("Bank entry %1: %2 %3 recorded from %4%5.\n")
                         .arg(r.id)
                         .arg(EntityJson::amount(r.entry.amount, r.entry.currency), r.entry.currency, r.customerCode,
                              r.invoices.isEmpty() ? QString() : QStringLiteral(" for ") + r.invoices.join(QStringLiteral(", ")));
    return 0;
}

// `bank ignore ID` and `bank undo ID`: one entry, one decision, its new status said.
int decide(CliContext& context, const QStringList& args, const QString& name, const char* help,
           BankEntryRecord (BankBook::*decision)(qint64))
{
    CommandLine cmd(QStringLiteral("bank ") + name, QStringLiteral("bank %1 ID").arg(name), args);
    cmd.parse({}, {}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n" << help;
        return 0;
    }
    BankBook book(context.ledger());
    const BankEntryRecord r = (book.*decision)(entryId(cmd));
    context.out() << QStringLiteral("Bank entry %1 is %2 now.\n").arg(r.id).arg(BankEntryRecord::statusName(r.status));
    return 0;
}

} // namespace

int BankCommands::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("import"))
        return import(context, rest);
    if (sub == QStringLiteral("list"))
        return list(context, rest);
    if (sub == QStringLiteral("accept"))
        return accept(context, rest);
    if (sub == QStringLiteral("ignore"))
        return decide(context, rest, sub,
                      "Marks a suggested or unmatched entry as not a customer payment (bank undo brings it back).\n",
                      &BankBook::ignore);
    if (sub == QStringLiteral("undo"))
        return decide(context, rest, sub,
                      "Removes the payment a matched entry recorded (audited) and puts the entry back to\n"
                      "suggested or unmatched; an ignored entry goes back to what it was.\n",
                      &BankBook::undo);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        context.out() << "usage: settle-cli bank import|list|accept|ignore|undo ... (bank COMMAND --help tells more)\n";
        return 0;
    }
    throw SettleError(SettleError::Kind::Usage,
                      QStringLiteral("bank: expected import, list, accept, ignore or undo, not \"%1\"").arg(sub));
}

} // namespace settle
