#pragma once

#include <QString>
#include <QStringList>

namespace settle {

// What each ledger setting may hold, checked when it is set (settle-cli settings set, the desktop
// app's settings page, init), so that a wrong value is refused at the door instead of stopping
// the sending of mail or a document much later with a message about something else.
class SettingRules
{
public:
    // Every key Settle reads, sorted.
    static QStringList knownKeys();
    static bool isKnown(const QString& key);
    // Multi-line settings keep their line breaks (an address, payment details); the others are one line.
    static bool isMultiLine(const QString& key);
    // Empty when `value` suits `key` (an empty value means "the default" and always suits, except
    // for company.name and company.currency); otherwise what is wrong, without the key.
    static QString valueProblem(const QString& key, const QString& value);
    // The value as it is stored: company.iban and company.bic upper case without spaces (typed in
    // groups, stored as payment codes and bank files write them), the rest as given.
    static QString normalised(const QString& key, const QString& value);
    // For an unknown key: the known key nearest to it by edit distance, or empty when none is close.
    static QString nearestKey(const QString& key);
};

} // namespace settle
