#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace settle {

// The arguments of one settle-cli command: positionals, `--name value` options and `--flag`s.
// Anything not declared is a usage error (exit status 2) that names the offending argument.
class CommandLine
{
public:
    CommandLine(QString command, QString usage, QStringList arguments);

    // Throws SettleError(Usage) with the command's usage line on any mismatch.
    void parse(const QStringList& valueOptions, const QStringList& flags, int minPositionals, int maxPositionals);

    bool helpRequested() const { return m_help; }
    const QString& usage() const { return m_usage; }
    const QStringList& positionals() const { return m_positionals; }
    QString positional(int index) const { return m_positionals.value(index); }
    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    // An ISO date option; `fallback` when absent.
    QDate date(const QString& name, QDate fallback) const;
    // One of --json / --csv / neither.
    enum class Format { Text, Json, Csv };
    Format format() const;

    [[noreturn]] void usageError(const QString& message) const;

private:
    QString m_command;
    QString m_usage;
    QStringList m_arguments;
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    bool m_help = false;
};

} // namespace settle
