#pragma once

#include "followup/FollowupRecord.h"
#include "followup/Stage.h"

#include <QDate>
#include <QString>

namespace settle {

// A plain-text rendering of a follow-up, good enough to send or print today. The templates issue
// replaces it with per-stage, per-language templates; the outbox keeps the template key for that.
class FollowupText
{
public:
    struct Message
    {
        QString subject;
        QString body;
    };

    static Message render(const Stage& stage, const QString& customerName, const QString& companyName,
                          const QList<FollowupRecord::Item>& items, QDate on);
    // "120.00 USD"
    static QString money(qint64 minor, const QString& currency);
};

} // namespace settle
