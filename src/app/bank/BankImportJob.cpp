#include "bank/BankImportJob.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "bank/BankCsvMappingStore.h"
#include "dates/Clock.h"
#include "ledger/Ledger.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace settle {

BankImportJob::BankImportJob(LedgerSession& session, QObject* parent) : QObject(parent), m_session(session)
{
    // The worker only counts; the window reads the count a few times a second, rather than the
    // worker posting an event for each of 10,000 entries.
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_shared)
            Q_EMIT progressed(m_shared->done.load(), m_shared->total.load());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BankImportJob::done);
}

BankImportJob::~BankImportJob()
{
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.waitForFinished();
}

bool BankImportJob::start(const QString& path)
{
    return start(path, [path](Ledger& ledger, BankBook& book, const BankBook::Progress& progress) {
        // A bank CSV is read with the mapping this ledger remembers for its columns.
        return book.importStatement(
            BankStatementReader::read(path, BankStatementReader::Format::Detect, BankCsvMappingStore(ledger).readerOptions()),
            progress);
    });
}

bool BankImportJob::start(const QString& path, Work work)
{
    if (isRunning() || !m_session.isOpen())
        return false;
    m_path = path;
    m_outcome = {};
    m_shared = std::make_shared<Shared>();
    m_watcher.setFuture(QtConcurrent::run(
        [location = m_session.location(), clock = &m_session.clock(), shared = m_shared, work = std::move(work)] {
            Outcome outcome;
            Guarded::run(
                [&] {
                    auto ledger = Ledger::open(location, Database::OpenMode::MustExist, *clock);
                    BankBook book(*ledger);
                    outcome.counts = work(*ledger, book, [&](int done, int total) {
                        shared->done = done;
                        shared->total = total;
                        return !shared->cancel.load();
                    });
                },
                [&](const QString& why) { outcome.error = why; });
            // The book refuses to go on once Cancel was pressed and rolls the write back.
            outcome.cancelled = shared->cancel.load() && !outcome.counts;
            return outcome;
        }));
    m_poll->start();
    Q_EMIT progressed(0, 0);
    return true;
}

void BankImportJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

bool BankImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void BankImportJob::done()
{
    m_poll->stop();
    m_outcome = m_watcher.result();
    if (m_outcome.counts && m_session.isOpen()) {
        Q_EMIT progressed(m_outcome.counts->entries, m_outcome.counts->entries);
        // The worker wrote through its own connection: the window's views hear of it here. Payments
        // and invoices too, since matched entries recorded payments (the follow-up queue reads again).
        m_session.ledger().noteChangedElsewhere(Ledger::Change::Bank | Ledger::Change::Payments |
                                                Ledger::Change::Invoices);
    }
    Q_EMIT finished();
}

} // namespace settle
