#include "documents/StatementBatch.h"

#include "documents/CompanyProfile.h"
#include "documents/StatementPdf.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "storage/StatementRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace settle {

QString StatementBatch::fileName(const QString& customerCode)
{
    QString name;
    for (const QChar c : customerCode)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.'
                    ? c
                    : QChar(u'_');
    // No hidden files and no "." or "..".
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return name + QStringLiteral(".pdf");
}

namespace {

[[noreturn]] void failFolder(const QString& folder, const QString& why)
{
    throw SettleError(SettleError::Kind::Runtime,
                      QStringLiteral("%1: %2; no statement was written").arg(folder, why));
}

void prepareFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        failFolder(folder, QStringLiteral("is not a folder"));
    if (!info.exists() && !QDir().mkpath(folder))
        failFolder(folder, QStringLiteral("cannot create the folder"));
    // Permissions alone do not tell (root, read-only mounts): try it.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".settle-probe-XXXXXX")));
    if (!probe.open())
        failFolder(folder, QStringLiteral("cannot write there: ") + probe.errorString());
}

} // namespace

StatementBatch::Result StatementBatch::run(const Options& options, const Clock& clock,
                                           const Progress& progress, const std::atomic_bool* cancel)
{
    AccountStatement::checkPeriod(options.from, options.to);
    Result result;
    QList<Customer> customers;
    CompanyProfile company;
    {
        auto ledger = Ledger::open(options.location, Database::OpenMode::MustExist, clock);
        company = CompanyProfile::load(*ledger);
        const QStringList codes = StatementRepository(ledger->database()).customersWithBalance(options.to);
        QHash<QString, Customer> byCode;
        for (const Customer& c : ledger->customers())
            byCode.insert(c.code, c);
        for (const QString& code : codes)
            customers << byCode.value(code);
    }
    prepareFolder(options.folder);
    result.total = int(customers.size());

    // Names are fixed before the work is shared, so that two codes that clean up alike never collide.
    QStringList paths;
    QSet<QString> taken;
    for (const Customer& c : customers) {
        QString name = fileName(c.code);
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = fileName(c.code).chopped(4) + QStringLiteral("-%1.pdf").arg(n);
        taken.insert(name.toLower());
        paths << QDir(options.folder).filePath(name);
    }

    const int threads = std::max(
        1, std::min<int>(options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()),
                         std::max<int>(1, int(customers.size()))));
    std::atomic_int next{0};
    std::mutex lock;
    int done = 0;
    std::vector<bool> written(size_t(customers.size()), false);
    std::exception_ptr failure;
    std::atomic_bool failed{false};
    auto work = [&]() {
        try {
            auto ledger = Ledger::open(options.location, Database::OpenMode::MustExist, clock);
            StatementRepository repository(ledger->database());
            for (;;) {
                if (failed || (cancel && *cancel))
                    return;
                const int i = next++;
                if (i >= customers.size())
                    return;
                const auto statement =
                    AccountStatement::read(repository, options.kind, customers[i], options.from, options.to);
                StatementPdf::write(statement, company, paths[i]);
                std::lock_guard guard(lock);
                written[size_t(i)] = true;
                ++done;
                if (progress)
                    progress(done, result.total);
            }
        } catch (...) {
            std::lock_guard guard(lock);
            if (!failure)
                failure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work(); // this thread is one of the workers
    for (auto& w : workers)
        w.join();
    if (failure)
        std::rethrow_exception(failure);
    for (qsizetype i = 0; i < customers.size(); ++i)
        if (written[size_t(i)])
            result.files << paths[i];
    result.cancelled = result.files.size() < customers.size();
    return result;
}

} // namespace settle
