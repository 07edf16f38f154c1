#include "CommandLine.h"

#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "errors/SettleError.h"

namespace settle {

CommandLine::CommandLine(QString command, QString usage, QStringList arguments)
    : m_command(std::move(command)), m_usage(std::move(usage)), m_arguments(std::move(arguments))
{
}

void CommandLine::usageError(const QString& message) const
{
    throw SettleError(SettleError::Kind::Usage,
                      QStringLiteral("%1: %2 (usage: settle-cli %3)").arg(m_command, message, m_usage));
}

void CommandLine::parse(const QStringList& valueOptions, const QStringList& flags, int minPositionals,
                        int maxPositionals)
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& arg = m_arguments[i];
        if (arg == u"--help" || arg == u"-h") {
            m_help = true;
            return;
        }
        if (arg.startsWith(QStringLiteral("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString inlineValue;
            const bool hasInline = name.contains(u'=');
            if (hasInline) {
                inlineValue = name.section(u'=', 1);
                name = name.section(u'=', 0, 0);
            }
            if (valueOptions.contains(name)) {
                if (!hasInline && i + 1 >= m_arguments.size())
                    usageError(QStringLiteral("--%1 needs a value").arg(name));
                m_values.insert(name, hasInline ? inlineValue : m_arguments[++i]);
            } else if (flags.contains(name) && !hasInline) {
                m_flags.insert(name);
            } else {
                usageError(QStringLiteral("unknown option --%1").arg(name));
            }
            continue;
        }
        m_positionals << arg;
    }
    if (m_positionals.size() < minPositionals)
        usageError(QStringLiteral("missing argument"));
    if (m_positionals.size() > maxPositionals)
        usageError(QStringLiteral("unexpected argument \"%1\"").arg(m_positionals.value(maxPositionals)));
    if (m_flags.contains(QStringLiteral("json")) && m_flags.contains(QStringLiteral("csv")))
        usageError(QStringLiteral("--json and --csv exclude each other"));
}

QDate CommandLine::date(const QString& name, QDate fallback) const
{
    if (!m_values.contains(name))
        return fallback;
    const QString text = m_values.value(name);
    const auto parsed = IsoDate::parse(text);
    if (!parsed)
        usageError(QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text));
    // A real date the ledger cannot keep (a due date past year 9999 cannot be computed) is bad input.
    if (const QString problem = InputLimits::dateProblem(*parsed); !problem.isEmpty())
        throw SettleError(SettleError::Kind::BadInput, QStringLiteral("%1 --%2: %3").arg(m_command, name, problem));
    return *parsed;
}

CommandLine::Format CommandLine::format() const
{
    if (flag(QStringLiteral("json")))
        return Format::Json;
    if (flag(QStringLiteral("csv")))
        return Format::Csv;
    return Format::Text;
}

} // namespace settle
