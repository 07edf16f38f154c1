#include "Cli.h"

#include "BehaviourReportCommands.h"
#include "CliContext.h"
#include "BackupCommands.h"
#include "BankCommands.h"
#include "CreditCommands.h"
#include "CustomerCommands.h"
#include "EinvoiceCommands.h"
#include "FollowupCommands.h"
#include "InvoiceCommands.h"
#include "LedgerCommands.h"
#include "OutboxCommands.h"
#include "PaymentCommands.h"
#include "PlanCommands.h"
#include "PolicyCommands.h"
#include "RecurringCommands.h"
#include "ReportCommands.h"
#include "StatementCommands.h"
#include "errors/InputProblems.h"
#include "storage/Database.h"
#include "storage/LocalPath.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>
#include <map>

namespace settle {

namespace {

constexpr int exitRuntime = 1;
constexpr int exitUsage = 2;
constexpr int exitBadInput = 3;
constexpr int maxProblemLines = 200;

void printError(const QString& line)
{
    // A ledger's name is printed with its own bytes, as the file system holds it.
    std::fprintf(stderr, "%s\n", LocalPath::encode(line).constData());
}

} // namespace

QString Cli::help()
{
    return QStringLiteral(
        "usage: settle-cli [--db PATH | --db postgresql://USER@HOST[:PORT]/DB] COMMAND ...\n"
        "       settle-cli --help | --version\n"
        "\n"
        "Settle's accounts-receivable ledger, headless. With no --db (or SETTLE_DB) the default ledger\n"
        "is %1.\n"
        "\n"
        "Commands:\n"
        "  init [--company NAME] [--currency USD] [--demo]   create or migrate the ledger\n"
        "  import customers|invoices|payments FILE [--allow-duplicates]\n"
        "                                                    load a CSV file: every row or none\n"
        "  export customers|invoices|payments FILE           write the same CSV forms (FILE - for stdout)\n"
        "  customer list [--json]                            customers with balance and credit\n"
        "  customer hold CODE | customer release CODE        on hold = no follow-ups\n"
        "  customer set-policy CODE POLICY                   the reminder policy this customer gets\n"
        "  customer apply-credit CODE [--on DATE]            apply credit on account to the oldest open items\n"
        "  policy list [--json]                              the reminder policies and their stages\n"
        "  invoice list [--customer CODE] [--open] [--json]  invoices\n"
        "  invoice show NUMBER [--as-of DATE] [--json]       one invoice with lines, payments, balance\n"
        "  invoice void NUMBER                               only without payments\n"
        "  invoice send NUMBER [--as-of DATE] [--json]       email it with its PDF (outbox send delivers it)\n"
        "  invoice dispute NUMBER --reason TEXT [--on DATE] | invoice resolve NUMBER [--on DATE]\n"
        "  invoice promise NUMBER --until DATE [--on DATE] | invoice extend NUMBER --to DATE [--on DATE]\n"
        "                                                    pause or shift follow-ups\n"
        "  pay CUSTOMER AMOUNT --on DATE [--method M] [--ref R] [--invoice NUMBER]\n"
        "                                                    record one payment (and queue the thank-you\n"
        "                                                    when payments.thank_you is on)\n"
        "  bank import FILE [--format camt053|mt940|ofx|csv] [--json]\n"
        "                                                    store a bank statement, record what it pays\n"
        "  bank list [--status S] [--json]                   bank entries: matched, suggested, unmatched, ...\n"
        "  bank accept ID [--invoice NUMBER ...] [--customer CODE] | bank ignore ID | bank undo ID\n"
        "                                                    decide on a bank entry\n"
        "  aging [--as-of DATE] [--json | --csv]             receivables by aging bucket\n"
        "  report customers|forecast|dso [--as-of DATE] [--json | --csv]\n"
        "                                                    payment behaviour, 12-week cash forecast, DSO\n"
        "  followups plan|run [--as-of DATE] [--json]        what the follow-up engine would raise / raise it\n"
        "  followups list [--pending] [--json]               the follow-up queue\n"
        "  followups approve ID | followups dismiss ID       decide on a stage that needs approval\n"
        "  outbox list [--json] | outbox send                the email outbox; deliver what is due (SMTP)\n"
        "  outbox resend ID | outbox dismiss ID              decide on a failed or delivery-unknown message\n"
        "  recurring add --from-invoice NUMBER --every month|quarter|year [--start DATE]\n"
        "                [--until DATE] [--send]             repeat an issued invoice; prints the schedule's id\n"
        "  recurring list [--json] | recurring stop ID       repeating invoices and their next date; end one\n"
        "  recurring run [--as-of DATE] [--json]             issue the repeating invoices whose date has come\n"
        "  statement CUSTOMER --from DATE --to DATE --out FILE.pdf [--open-items]\n"
        "                                                    one statement of account (PDF/A)\n"
        "  statements [--as-of DATE] --out DIR [--from DATE] [--open-items]\n"
        "                                                    a statement for every customer with a balance\n"
        "  invoice pdf NUMBER --out FILE.pdf [--as-of DATE]  one invoice as PDF/A\n"
        "  invoice einvoice NUMBER --format factur-x|xrechnung-cii|xrechnung-ubl --out FILE\n"
        "                                                    the invoice as an EN 16931 e-invoice\n"
        "  invoice plan NUMBER --installments N --every week|month --first DATE [--on DATE] [--send]\n"
        "  invoice plan NUMBER --schedule DATE=AMOUNT,... [--on DATE] [--send]\n"
        "  invoice plan NUMBER --cancel [--on DATE]\n"
        "                                                    agree a payment plan on the open balance\n"
        "  letter list | letter pdf ID --out FILE.pdf        follow-up letters to print, one as PDF/A\n"
        "  copy --from DB --to DB                            move a whole ledger between SQLite and PostgreSQL\n"
        "  backup [--to FILE]                                a consistent copy of the ledger (default: backups/)\n"
        "  restore FILE [--to DB]                            put a backup in place (the old ledger is kept)\n"
        "  settings get KEY | settings set KEY VALUE         company profile and other settings\n"
        "\n"
        "Dates are YYYY-MM-DD; --as-of defaults to today. COMMAND --help tells more.\n"
        "A change waits up to 2 minutes for another program writing the ledger (SETTLE_LOCK_WAIT=SECONDS).\n"
        "Exit status: 0 done, 1 failed at run time, 2 wrong usage, 3 bad input data.\n")
        .arg(Database::defaultLocation());
}

int Cli::run(const QStringList& arguments)
{
    QString location = LocalPath::decode(qgetenv("SETTLE_DB"));
    QStringList rest = arguments;
    // Global options come before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QStringLiteral("-"))) {
        const QString option = rest.takeFirst();
        if (option == u"--help" || option == u"-h") {
            std::fputs(help().toLocal8Bit().constData(), stdout);
            return 0;
        }
        if (option == u"--version") {
            std::printf("settle-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
            return 0;
        }
        if (option == u"--db" && !rest.isEmpty()) {
            location = rest.takeFirst();
        } else if (option.startsWith(QStringLiteral("--db="))) {
            location = option.mid(5);
        } else {
            printError(QStringLiteral("settle-cli: unknown option %1 (see settle-cli --help)").arg(option));
            return exitUsage;
        }
    }
    if (rest.isEmpty()) {
        std::fputs(help().toLocal8Bit().constData(), stderr);
        return exitUsage;
    }
    if (location.isEmpty())
        location = Database::defaultLocation();
    // Only the ledger is opened by its bytes (through SQLite); other files go through Qt, which
    // would read such a name as another one, so they are refused rather than mistaken.
    for (const QString& argument : std::as_const(rest)) {
        if (LocalPath::hasForeignBytes(argument)) {
            printError(QStringLiteral("settle-cli: \"%1\" is not UTF-8 text; only the ledger (--db) may have such a "
                                      "name: rename the file to a UTF-8 name")
                           .arg(argument));
            return exitUsage;
        }
    }

    const QString command = rest.takeFirst();
    using Handler = std::function<int(CliContext&, const QStringList&)>;
    const std::map<QString, Handler> commands{
        {QStringLiteral("init"), LedgerCommands::init},
        {QStringLiteral("settings"), LedgerCommands::settings},
        {QStringLiteral("import"), LedgerCommands::importFile},
        {QStringLiteral("export"), LedgerCommands::exportFile},
        {QStringLiteral("copy"), LedgerCommands::copy},
        {QStringLiteral("customer"),
         [](CliContext& c, const QStringList& a) {
             if (a.value(0) == u"set-policy")
                 return PolicyCommands::setPolicy(c, a);
             if (a.value(0) == u"apply-credit")
                 return CreditCommands::applyCredit(c, a);
             return CustomerCommands::run(c, a);
         }},
        {QStringLiteral("invoice"),
         [](CliContext& c, const QStringList& a) {
             if (a.value(0) == u"pdf")
                 return StatementCommands::invoicePdf(c, a);
             if (a.value(0) == u"plan")
                 return PlanCommands::plan(c, a);
             if (a.value(0) == u"einvoice")
                 return EinvoiceCommands::einvoice(c, a);
             return InvoiceCommands::run(c, a);
         }},
        {QStringLiteral("policy"), PolicyCommands::policy},
        {QStringLiteral("backup"), BackupCommands::backup},
        {QStringLiteral("restore"), BackupCommands::restore},
        {QStringLiteral("pay"), PaymentCommands::pay},
        {QStringLiteral("aging"), ReportCommands::aging},
        {QStringLiteral("followups"), FollowupCommands::run},
        {QStringLiteral("outbox"), OutboxCommands::run},
        {QStringLiteral("report"), BehaviourReportCommands::run},
        {QStringLiteral("statement"), StatementCommands::statement},
        {QStringLiteral("statements"), StatementCommands::statements},
        {QStringLiteral("letter"), StatementCommands::letter},
        {QStringLiteral("recurring"), RecurringCommands::run},
        {QStringLiteral("bank"), BankCommands::run},
    };
    const auto handler = commands.find(command);
    if (handler == commands.end()) {
        printError(QStringLiteral("settle-cli: \"%1\" is not a command (see settle-cli --help)").arg(command));
        return exitUsage;
    }

    try {
        CliContext context(location, m_clock);
        return handler->second(context, rest);
    } catch (const InputProblems& e) {
        const auto& problems = e.problems();
        for (qsizetype i = 0; i < problems.size() && i < maxProblemLines; ++i)
            printError(problems[i].toString());
        if (problems.size() > maxProblemLines)
            printError(QStringLiteral("... and %1 more problems; nothing was imported").arg(problems.size() - maxProblemLines));
        spdlog::info("{} input problems; nothing changed", problems.size());
        return exitBadInput;
    } catch (const SettleError& e) {
        spdlog::info("{} failed: {}", command.toStdString(), e.what());
        printError(e.kind() == SettleError::Kind::Usage ? QStringLiteral("settle-cli ") + e.message()
                                                        : QStringLiteral("settle-cli: ") + e.message());
        switch (e.kind()) {
        case SettleError::Kind::Usage:
            return exitUsage;
        case SettleError::Kind::BadInput:
            return exitBadInput;
        case SettleError::Kind::Runtime:
        case SettleError::Kind::Conflict:
            return exitRuntime;
        }
    } catch (const std::exception& e) {
        printError(QStringLiteral("settle-cli: %1").arg(QString::fromLocal8Bit(e.what())));
        return exitRuntime;
    }
    return exitRuntime;
}

} // namespace settle
