#include "followup/DefaultPolicy.h"

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

ReminderPolicy DefaultPolicy::standard()
{
    ReminderPolicy policy;
    policy.name = name();
    Stage finalNotice = stage("Final notice", 30, 7, Channels(Channels::Email) | Channels::Letter, "final_notice");
    finalNotice.statesInterest = true;
    Stage review = stage("Collections review", 45, 7, Channels::Task, "collections_review");
    review.needsApproval = true;
    policy.stages = {stage("Upcoming", -3, 0, Channels::Email, "upcoming"),
                     stage("Reminder", 3, 5, Channels::Email, "reminder"),
                     stage("Second reminder", 14, 7, Channels::Email, "second_reminder"), finalNotice, review};
    return policy;
}

} // namespace settle
