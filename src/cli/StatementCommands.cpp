#include "StatementCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "dates/IsoDate.h"
#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/InvoicePdf.h"
#include "documents/LetterPdf.h"
#include "documents/StatementBatch.h"
#include "documents/StatementPdf.h"
#include "errors/SettleError.h"
#include "storage/LetterRepository.h"
#include "storage/StatementRepository.h"

#include <cstdio>

namespace settle {

namespace {

AccountStatement::Kind kindOf(const CommandLine& cmd)
{
    return cmd.flag(QStringLiteral("open-items")) ? AccountStatement::Kind::OpenItems
                                                  : AccountStatement::Kind::Activity;
}

QDate requiredDate(const CommandLine& cmd, const QString& name)
{
    if (!cmd.has(name))
        cmd.usageError(QStringLiteral("--%1 is required").arg(name));
    return cmd.date(name, {});
}

void checkPeriod(const CommandLine& cmd, QDate from, QDate to)
{
    // A period that ends before it starts is a wrong command line (exit 2), like a malformed date.
    if (to < from)
        cmd.usageError(QStringLiteral("the period ends (%1) before it starts (%2)")
                           .arg(IsoDate::format(to), IsoDate::format(from)));
}

} // namespace

int StatementCommands::statement(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("statement"),
                    QStringLiteral("statement CUSTOMER --from DATE --to DATE --out FILE.pdf [--open-items]"),
                    args);
    cmd.parse({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out")},
              {QStringLiteral("open-items")}, 1, 1);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "A statement of account as PDF/A: the opening balance at --from, every invoice, payment,\n"
               "credit note, discount and fee up to --to with a running balance, the closing balance,\n"
               "its aging and the open invoices. --open-items lists only what is unpaid at --to.\n";
        return 0;
    }
    const QDate from = requiredDate(cmd, QStringLiteral("from"));
    const QDate to = requiredDate(cmd, QStringLiteral("to"));
    if (!cmd.has(QStringLiteral("out")))
        cmd.usageError(QStringLiteral("--out is required"));
    checkPeriod(cmd, from, to);
    Ledger& ledger = context.ledger();
    const Customer customer = ledger.requireCustomer(cmd.positional(0));
    StatementRepository repository(ledger.database());
    const auto statement = AccountStatement::read(repository, kindOf(cmd), customer, from, to);
    const QString out = cmd.value(QStringLiteral("out"));
    StatementPdf::write(statement, CompanyProfile::load(ledger), out);
    context.out() << "Wrote " << StatementPdf::title(statement) << " to " << out << "\n";
    return 0;
}

int StatementCommands::statements(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("statements"),
                    QStringLiteral("statements [--as-of DATE] --out DIR [--from DATE] [--open-items]"), args);
    cmd.parse({QStringLiteral("as-of"), QStringLiteral("out"), QStringLiteral("from")},
              {QStringLiteral("open-items")}, 0, 0);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "A statement for every customer with a balance (owing, or holding credit) at --as-of,\n"
               "one PDF per customer named after the customer code, written to DIR (made if missing).\n"
               "The period runs from --from (default: the first day of --as-of's month) to --as-of.\n";
        return 0;
    }
    if (!cmd.has(QStringLiteral("out")))
        cmd.usageError(QStringLiteral("--out is required"));
    StatementBatch::Options options;
    options.to = cmd.date(QStringLiteral("as-of"), context.clock().today());
    options.from = cmd.date(QStringLiteral("from"), QDate(options.to.year(), options.to.month(), 1));
    checkPeriod(cmd, options.from, options.to);
    options.kind = kindOf(cmd);
    options.folder = cmd.value(QStringLiteral("out"));
    options.location = context.location();
    context.ledger(); // refuses a missing ledger before any folder is made
    const auto result = StatementBatch::run(options, context.clock());
    context.out() << "Wrote " << result.files.size() << " statement" << (result.files.size() == 1 ? "" : "s")
                  << " as of " << IsoDate::format(options.to) << " to " << options.folder << "\n";
    return 0;
}

