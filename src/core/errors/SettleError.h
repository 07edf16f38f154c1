#pragma once

#include <QString>

#include <stdexcept>

namespace settle {

// The one exception type the core throws. Its kind maps onto the CLI's exit status
// (docs/CLI.md: 1 run time, 2 usage, 3 bad input data).
class SettleError : public std::runtime_error
{
public:
    enum class Kind { Runtime, Usage, BadInput, Conflict };

    SettleError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace settle
