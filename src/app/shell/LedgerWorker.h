#pragma once

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "dates/Clock.h"
#include "ledger/Ledger.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace settle {

// Reading work that takes long on a big ledger (the dashboard's reports, the customers overview)
// runs on a worker thread with a connection of its own — Qt SQL connections belong to one thread —
// so that the window never freezes. The result or the reason it failed comes back through
// the future.
class LedgerWorker
{
public:
    template <typename Result>
    struct Outcome
    {
        std::optional<Result> value;
        QString error;
    };

    template <typename Result>
    static QFuture<Outcome<Result>> run(const LedgerSession& session, std::function<Result(Ledger&)> work)
    {
        return QtConcurrent::run([location = session.location(), clock = &session.clock(), work]() {
            Outcome<Result> outcome;
            Guarded::run(
                [&] {
                    auto ledger = Ledger::open(location, Database::OpenMode::MustExist, *clock);
                    outcome.value = work(*ledger);
                },
                [&](const QString& why) { outcome.error = why; });
            return outcome;
        });
    }
};

} // namespace settle
