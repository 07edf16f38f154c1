#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace settle {

// One message template: a subject line, a plain-text body and an HTML body for a template key (a
// stage's template key, "statement" or "payment_thanks") in one language.
struct Template
{
    enum class Part { Subject, Text, Html };

    QString key;
    QString language;
    QString subject;
    QString bodyText;
    QString bodyHtml; // empty: the message goes out as plain text only
    QDateTime updatedAt;
    int version = 0; // 0: not stored in the ledger (the shipped default); else the row version

    QString part(Part which) const;
    void setPart(Part which, const QString& text);

    static QList<Part> parts() { return {Part::Subject, Part::Text, Part::Html}; }
    // "subject", "text", "html"
    static QString partName(Part which);
    // "reminder (de)"
    QString label() const { return key + QStringLiteral(" (") + language + u')'; }
};

} // namespace settle
