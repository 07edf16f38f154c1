#pragma once

#include "money/Currency.h"
#include "money/Decimal.h"

#include <QDate>
#include <QString>

namespace settle {

// The bounds every value typed, imported or set must keep, in one place for the CSV importers, the
// CLI, the ledger and CustomerCheck (which the desktop app's dialogs use). docs/DESIGN.md "Limits"
// and docs/CLI.md state the same numbers.
//
// Amounts: no single amount (unit price, line amount, tax, invoice total, payment, credit note) may
// exceed MaxAmountMajor in major units; a customer's invoices, and its payments, may not add up to
// more than that per currency; the whole ledger's may not add up to more than MaxLedgerTotalMajor
// per currency. With at most four minor digits (CLF) the ledger's sum stays below 10^18 minor units,
// so no sum the ledger or SQL computes can leave 64 bits.
class InputLimits
{
public:
    static constexpr qint64 MaxAmountMajor = 10'000'000'000'000;       // 10^13
    static constexpr qint64 MaxLedgerTotalMajor = 100'000'000'000'000; // 10^14

    // Dates (issue, due, payment, credit note) lie within these years, so that a due date computed
    // from terms (at most a few months later) is always a real date the files can write back.
    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2999;

    enum class Field {
        CustomerCode,
        CustomerName,
        Email, // a list of addresses
        Phone,
        Address,
        Notes,
        Language,
        InvoiceNumber,
        Description,
        Reference,
        Reason, // a dispute's or credit note's reason, a contact note
        SettingLine,
        SettingText,
    };

    struct FieldRule
    {
        const char* name; // as the user sees it: "name", "address"
        int maxLength;    // in characters (UTF-16 code units, what Qt counts)
        bool multiLine;   // line breaks (LF) allowed
    };
    static FieldRule rule(Field field);

    // Empty when `value` fits the field: not longer than its maximum, no NUL or other control
    // characters, line breaks only in a multi-line field. Otherwise says what is wrong, without the
    // field's name (callers name the place).
    static QString textProblem(Field field, const QString& value);

    static qint64 maxAmountMinor(const Currency& currency);
    static qint64 maxLedgerTotalMinor(const Currency& currency);
    // "10000000000000.00" for USD.
    static QString maxAmountText(const Currency& currency);
    // Empty when 0 <= |minor| <= the maximum amount, else "X is more than the largest amount Y".
    static QString amountProblem(WideInt minor, const Currency& currency);

    // Empty when a customer's sum in a currency (its invoices, or its payments) stays within the
    // maximum amount; else "add up to X USD, more than ... for one customer".
    static QString customerTotalProblem(WideInt total, const Currency& currency);
    // The same for the whole ledger's sum in a currency, against MaxLedgerTotalMajor.
    static QString ledgerTotalProblem(WideInt total, const Currency& currency);
    // Exact decimal text of a wide scaled value.
    static QString wideText(WideInt scaled, int digits);

    // Empty when `date` lies within MinYear..MaxYear.
    static QString dateProblem(const QDate& date);
    static QString yearRangeText(); // "1900-01-01 to 2999-12-31"
};

} // namespace settle
