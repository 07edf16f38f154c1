#pragma once

#include "io/Json.h"
#include "reports/Median.h"
#include "domain/OpenInvoice.h"
#include "domain/PaidInvoice.h"

#include <QDate>
#include <QList>

#include <optional>

namespace settle {

// When the open balances are likely to arrive (docs/REPORTS.md): each open invoice is
// predicted at its effective due date plus the customer's median days late (with at least
// MinCustomerHistory paid invoices) or else the ledger-wide median, and the balances are summed
// per currency into the next Weeks weeks. A prediction that has already passed is shown apart.
class CashForecast
{
public:
    static constexpr int Weeks = 12;
    static constexpr int MinCustomerHistory = 3;

    enum class Basis {
        Customer, // the customer's own median days late
        Ledger,   // the median over every paid invoice of the ledger
        DueDate,  // no paid invoice anywhere yet: the effective due date itself
    };

    struct Prediction
    {
        OpenInvoice invoice;
        QDate predicted;
        qint64 offsetDays = 0; // the rounded median added to the effective due date
        Basis basis = Basis::DueDate;
    };

    struct Week
    {
        QDate start; // asOf + 7k
        QDate end;   // asOf + 7k + 6
        qint64 expected = 0;
    };

    struct CurrencySection
    {
        QString currency;
        qint64 pastPrediction = 0; // predicted before asOf and still unpaid
        QList<Week> weeks;         // Weeks of them
        qint64 later = 0;          // predicted after the last week
        qint64 total = 0;          // every open balance: past + weeks + later
    };

    static CashForecast build(QDate asOf, const QList<PaidInvoice>& paid, const QList<OpenInvoice>& open);

    QDate asOf() const { return m_asOf; }
    std::optional<Median> ledgerMedianDaysLate() const { return m_ledgerMedian; }
    // Every open invoice, by predicted date then customer and number.
    const QList<Prediction>& predictions() const { return m_predictions; }
    const QList<CurrencySection>& currencies() const { return m_currencies; } // by currency code

    static QString basisName(Basis basis); // "customer", "ledger", "due date"

    Json toJson() const; // the shape the report promises
    QString toCsv() const;
    QString toText() const;

private:
    QDate m_asOf;
    std::optional<Median> m_ledgerMedian;
    QList<Prediction> m_predictions;
    QList<CurrencySection> m_currencies;
};

} // namespace settle
