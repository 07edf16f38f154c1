#pragma once

#include "domain/Template.h"
#include "templates/TemplateEngine.h"

#include <QList>
#include <QString>

#include <optional>

namespace settle {

class AuditLog;
class Ledger;

// The templates of a ledger as a user sees them: the stored text of a key and language, or the
// shipped default where none is stored. Every change is validated first (bad input changes
// nothing), written in one transaction with its audit row and refused when stale (optimistic locking).
class TemplateLibrary
{
public:
    explicit TemplateLibrary(Ledger& ledger) : m_ledger(ledger) {}

    // The template in use for this key and language; std::nullopt when neither stored nor shipped.
    std::optional<Template> find(const QString& key, const QString& language);
    // As find(), but a missing template is bad input naming it.
    Template require(const QString& key, const QString& language);
    // The template a message to a customer is written from: the key in `language`, else in English
    // (a stage's own key written only in English, say). The returned template's language says which:
    // whoever composes the message records it, so that a fallback is shown to a person, never silent.
    // Bad input as require() when neither exists.
    Template resolve(const QString& key, const QString& language);
    // Every template in use: each stored one and each shipped one not stored, by key, then language.
    QList<Template> all();

    // Every problem that would refuse a save: a bad key or language, then TemplateEngine::validate().
    static QList<InputProblem> check(const Template& tmpl);
    // Saves the texts of tmpl, whose version is the one the editor read (0: not stored yet). Throws
    // InputProblems with every problem of an invalid template, Conflict when it is stale. Returns the
    // template as stored.
    Template save(const Template& tmpl);
    // Puts the shipped text back; `version` as in save(). Bad input when Settle ships no such template.
    Template resetToDefault(const QString& key, const QString& language, int version);
    // Writes every shipped template the ledger has no row for, joining the caller's write
    // (Ledger::initialize); keeps what is there. Returns how many it wrote.
    int installMissingDefaults();

private:
    // Insert or update with the audit row, inside the caller's write.
    Template write(AuditLog& audit, const Template& tmpl, const QString& action);

    Ledger& m_ledger;
};

} // namespace settle
