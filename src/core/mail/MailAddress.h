#pragma once

#include <QList>
#include <QString>

namespace settle {

// One mailbox: "billing@example.com" or "Example Ltd <billing@example.com>". Plausible, not all of
// RFC 5322: an ASCII local part and a domain with a dot, no spaces; the server judges the rest.
struct MailAddress
{
    QString name; // display name, may be empty
    QString address;

    // Throws SettleError(BadInput) naming `field` and the text that is not an address.
    static MailAddress parse(const QString& text, const QString& field);
    // A list separated by commas or semicolons (commas inside a quoted name belong to the name).
    static QList<MailAddress> parseList(const QString& text, const QString& field);
    static bool isAddress(const QString& address);
    // The domain of the address, for Message-IDs.
    QString domain() const { return address.section(u'@', 1); }
};

} // namespace settle