int StatementCommands::invoicePdf(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("invoice pdf"),
                    QStringLiteral("invoice pdf NUMBER --out FILE.pdf [--as-of DATE]"), args.mid(1));
    cmd.parse({QStringLiteral("out"), QStringLiteral("as-of")}, {}, 1, 1);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "The invoice as PDF/A: lines, tax, totals, the terms in words and how to pay; payments up\n"
               "to --as-of (default today) show as paid so far.\n";
        return 0;
    }
    if (!cmd.has(QStringLiteral("out")))
        cmd.usageError(QStringLiteral("--out is required"));
    Ledger& ledger = context.ledger();
    const auto detail =
        ledger.invoice(cmd.positional(0), cmd.date(QStringLiteral("as-of"), context.clock().today()));
    if (detail.invoice.number.isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("a draft has no number and no PDF yet"));
    const Customer customer = ledger.requireCustomer(detail.invoice.customerCode);
    const QString out = cmd.value(QStringLiteral("out"));
    InvoicePdf::write(detail, customer, CompanyProfile::load(ledger), out);
    context.out() << "Wrote invoice " << detail.invoice.number << " to " << out << "\n";
    return 0;
}

int StatementCommands::letter(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("letter"), QStringLiteral("letter list | letter pdf ID --out FILE.pdf"),
                    args);
    cmd.parse({QStringLiteral("out")}, {}, 1, 2);
    if (cmd.helpRequested()) {
        context.out()
            << "usage: settle-cli " << cmd.usage() << "\n"
            << "The letters the follow-up engine wrote for stages sent by post (the final notice):\n"
               "list them, or print one as PDF/A with the customer's open invoices at its date.\n";
        return 0;
    }
    Ledger& ledger = context.ledger();
    LetterRepository letters(ledger.database());
    const QString verb = cmd.positional(0);
    if (verb == u"list" && cmd.positionals().size() == 1) {
        for (const auto& l : letters.all())
            context.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                                 .arg(QString::number(l.id).rightJustified(5), IsoDate::format(l.date),
                                      l.customerCode.leftJustified(10), l.state.leftJustified(9), l.subject);
        return 0;
    }
    if (verb != u"pdf" || cmd.positionals().size() != 2)
        cmd.usageError(QStringLiteral("expected list or pdf ID"));
    if (!cmd.has(QStringLiteral("out")))
        cmd.usageError(QStringLiteral("--out is required"));
    bool isNumber = false;
    const qint64 id = cmd.positional(1).toLongLong(&isNumber);
    const auto found = isNumber ? letters.find(id) : std::nullopt;
    if (!found)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("no letter has the id \"%1\"").arg(cmd.positional(1)));
    const Customer customer = ledger.requireCustomer(found->customerCode);
    const auto open = AccountStatement::openInvoices(
        StatementRepository(ledger.database()).balancesDue(customer.id, found->date));
    const QString out = cmd.value(QStringLiteral("out"));
    LetterPdf::write(*found, customer, open, CompanyProfile::load(ledger), out);
    context.out() << "Wrote letter " << found->id << " to " << out << "\n";
    return 0;
}

bool StatementCommands::rendersDocuments(const QStringList& arguments)
{
    // Global options come first (--db PATH, --db=PATH); then the command.
    qsizetype i = 0;
    while (i < arguments.size() && arguments[i].startsWith(u'-'))
        i += arguments[i] == u"--db" ? 2 : 1;
    const QString command = arguments.value(i);
    const QString verb = arguments.value(i + 1);
    // An invoice sent by email carries its PDF, and so does every repeating invoice a schedule with
    // --send issues; a reminder's invoice copies (followups.attach_invoices) are drawn when the outbox
    // sends it; a Factur-X e-invoice is a PDF.
    return command == u"statement" || command == u"statements" ||
           (command == u"invoice" && (verb == u"pdf" || verb == u"send" || verb == u"einvoice")) ||
           (command == u"letter" && verb == u"pdf") || (command == u"outbox" && verb == u"send") ||
           (command == u"followups" && (verb == u"run" || verb == u"approve")) ||
           (command == u"recurring" && verb == u"run");
}

} // namespace settle
