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

// A key account that pays in 45 days by habit is not chased on day 3: the first reminder waits ten
// days, the gaps are longer, nothing is charged or stated as interest, and instead of a formal
// letter a person calls (the task carries the final notice's words for the call).
ReminderPolicy DefaultPolicy::gentle()
{
    ReminderPolicy policy;
    policy.name = gentleName();
    Stage call = stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Call"), 40, 10, Channels::Task, "final_notice");
    Stage review =
        stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Collections review"), 60, 14, Channels::Task, "collections_review");
    review.needsApproval = true;
    policy.stages = {stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Upcoming"), -3, 0, Channels::Email, "upcoming"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Reminder"), 10, 7, Channels::Email, "reminder"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Second reminder"), 24, 10, Channels::Email,
                           "second_reminder"),
                     call, review};
    return policy;
}

// A customer at risk hears from us a week before the due date and then every few days; the final
// notice comes two weeks after the due date with a fee of 10.00 and the interest the terms allow,
// and the collections review (still a person's decision) a week after that.
ReminderPolicy DefaultPolicy::firm()
{
    ReminderPolicy policy;
    policy.name = firmName();
    Stage finalNotice = stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Final notice"), 14, 5,
                              Channels(Channels::Email) | Channels::Letter, "final_notice");
    finalNotice.feeMicros = 10'000'000;
    finalNotice.statesInterest = true;
    Stage review =
        stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Collections review"), 21, 5, Channels::Task, "collections_review");
    review.statesInterest = true;
    review.needsApproval = true;
    policy.stages = {stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Upcoming"), -7, 0, Channels::Email, "upcoming"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Reminder"), 1, 4, Channels::Email, "reminder"),
                     stage(QT_TRANSLATE_NOOP("settle::DefaultPolicy", "Second reminder"), 7, 5, Channels::Email,
                           "second_reminder"),
                     finalNotice, review};
    return policy;
}

QList<ReminderPolicy> DefaultPolicy::all()
{
    return {standard(), gentle(), firm()};
}

} // namespace settle
