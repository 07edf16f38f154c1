#pragma once

#include "domain/Template.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Database;

// The ledger's message templates (table templates), one row per key and language.
class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db) : m_db(db) {}

    std::optional<Template> find(const QString& key, const QString& language);
    // Every stored template, by key, then language.
    QList<Template> all();
    // Writes a new row at version 1; refuses (Conflict) when the key and language have one already.
    void insert(const Template& tmpl, const QDateTime& at);
    // Replaces the texts and raises the version; refuses (Conflict) when the stored version is not
    // tmpl.version (someone else saved it meanwhile).
    void update(const Template& tmpl, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace settle
