#include "followup/DefaultPolicy.h"

#include <QtGlobal>

namespace settle {

namespace {

Stage stage(const char* name, int offset, int gap, Channels channels, const char* templateKey)
{
    Stage s;
    s.name = QString::fromUtf8(name);
    s.offsetDays = offset;
    s.gapDays = gap;
    s.channels = channels;
    s.templateKey = QString::fromUtf8(templateKey);
    return s;
}

} // namespace

// The names are marked for the desktop app, which shows them in the user's language (a renamed
// stage keeps the name typed); the ledger and the CLI keep them in English.
ReminderPolicy DefaultPolicy::standard()
{
    ReminderPolicy policy;
    policy.name = name();
    Stage finalNotice = stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Final notice"), 30, 7,
                              Channels(Channels::Email) | Channels::Letter, "final_notice");
    finalNotice.statesInterest = true;
    Stage review =
        stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Collections review"), 45, 7, Channels::Task, "collections_review");
    review.needsApproval = true;
    policy.stages = {stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Upcoming"), -3, 0, Channels::Email, "upcoming"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Reminder"), 3, 5, Channels::Email, "reminder"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Second reminder"), 14, 7, Channels::Email,
                           "second_reminder"),
                     finalNotice, review};
    return policy;
}

} // namespace settle
