#include "LedgerCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ledger/DemoLedger.h"
#include "ledger/SettingRules.h"
#include "money/Currency.h"
#include "ledger/LedgerTransfer.h"

#include <cstdio>

#include <unistd.h>

namespace settle {

namespace {

const QStringList recordKinds{QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("payments")};

} // namespace

int LedgerCommands::init(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("init"), QStringLiteral("init [--company NAME] [--currency USD] [--demo]"), args);
    cmd.parse({QStringLiteral("company"), QStringLiteral("currency")}, {QStringLiteral("demo")}, 0, 0);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Creates the ledger (or migrates an older one) with the default payment terms and\n"
                         "reminder policy. --demo also fills a new, empty ledger with a small demo business.\n";
        return 0;
    }
    const QString currency = cmd.value(QStringLiteral("currency"));
    if (!currency.isEmpty() && !Currency::fromCode(currency.toUpper()))
        cmd.usageError(QStringLiteral("--currency: \"%1\" is not an ISO 4217 currency code").arg(currency));
    Ledger& ledger = context.ledger(Database::OpenMode::CreateIfMissing);
    ledger.initialize(cmd.value(QStringLiteral("company")), currency);
    if (!ledger.database().lastBackup().isEmpty())
        context.out() << "Backed up the ledger to " << ledger.database().lastBackup() << " before migrating.\n";
    if (cmd.flag(QStringLiteral("demo"))) {
        if (!ledger.customerBalances(context.clock().today()).isEmpty()) {
            context.out() << "The ledger already has customers; the demo data was not added.\n";
        } else {
            DemoLedger::populate(ledger);
            context.out() << "Added the demo business.\n";
        }
    }
    context.out() << "Ledger ready at " << context.location() << " (schema version "
                  << ledger.database().schemaVersion() << ").\n";
    return 0;
}

int LedgerCommands::settings(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("settings"), QStringLiteral("settings get KEY | settings set KEY VALUE"), args);
    cmd.parse({}, {}, 2, 3);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Keys: " << SettingRules::knownKeys().join(QStringLiteral(", ")) << ".\n"
                      << "Values are one line, except company.address and company.payment_details.\n";
        return 0;
    }
    const QString verb = cmd.positional(0);
    const QString key = cmd.positional(1);
    if (verb == u"get" && cmd.positionals().size() == 2) {
        Ledger& ledger = context.ledger();
        context.out() << ledger.setting(key) << "\n";
        return 0;
    }
    if (verb == u"set" && cmd.positionals().size() == 3) {
        // A misspelt key would be stored and never read: refuse it and name the one that was meant.
        if (!SettingRules::isKnown(key)) {
            const QString nearest = SettingRules::nearestKey(key);
            cmd.usageError(nearest.isEmpty()
                               ? QStringLiteral("\"%1\" is not a setting (known: %2)")
                                     .arg(key, SettingRules::knownKeys().join(QStringLiteral(", ")))
                               : QStringLiteral("\"%1\" is not a setting; did you mean %2?").arg(key, nearest));
        }
        context.ledger().setSetting(key, cmd.positional(2));
        return 0;
    }
    cmd.usageError(QStringLiteral("expected get KEY or set KEY VALUE"));
}

int LedgerCommands::importFile(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("import"),
                    QStringLiteral("import customers|invoices|payments FILE [--allow-duplicates]"), args);
    cmd.parse({}, {QStringLiteral("allow-duplicates")}, 2, 2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Loads a CSV file (see docs/CLI.md for the columns): every row or none.\n"
                         "A payment with the same customer, date, amount, reference and invoice as one in the\n"
                         "ledger or an earlier line is refused unless --allow-duplicates is given.\n";
        return 0;
    }
    const QString kind = cmd.positional(0);
    const QString file = cmd.positional(1);
    if (!recordKinds.contains(kind))
        cmd.usageError(QStringLiteral("\"%1\" is not customers, invoices or payments").arg(kind));
    if (cmd.flag(QStringLiteral("allow-duplicates")) && kind != u"payments")
        cmd.usageError(QStringLiteral("--allow-duplicates is for payments"));
    Ledger& ledger = context.ledger();
    int count = 0;
    if (kind == u"customers")
        count = ledger.importCustomers(file);
    else if (kind == u"invoices")
        count = ledger.importInvoices(file);
    else
        count = ledger.importPayments(file, cmd.flag(QStringLiteral("allow-duplicates")));
    context.out() << "Imported " << count << " " << kind << " from " << file << ".\n";
    return 0;
}

int LedgerCommands::exportFile(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("export"), QStringLiteral("export customers|invoices|payments FILE"), args);
    cmd.parse({}, {}, 2, 2);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Writes the same CSV form that import reads; FILE - writes to standard output.\n";
        return 0;
    }
    const QString kind = cmd.positional(0);
    if (!recordKinds.contains(kind))
        cmd.usageError(QStringLiteral("\"%1\" is not customers, invoices or payments").arg(kind));
    Ledger& ledger = context.ledger();
    const QString text = kind == u"customers"  ? ledger.exportCustomers()
                         : kind == u"invoices" ? ledger.exportInvoices()
                                               : ledger.exportPayments();
    context.writeFile(cmd.positional(1), text);
    return 0;
}

int LedgerCommands::copy(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("copy"), QStringLiteral("copy --from DB --to DB"), args);
    cmd.parse({QStringLiteral("from"), QStringLiteral("to")}, {}, 0, 0);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Moves a whole ledger between an SQLite file and a PostgreSQL database (either way).\n"
                         "The target must be new or hold no customers, invoices or payments yet. The copy is\n"
                         "one transaction, verified by comparing row counts and balances before it commits.\n";
        return 0;
    }
    if (!cmd.has(QStringLiteral("from")) || !cmd.has(QStringLiteral("to")))
        cmd.usageError(QStringLiteral("both --from and --to are required"));
    const QString from = cmd.value(QStringLiteral("from"));
    const QString to = cmd.value(QStringLiteral("to"));
    // Rows per table as they go, on a terminal only: a script's log stays clean.
    LedgerCopier::Progress progress;
    if (isatty(STDERR_FILENO))
        progress = [](const QString& table, qint64 rows, qint64 total) {
            std::fprintf(stderr, "\rcopying %-24s %9lld of %lld rows%s", qPrintable(table), static_cast<long long>(rows),
                         static_cast<long long>(total), rows == total ? "\n" : "");
            std::fflush(stderr);
        };
    const auto result = LedgerTransfer::copy(from, to, context.clock(), progress);
    for (const auto& table : result.tables)
        context.out() << QStringLiteral("%1 %2\n").arg(table.table.leftJustified(24)).arg(table.rows);
    context.out() << "Copied " << Database::displayName(from) << " to " << Database::displayName(to)
                  << "; row counts and balances verified.\n";
    return 0;
}

} // namespace settle
