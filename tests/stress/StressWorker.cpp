// One of several processes that work one ledger at the same time : it
// issues invoices, records payments and runs the follow-up engine in a loop for a given time.
// A failure the database reports as a conflict between writers (deadlock, lock timeout) is a lost
// race, rolled back whole, and is counted; anything else ends the worker with a non-zero status.

#include "dates/FixedClock.h"
#include "errors/SettleError.h"
#include "followup/FollowupRunner.h"
#include "ledger/Ledger.h"

#include <QGuiApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace settle;

int main(int argc, char* argv[])
{
    // A follow-up run attaches invoice PDFs to its reminders, and PDFs need fonts: a headless
    // QGuiApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: settle_stress_worker LEDGER WORKER SECONDS\n");
        return 2;
    }
    const QString location = args[1];
    const int worker = args[2].toInt();
    const qint64 seconds = args[3].toLongLong();

    FixedClock clock(QDate(2026, 1, 1));
    auto ledger = Ledger::open(location, Database::OpenMode::MustExist, clock);
    QStringList customers;
    for (const auto& row : ledger->customerBalances(clock.today()))
        customers << row.customer.code;
    const Currency currency = Currency::require(ledger->companyCurrency());

    std::mt19937 random(worker * 7919 + 1);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    QElapsedTimer timer;
    timer.start();
    int issued = 0, payments = 0, runs = 0, lostRaces = 0;
    while (timer.elapsed() < seconds * 1000) {
        // Each worker walks through the same weeks so that follow-up stages come due for all of them.
        clock.setToday(QDate(2026, 1, 1).addDays(int(timer.elapsed() * 180 / (seconds * 1000))));
        try {
            switch (pick(3)) {
            case 0: {
                Invoice draft;
                draft.customerCode = customers[pick(int(customers.size()))];
                draft.issueDate = clock.today();
                InvoiceLine line;
                line.description = QStringLiteral("Worker %1").arg(worker);
                line.unitPrice = 1000 + pick(100000);
                draft.lines << line;
                ledger->issue(ledger->createDraft(draft), clock.today());
                ++issued;
                break;
            }
            case 1:
                ledger->recordPayment(customers[pick(int(customers.size()))], Money(100 + pick(80000), currency),
                                      clock.today(), PaymentMethod::BankTransfer, QStringLiteral("W%1").arg(worker));
                ++payments;
                break;
            default:
                FollowupRunner(*ledger).run(clock.today());
                ++runs;
                break;
            }
        } catch (const SettleError& e) {
            const QString message = e.message().toLower();
            if (message.contains(QStringLiteral("deadlock")) || message.contains(QStringLiteral("locked")) ||
                message.contains(QStringLiteral("busy")) || message.contains(QStringLiteral("could not serialize")) ||
                message.contains(QStringLiteral("changed by someone else"))) {
                ++lostRaces;
                continue;
            }
            std::fprintf(stderr, "worker %d: %s\n", worker, qPrintable(e.message()));
            return 1;
        }
    }
    std::printf("worker %d: %d invoices, %d payments, %d follow-up runs, %d lost races\n", worker, issued, payments,
                runs, lostRaces);
    return 0;
}
