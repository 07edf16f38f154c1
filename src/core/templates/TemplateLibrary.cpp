#include "templates/TemplateLibrary.h"

#include "dates/Clock.h"
#include "ledger/Ledger.h"
#include "storage/AuditLog.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateKeys.h"

#include <algorithm>

namespace settle {

namespace {

Json describe(const Template& t)
{
    return Json::Object{{QStringLiteral("key"), t.key},
                        {QStringLiteral("language"), t.language},
                        {QStringLiteral("subject"), t.subject},
                        {QStringLiteral("body_text"), t.bodyText},
                        {QStringLiteral("body_html"), t.bodyHtml},
                        {QStringLiteral("version"), t.version}};
}

} // namespace

std::optional<Template> TemplateLibrary::find(const QString& key, const QString& language)
{
    if (auto stored = TemplateRepository(m_ledger.database()).find(key, language))
        return stored;
    return TemplateDefaults::find(key, language);
}

Template TemplateLibrary::require(const QString& key, const QString& language)
{
    if (auto found = find(key, language))
        return *found;
    QString message = QStringLiteral("there is no template \"%1\" in language \"%2\"").arg(key, language);
    if (const QString error = TemplateKeys::languageError(language); !error.isEmpty())
        message = error;
    throw SettleError(SettleError::Kind::BadInput, message);
}

Template TemplateLibrary::resolve(const QString& key, const QString& language)
{
    if (auto found = find(key, language))
        return *found;
    const QString english = TemplateKeys::languages().first();
    if (language != english)
        if (auto fallback = find(key, english))
            return *fallback;
    return require(key, language);
}

QList<Template> TemplateLibrary::all()
{
    QList<Template> result = TemplateRepository(m_ledger.database()).all();
    for (const Template& shipped : TemplateDefaults::all())
        if (std::none_of(result.cbegin(), result.cend(), [&](const Template& t) {
                return t.key == shipped.key && t.language == shipped.language;
            }))
            result << shipped;
    const QStringList order = TemplateKeys::shipped();
    auto rank = [&](const Template& t) {
        const qsizetype i = order.indexOf(t.key);
        return std::pair{i < 0 ? order.size() : i, t.key};
    };
    std::stable_sort(result.begin(), result.end(), [&](const Template& a, const Template& b) {
        return std::pair{rank(a), TemplateKeys::languages().indexOf(a.language)} <
               std::pair{rank(b), TemplateKeys::languages().indexOf(b.language)};
    });
    return result;
}

QList<InputProblem> TemplateLibrary::check(const Template& tmpl)
{
    QList<InputProblem> problems;
    const QString place = QStringLiteral("template %1").arg(tmpl.label());
    if (const QString error = TemplateKeys::keyError(tmpl.key); !error.isEmpty())
        problems << InputProblem{place, 0, QStringLiteral("key"), error};
    if (const QString error = TemplateKeys::languageError(tmpl.language); !error.isEmpty())
        problems << InputProblem{place, 0, QStringLiteral("language"), error};
    problems << TemplateEngine::toInputProblems(tmpl, TemplateEngine::validate(tmpl)).problems();
    return problems;
}

Template TemplateLibrary::save(const Template& tmpl)
{
    if (const auto problems = check(tmpl); !problems.isEmpty())
        throw InputProblems(problems);
    return m_ledger.write(Ledger::Change::Templates, [&](AuditLog& audit) {
        return write(audit, tmpl, tmpl.version == 0 ? QStringLiteral("create") : QStringLiteral("update"));
    });
}

Template TemplateLibrary::resetToDefault(const QString& key, const QString& language, int version)
{
    auto shipped = TemplateDefaults::find(key, language);
    if (!shipped)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("Settle ships no template \"%1\" in language \"%2\" to reset to")
                              .arg(key, language));
    shipped->version = version;
    return m_ledger.write(Ledger::Change::Templates,
                          [&](AuditLog& audit) { return write(audit, *shipped, QStringLiteral("reset")); });
}

int TemplateLibrary::installMissingDefaults()
{
    return m_ledger.write(Ledger::Change::Templates, [&](AuditLog& audit) {
        TemplateRepository repository(m_ledger.database());
        int written = 0;
        for (const Template& shipped : TemplateDefaults::all())
            if (!repository.find(shipped.key, shipped.language)) {
                write(audit, shipped, QStringLiteral("create"));
                ++written;
            }
        return written;
    });
}

Template TemplateLibrary::write(AuditLog& audit, const Template& tmpl, const QString& action)
{
    TemplateRepository repository(m_ledger.database());
    const auto before = repository.find(tmpl.key, tmpl.language);
    const QDateTime now = m_ledger.clock().now();
    if (tmpl.version == 0 && !before)
        repository.insert(tmpl, now);
    else
        repository.update(tmpl, now); // a stale or missing row is a conflict
    const Template after = *repository.find(tmpl.key, tmpl.language);
    audit.record(QStringLiteral("template"), tmpl.key + u'/' + tmpl.language, action,
                 before ? describe(*before) : Json(), describe(after));
    return after;
}

} // namespace settle
