#pragma once

#include "TestLocation.h"
#include "dates/FixedClock.h"
#include "ledger/Ledger.h"


#include <memory>

namespace settle::test {

// An amount in US dollars, the test ledgers' currency.
inline Money usd(qint64 cents)
{
    return Money(cents, Currency::require(QStringLiteral("USD")));
}

// A real ledger — an SQLite file in a fresh temporary folder, or a fresh PostgreSQL database when the
// suite runs on that engine (TestLocation) — initialised with the defaults, and a clock that stands at
// a chosen date.
class TempLedger
{
public:
    explicit TempLedger(QDate today = QDate(2026, 3, 31));

    Ledger& operator*() { return *m_ledger; }
    Ledger* operator->() { return m_ledger.get(); }
    FixedClock& clock() { return m_clock; }
    // The --db value of this ledger.
    QString path() const { return m_location.ledger(); }
    QString file(const QString& name) const { return m_location.file(name); }
    // Writes a file into the temporary folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;

    void reopen();
    void close() { m_ledger.reset(); }

    // A customer with the given terms in USD.
    void addCustomer(const QString& code, const QString& terms = QStringLiteral("Net 30"));
    // Issues a one-line invoice of `cents` (no tax) and returns its number.
    QString addInvoice(const QString& customer, QDate issued, qint64 cents);

private:
    TestLocation m_location;
    FixedClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
};

} // namespace settle::test
