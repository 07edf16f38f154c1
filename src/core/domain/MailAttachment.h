#pragma once

#include <QByteArray>
#include <QString>

namespace settle {

// A file sent with a message, kept whole in the outbox (the PDF as it was when the message was queued).
struct MailAttachment
{
    QString fileName;
    QString mimeType; // "application/pdf"
    QByteArray content;
};

} // namespace settle
