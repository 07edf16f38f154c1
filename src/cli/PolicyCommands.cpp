#include "PolicyCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "followup/ReminderPolicies.h"
#include "io/Json.h"
#include "money/Decimal.h"

namespace settle {

namespace {

const QString policyUsage = QStringLiteral("policy list [--json]");
const QString setPolicyUsage = QStringLiteral("customer set-policy CODE POLICY");

// "10.00 + 1%", "1%", "10.00" or "-" for a stage without a fee.
QString feeText(const Stage& stage)
{
    QStringList parts;
    if (stage.feeMicros > 0)
        parts << Decimal::formatShort(stage.feeMicros, 6);
    if (!stage.feeRate.isZero())
        parts << stage.feeRate.toPercentString() + u'%';
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(" + "));
}

int list(CliContext& context, const CommandLine& cmd)
{
    ReminderPolicies policies(context.ledger());
    const auto all = policies.all();
    const auto counts = policies.customerCounts();
    QTextStream& out = context.out();
    if (cmd.flag(QStringLiteral("json"))) {
        Json::Array array;
        for (const auto& policy : all) {
            array << Json::Object{{QStringLiteral("name"), policy.name},
                                  {QStringLiteral("customers"), counts.value(policy.name)},
                                  {QStringLiteral("stages"), ReminderPolicies::stagesJson(policy)}};
        }
        out << Json(Json::Object{{QStringLiteral("policies"), array}}).dump() << "\n";
        return 0;
    }
    bool first = true;
    for (const auto& policy : all) {
        if (!first)
            out << "\n";
        first = false;
        const int customers = counts.value(policy.name);
        out << policy.name << " (" << customers << (customers == 1 ? " customer" : " customers") << ")\n";
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QStringLiteral("STAGE").leftJustified(20), QStringLiteral("OFFSET").rightJustified(6),
                        QStringLiteral("GAP").rightJustified(4), QStringLiteral("CHANNEL").leftJustified(18),
                        QStringLiteral("TEMPLATE").leftJustified(18), QStringLiteral("FEE").leftJustified(12),
                        QStringLiteral("NOTES"));
        for (const auto& s : policy.stages) {
            QStringList notes;
            if (s.statesInterest)
                notes << QStringLiteral("states interest");
            if (s.needsApproval)
                notes << QStringLiteral("needs approval");
            const QString offset = s.offsetDays > 0 ? QStringLiteral("+%1").arg(s.offsetDays)
                                                    : QString::number(s.offsetDays);
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
                       .arg(s.name.leftJustified(20), offset.rightJustified(6),
                            QString::number(s.gapDays).rightJustified(4), s.channels.name().leftJustified(18),
                            (s.templateKey.isEmpty() ? QStringLiteral("-") : s.templateKey).leftJustified(18),
                            feeText(s).leftJustified(12), notes.join(QStringLiteral(", ")))
                       .trimmed()
                       .prepend(QStringLiteral("  "))
                << "\n";
        }
    }
    return 0;
}

} // namespace

int PolicyCommands::policy(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("policy"), policyUsage, args);
    cmd.parse({}, {QStringLiteral("json")}, 1, 1);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "list shows every reminder policy of the ledger with its stages in order (offset in days\n"
                         "from the due date, least gap after the stage before, channels, template, fee, whether it\n"
                         "states interest and needs a person's approval) and how many customers use it.\n"
                         "settle-cli customer set-policy CODE POLICY gives a customer another policy.\n";
        return 0;
    }
    if (cmd.positional(0) != u"list")
        cmd.usageError(QStringLiteral("expected list"));
    return list(context, cmd);
}

int PolicyCommands::setPolicy(CliContext& context, const QStringList& args)
{
    CommandLine cmd(QStringLiteral("customer set-policy"), setPolicyUsage, args);
    cmd.parse({}, {}, 3, 3);
    if (cmd.helpRequested()) {
        context.out() << "usage: settle-cli " << cmd.usage() << "\n"
                      << "Gives the customer the reminder policy POLICY (see settle-cli policy list) from the next\n"
                         "follow-up run on; what was raised before stays, and the customer goes on from the last\n"
                         "stage raised. Exit status 3 when there is no such customer or policy.\n";
        return 0;
    }
    const QString code = cmd.positional(1);
    const QString name = cmd.positional(2);
    const QString before = context.ledger().requireCustomer(code).policy;
    ReminderPolicies(context.ledger()).assign(code, name);
    if (before == name)
        context.out() << "Customer " << code << " already has reminder policy " << name << ".\n";
    else
        context.out() << "Customer " << code << " now has reminder policy " << name << " (was " << before << ").\n";
    return 0;
}

} // namespace settle
