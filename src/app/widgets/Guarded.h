#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <utility>

class QWidget;

namespace settle {

// Catch-and-say, once for the whole app: a page or dialog runs a call into the core through here and
// says what went wrong in its own way (an error box with its title, its status line, a field's
// message). A SettleError is said in its own words; any other exception (Qt's, the standard
// library's) is framed as an unexpected problem and its words go to the log, so that no library's
// message reaches the user raw and nothing thrown escapes into Qt's event loop.
class Guarded
{
    Q_DECLARE_TR_FUNCTIONS(settle::Guarded)

public:
    // What the user reads about an exception: a SettleError's message (InputProblems: every problem,
    // one a line), anything else framed as unexpected.
    static QString textOf(const std::exception& error);

    // Runs `work`; when it throws, hands the text to `onError` and returns false.
    template <typename Work, typename OnError> static bool run(Work&& work, OnError&& onError)
    {
        try {
            std::forward<Work>(work)();
            return true;
        } catch (const std::exception& error) {
            std::forward<OnError>(onError)(textOf(error));
            return false;
        }
    }

    // Runs `work`; when it throws, says why in an error box with this title and returns false.
    template <typename Work> static bool orSay(QWidget* parent, const QString& title, Work&& work)
    {
        return run(std::forward<Work>(work), [&](const QString& text) { sayError(parent, title, text); });
    }

private:
    static void sayError(QWidget* parent, const QString& title, const QString& text);
};

} // namespace settle
