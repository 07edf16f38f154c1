#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <stdexcept>

// What must hold for any input to the parsers a user's files and typing reach: the CSV reader, the
// three importers, the template engine, the MIME builder, amounts and dates. The libFuzzer targets
// (tests/fuzz/FuzzTarget.cpp) and the regression test that replays their findings with the normal
// build (tests/unit/FuzzRegressionTest.cpp) run the same checks, so a crash kept as a regression
// file fails the ordinary suite too.
//
// A check returns quietly when the input was handled well: parsed, or refused with the kind of error
// the caller expects (InputProblems for a file, SettleError(BadInput) for a message). It throws
// Violation when a property is broken, and lets any other exception escape: both are findings.
class FuzzProperties
{
public:
    struct Violation : std::logic_error
    {
        explicit Violation(const QString& what) : std::logic_error(what.toStdString()) {}
    };

    // The targets' names, as the fuzz binaries (fuzz_NAME) and the folders of corpus/ and
    // regressions/ are called.
    static QStringList targets();
    // Runs the checks of `target` on one input; throws std::invalid_argument for an unknown target.
    static void check(const QString& target, const QByteArray& data);

    // CSV as docs/CLI.md defines it: a table or InputProblems naming the file; the cells as the importers
    // see them, written back with CsvWriter, read back the same.
    static void csvTable(const QByteArray& data);
    // The importers on a fixed small ledger: customers, invoices or payments, or InputProblems
    // naming the file and a line; what is accepted writes back to a file that imports the same.
    static void customerCsv(const QByteArray& data);
    static void invoiceCsv(const QByteArray& data);
    static void paymentCsv(const QByteArray& data);
    // Byte 0 picks the key and language, the rest is subject, text and HTML separated by NUL bytes.
    // A template that validates renders with every sample context of its kind.
    static void templateEngine(const QByteArray& data);
    // NUL-separated from, to, cc, bcc, reply-to, subject, text, HTML, attachment name, attachment.
    // A message is built or refused as bad input; what is built is 7-bit with CRLF lines of at most
    // 998 characters, and its subject and bodies decode to what was given.
    static void mimeMessage(const QByteArray& data);
    // Byte 0 picks the scale; the rest is the text. What parses formats back to the same value.
    static void decimal(const QByteArray& data);
    // Byte 0 picks the locale, byte 1 the currency; the rest is the text typed.
    static void localeAmount(const QByteArray& data);
    // Text that parses as YYYY-MM-DD formats back to itself; every date of years 1..9999 read back.
    static void isoDate(const QByteArray& data);
    // Byte 0 picks the format (found from the content, camt.053, MT940, OFX or CSV); the rest is the
    // file. A statement is read or refused as bad input naming the file; every entry read has a
    // known currency, an amount within the limits, a booking date Settle keeps and says where it is.
    static void bankStatement(const QByteArray& data);
};
