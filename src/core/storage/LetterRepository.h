#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Database;

// The letters the follow-up engine wrote for stages whose channel is a letter (followup_letters),
// read for printing as PDF.
class LetterRepository
{
public:
    struct Letter
    {
        qint64 id = 0;
        qint64 followupId = 0;
        qint64 customerId = 0;
        QString customerCode;
        QString stageName;
        QDate date;
        QString subject;
        QString body;
        QString state;
    };

    explicit LetterRepository(Database& db) : m_db(db) {}

    std::optional<Letter> find(qint64 id);
    QList<Letter> all(); // newest first

private:
    QList<Letter> select(const QString& where, const QVariant& value);

    Database& m_db;
};

} // namespace settle
