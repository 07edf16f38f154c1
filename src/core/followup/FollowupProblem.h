#pragma once

#include <QString>
#include <QStringList>

#include <exception>

namespace settle {

// Why a follow-up run stopped, as a program can act on it: settings a template needs that are not
// set yet (a person fills them in and the next run goes ahead), or anything else, with the core's
// own words for the log and the command line.
class FollowupProblem
{
public:
    enum class Kind { None, MissingSettings, Other };

    static FollowupProblem from(const std::exception& error);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    // MissingSettings: the keys, "company.payment_details" first among them when it is one.
    const QStringList& settings() const { return m_settings; }
    // The error's own words ("template reminder (en), text:9: column 18: …").
    const QString& message() const { return m_message; }

private:
    Kind m_kind = Kind::None;
    QStringList m_settings;
    QString m_message;
};

} // namespace settle
