// Statements of account rendered to real PDF/A files and read back with pdftotext: the
// opening, running and closing balances and the aging summary equal the ledger's own figures.

#include "FollowupTestLedger.h"
#include "PdfProbe.h"

#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/StatementBatch.h"
#include "documents/StatementPdf.h"
#include "followup/ReminderPolicies.h"
#include "storage/StatementRepository.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

const QDate today(2026, 3, 31);

// One customer on 2/10 Net 30 with a history the statement has to get right: partial payments on
// INV-0001 before and inside the period, an early-payment discount on INV-0002, a credit note on
// INV-0003, a stage fee (FEE-0001) and a payment that settles more than one invoice.
class HandBuiltLedger : public FollowupTestLedger
{
public:
    HandBuiltLedger() : FollowupTestLedger(QDate(2026, 1, 1))
    {
        Customer customer;
        customer.code = QStringLiteral("C1");
        customer.name = QStringLiteral("Hand Built Ltd");
        customer.address = QStringLiteral("1 Test Street\nTestville");
        customer.email = QStringLiteral("c1@example.com");
        customer.currency = QStringLiteral("USD");
        customer.terms = QStringLiteral("2/10 Net 30");
        (*this)->addCustomer(customer);
        (*this)->setSetting(QStringLiteral("company.name"), QStringLiteral("Statement Test Company"));
        (*this)->setSetting(QStringLiteral("company.payment_details"), QStringLiteral("IBAN XX00 1234"));

        // A policy whose notice charges 10.00 a day after the due date.
        ReminderPolicy strict;
        strict.name = QStringLiteral("Strict");
        Stage notice;
        notice.name = QStringLiteral("Notice");
        notice.offsetDays = 1;
        notice.templateKey = QStringLiteral("reminder"); // one of the default templates
        notice.feeMicros = 10'000'000;
        strict.stages = {notice};
        ReminderPolicies(**this).add(strict);
        ReminderPolicies(**this).assign(QStringLiteral("C1"), QStringLiteral("Strict"));

        invoice(QDate(2026, 1, 5), 100000); // INV-0001, due 02-04
        pay(QStringLiteral("C1"), 30000, QDate(2026, 1, 20), QStringLiteral("INV-0001"));
        invoice(QDate(2026, 2, 1), 50000); // INV-0002, discount until 02-11
        pay(QStringLiteral("C1"), 49000, QDate(2026, 2, 8), QStringLiteral("INV-0002")); // + 10.00 discount
        pay(QStringLiteral("C1"), 20000, QDate(2026, 2, 10), QStringLiteral("INV-0001"));
        invoice(QDate(2026, 2, 15), 80000); // INV-0003, due 03-17
        runAt(QDate(2026, 2, 5));           // Notice for INV-0001: FEE-0001, 10.00
        clock().setToday(QDate(2026, 3, 1));
        (*this)->issueCreditNote(QStringLiteral("INV-0003"), usd(15000), QDate(2026, 3, 1),
                                 QStringLiteral("Returned goods"));
        pay(QStringLiteral("C1"), 120000, QDate(2026, 3, 20)); // oldest due first; 40.00 left as credit
        invoice(QDate(2026, 3, 25), 25000);                    // INV-0004, due 04-24
        clock().setToday(today);
    }

    void invoice(QDate issued, qint64 cents)
    {
        clock().setToday(issued);
        addInvoiceOn(QStringLiteral("C1"), issued, cents);
    }

    QString render(QDate from, QDate to, AccountStatement::Kind kind = AccountStatement::Kind::Activity)
    {
        StatementRepository repository((*this)->database());
        const auto statement = AccountStatement::read(
            repository, kind, (*this)->requireCustomer(QStringLiteral("C1")), from, to);
        const QString path = file(QStringLiteral("statement-%1.pdf").arg(int(kind)));
        StatementPdf::write(statement, CompanyProfile::load(**this), path);
        return path;
    }

    // The ledger's own aging row for C1 at `asOf`, as the statement prints it.
    QStringList agingRow(QDate asOf)
    {
        const auto report = (*this)->aging(asOf);
        QStringList cells;
        for (const auto& section : report.currencies())
            for (const auto& row : section.customers)
                if (row.customer == u"C1") {
                    for (qint64 amount : row.buckets)
                        cells << money(amount);
                    cells << money(row.total);
                }
        return cells;
    }

    static QString money(qint64 cents)
    {
        return QLocale(QLocale::English).toString(double(cents) / 100, 'f', 2);
    }
};

} // namespace

TEST(StatementPdf, BalancesAndAgingEqualTheLedgerForAPeriodStartingInAPartialPaymentHistory)
{
    HandBuiltLedger ledger;
    const PdfProbe pdf(ledger.render(QDate(2026, 2, 1), today));
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    ASSERT_TRUE(pdf.allFontsEmbedded());

    // Before the period: INV-0001 1,000.00 less the partial payment of 300.00.
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Opening balance")), QStringLiteral("700.00"));
    // The running balance, line by line, in date order.
    const QStringList lines = pdf.lines();
    QStringList running;
    for (const QString& line : lines) {
        static const QRegularExpression row(QStringLiteral("^\\s*2026-0[23]-\\d\\d\\s"));
        if (row.match(line).hasMatch() && !line.contains(QStringLiteral(" balance")))
            running << line.split(u' ', Qt::SkipEmptyParts).last();
    }
    EXPECT_EQ(running, (QStringList{
                           QStringLiteral("1,200.00"), // 02-01 INV-0002 +500
                           QStringLiteral("1,210.00"), // 02-05 FEE-0001 +10 (the notice for INV-0001)
                           QStringLiteral("720.00"),   // 02-08 payment 490 on INV-0002 ...
                           QStringLiteral("710.00"),   // ... and its discount of 10
                           QStringLiteral("510.00"),   // 02-10 payment 200 on INV-0001
                           QStringLiteral("1,310.00"), // 02-15 INV-0003
                           QStringLiteral("1,160.00"), // 03-01 credit note 150 on INV-0003
                           QStringLiteral("-40.00"),   // 03-20 payment 1,200: settles 500 + 10 + 650
                           QStringLiteral("210.00"),   // 03-25 INV-0004
                       }))
        << qPrintable(pdf.text());
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("210.00"));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Early-payment discount")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Credit note on")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Returned goods")));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("FEE-0001")));

    // The aging of what is open equals the ledger's aging report, and the credit on account of the
    // overpayment brings it to the closing balance.
    const QStringList aging = ledger.agingRow(today);
    ASSERT_EQ(aging.size(), 6);
    EXPECT_EQ(pdf.fieldsAfter(QStringLiteral("91+ days")), aging);
    EXPECT_EQ(aging.last(), QStringLiteral("250.00")); // INV-0004, current
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Credit on account")), QStringLiteral("-40.00"));
    const auto balances = ledger->customerBalances(today);
    ASSERT_EQ(balances.size(), 1);
    EXPECT_EQ(balances[0].balanceByCurrency.value(QStringLiteral("USD")) -
                  balances[0].creditByCurrency.value(QStringLiteral("USD")),
              21000);
    // The open invoices: only INV-0004 is left.
    EXPECT_EQ(
        pdf.fieldsOfLineStartingWith(QStringLiteral("INV-0004")),
        (QStringList{QStringLiteral("INV-0004"), QStringLiteral("2026-03-25"), QStringLiteral("2026-04-24"),
                     QStringLiteral("250.00"), QStringLiteral("250.00")}));
    EXPECT_TRUE(pdf.fieldsOfLineStartingWith(QStringLiteral("INV-0001")).isEmpty());
}

TEST(StatementPdf, OpenInvoicesShowTheirDaysOverdueAtTheStatementDate)
{
    HandBuiltLedger ledger;
    const PdfProbe pdf(ledger.render(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    EXPECT_EQ(
        pdf.fieldsOfLineStartingWith(QStringLiteral("INV-0001")),
        (QStringList{QStringLiteral("INV-0001"), QStringLiteral("2026-01-05"), QStringLiteral("2026-02-04"),
                     QStringLiteral("1,000.00"), QStringLiteral("500.00"), QStringLiteral("24")}));
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("FEE-0001")).value(5), QStringLiteral("23"));
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("INV-0003")).size(), 5) << "not due yet";
    EXPECT_EQ(pdf.fieldsAfter(QStringLiteral("91+ days")), ledger.agingRow(QDate(2026, 2, 28)));
}

TEST(StatementPdf, APeriodWithoutTransactionsShowsOpeningAndClosingOnly)
{
    HandBuiltLedger ledger;
    const PdfProbe pdf(ledger.render(QDate(2026, 1, 21), QDate(2026, 1, 31)));
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Opening balance")), QStringLiteral("700.00"));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("700.00"));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("No transactions in this period.")));
    EXPECT_EQ(pdf.fieldsAfter(QStringLiteral("91+ days")), ledger.agingRow(QDate(2026, 1, 31)));
}

TEST(StatementPdf, EveryDayOfTheHistoryAgreesWithTheLedgersAging)
{
    HandBuiltLedger ledger;
    StatementRepository repository(ledger->database());
    const Customer customer = ledger->requireCustomer(QStringLiteral("C1"));
    for (QDate d(2026, 1, 1); d <= today; d = d.addDays(1)) {
        const auto s = AccountStatement::read(repository, AccountStatement::Kind::Activity, customer, d, d);
        ASSERT_EQ(s.sections.size(), 1);
        const auto& section = s.sections.first();
        const auto report = ledger->aging(d);
        qint64 total = 0;
        std::array<qint64, AgingReport::BucketCount> buckets{};
        for (const auto& c : report.currencies())
            for (const auto& row : c.customers)
                if (row.customer == u"C1") {
                    total = row.total;
                    buckets = row.buckets;
                }
        EXPECT_EQ(section.agingTotal, total) << qPrintable(d.toString(Qt::ISODate));
        EXPECT_EQ(section.aging, buckets) << qPrintable(d.toString(Qt::ISODate));
        EXPECT_EQ(section.closing, section.agingTotal - section.credit)
            << qPrintable(d.toString(Qt::ISODate));
    }
}

TEST(StatementPdf, VoidsAndWriteOffsTakeTheirAmountBackOnTheirDay)
{
    TempLedger ledger(QDate(2026, 3, 31));
    ledger.addCustomer(QStringLiteral("V"));
    const QString voided = ledger.addInvoice(QStringLiteral("V"), QDate(2026, 3, 2), 30000);
    const QString written = ledger.addInvoice(QStringLiteral("V"), QDate(2026, 3, 3), 7000);
    ledger.addInvoice(QStringLiteral("V"), QDate(2026, 3, 4), 1000);
    ledger.clock().setToday(QDate(2026, 3, 10));
    ledger->voidInvoice(voided, QDate(2026, 3, 10));
    ledger->writeOff(written, QDate(2026, 3, 12));
    StatementRepository repository(ledger->database());
    const auto statement = AccountStatement::read(repository, AccountStatement::Kind::Activity,
                                                  ledger->requireCustomer(QStringLiteral("V")),
                                                  QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString path = ledger.file(QStringLiteral("v.pdf"));
    StatementPdf::write(statement, CompanyProfile::load(*ledger), path);
    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("2026-03-10"), {}).last(), QStringLiteral("80.00"));
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("2026-03-12"), {}).last(), QStringLiteral("10.00"));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Voided ") + voided));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Written off ") + written));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("10.00"));
    // Before the void, the aging still counted the invoice; the statement agrees on every day.
    for (QDate d(2026, 3, 1); d <= QDate(2026, 3, 31); d = d.addDays(1)) {
        const auto s = AccountStatement::read(repository, AccountStatement::Kind::Activity,
                                              ledger->requireCustomer(QStringLiteral("V")), d, d);
        qint64 total = 0;
        for (const auto& c : ledger->aging(d).currencies())
            total += c.totals.total;
        EXPECT_EQ(s.sections.first().closing, total) << qPrintable(d.toString(Qt::ISODate));
    }
}

TEST(StatementPdf, OpenItemsListOnlyWhatIsUnpaid)
{
    HandBuiltLedger ledger;
    const PdfProbe pdf(ledger.render(QDate(2026, 2, 1), today, AccountStatement::Kind::OpenItems));
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Statement of open items")));
    EXPECT_TRUE(text.contains(QStringLiteral("INV-0004")));
    EXPECT_FALSE(text.contains(QStringLiteral("INV-0001"))) << "paid in full";
    EXPECT_FALSE(text.contains(QStringLiteral("Opening balance")));
}

TEST(StatementPdf, ManyLinesBreakIntoNumberedPagesThatRepeatTheTableHeader)
{
    TempLedger ledger(QDate(2026, 12, 31));
    ledger.addCustomer(QStringLiteral("BIG"));
    for (int i = 0; i < 150; ++i)
        ledger.addInvoice(QStringLiteral("BIG"), QDate(2026, 1, 1).addDays(i * 2), 1000 + i);
    StatementRepository repository(ledger->database());
    const auto statement = AccountStatement::read(repository, AccountStatement::Kind::Activity,
                                                  ledger->requireCustomer(QStringLiteral("BIG")),
                                                  QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QString path = ledger.file(QStringLiteral("big.pdf"));
    StatementPdf::write(statement, CompanyProfile::load(*ledger), path);
    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    const int pages = pdf.pages();
    ASSERT_GE(pages, 3);
    for (int n = 1; n <= pages; ++n)
        EXPECT_EQ(pdf.count(QStringLiteral("Page %1 of %2").arg(n).arg(pages)), 1) << n;
    // Every page that carries rows of a table carries that table's header too.
    static const QRegularExpression activityHeader(
        QStringLiteral("Date\\s+Reference\\s+Transaction\\s+Due\\s+Charges"));
    static const QRegularExpression openHeader(QStringLiteral("Invoice\\s+Issued\\s+Due\\s+Amount\\s+Open"));
    static const QRegularExpression activityRow(QStringLiteral("^\\s*2026-\\d\\d-\\d\\d\\s+INV-"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression openRow(QStringLiteral("^\\s*INV-\\d+\\s+2026-"),
                                            QRegularExpression::MultilineOption);
    const QStringList pageTexts = pdf.text().split(u'\f');
    int activityPages = 0, openPages = 0;
    for (const QString& page : pageTexts) {
        if (page.contains(activityRow)) {
            ++activityPages;
            EXPECT_TRUE(page.contains(activityHeader)) << qPrintable(page);
        }
        if (page.contains(openRow)) {
            ++openPages;
            EXPECT_TRUE(page.contains(openHeader)) << qPrintable(page);
        }
    }
    EXPECT_GE(activityPages, 2);
    EXPECT_GE(openPages, 2);
    // The last running balance is the sum of all 150 invoices.
    qint64 sum = 0;
    for (int i = 0; i < 150; ++i)
        sum += 1000 + i;
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), HandBuiltLedger::money(sum));
}

TEST(StatementPdf, MetadataAndPaperSizeFollowTheCompanySettings)
{
    HandBuiltLedger ledger;
    ledger->setSetting(QStringLiteral("company.paper_size"), QStringLiteral("Letter"));
    const PdfProbe letter(ledger.render(QDate(2026, 2, 1), today));
    EXPECT_EQ(letter.infoValue(QStringLiteral("Title")),
              QStringLiteral("Statement of account C1 2026-02-01 to 2026-03-31"));
    EXPECT_EQ(letter.infoValue(QStringLiteral("Author")), QStringLiteral("Statement Test Company"));
    EXPECT_TRUE(letter.infoValue(QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")))
        << qPrintable(letter.info());
    EXPECT_TRUE(letter.infoValue(QStringLiteral("Metadata Stream")) == u"yes")
        << "PDF/A carries XMP metadata";
    ASSERT_TRUE(letter.qpdfCheckPasses());

    ledger->setSetting(QStringLiteral("company.paper_size"), QStringLiteral("A4"));
    const PdfProbe a4(ledger.render(QDate(2026, 2, 1), today));
    EXPECT_TRUE(a4.infoValue(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")))
        << qPrintable(a4.info());
}

TEST(StatementPdf, TheAuthorIsInTheInfoDictionaryAndTheXmpAlike)
{
    HandBuiltLedger ledger;
    const QString company = QStringLiteral("Müller & Söhne <東京> GmbH");
    ledger->setSetting(QStringLiteral("company.name"), company);
    const PdfProbe pdf(ledger.render(QDate(2026, 2, 1), today));
    ASSERT_TRUE(pdf.qpdfCheckPasses()) << "the cross-reference table follows the rewritten metadata";
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Author")), company);
    EXPECT_TRUE(pdf.xmp().contains(QStringLiteral("<dc:creator>"))) << qPrintable(pdf.xmp());
    EXPECT_TRUE(pdf.xmp().contains(QStringLiteral("<rdf:li>Müller &amp; Söhne &lt;東京&gt; GmbH</rdf:li>")))
        << qPrintable(pdf.xmp());
    EXPECT_TRUE(pdf.xmp().contains(QStringLiteral("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("210.00"))
        << "text still reads";
}

TEST(StatementPdf, RendersToBytesForAnEmailAttachment)
{
    HandBuiltLedger ledger;
    StatementRepository repository(ledger->database());
    const auto statement =
        AccountStatement::read(repository, AccountStatement::Kind::Activity,
                               ledger->requireCustomer(QStringLiteral("C1")), QDate(2026, 2, 1), today);
    const QByteArray bytes = StatementPdf::render(statement, CompanyProfile::load(*ledger));
    ASSERT_TRUE(bytes.startsWith("%PDF-1.4"));
    const QString path = ledger.writeFile(QStringLiteral("attachment.pdf"), bytes);
    const PdfProbe pdf(path);
    EXPECT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("210.00"));
}

TEST(StatementPdf, AmountsAndDatesFollowTheCustomersLanguage)
{
    HandBuiltLedger ledger;
    Customer c = ledger->requireCustomer(QStringLiteral("C1"));
    c.language = QStringLiteral("de");
    ledger->updateCustomer(c);
    const PdfProbe pdf(ledger.render(QDate(2026, 2, 1), today));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Anfangssaldo")), QStringLiteral("700,00"));
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("01.02.2026"))) << qPrintable(pdf.text());
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("Seite 1 von 1")));
}

TEST(StatementPdf, PeriodEndingBeforeItStartsIsRefused)
{
    HandBuiltLedger ledger;
    StatementRepository repository(ledger->database());
    EXPECT_THROW(AccountStatement::read(repository, AccountStatement::Kind::Activity,
                                        ledger->requireCustomer(QStringLiteral("C1")), today,
                                        today.addDays(-1)),
                 SettleError);
}

TEST(StatementBatch, WritesOneFileForEachCustomerWithABalanceReportingProgress)
{
    HandBuiltLedger ledger;
    ledger.addCustomer(QStringLiteral("ZERO"));           // nothing at all
    ledger.addCustomer(QStringLiteral("A/B*weird:code")); // needs a safe file name
    ledger.addInvoice(QStringLiteral("A/B*weird:code"), QDate(2026, 3, 1), 5000);
    StatementBatch::Options options;
    options.location = ledger.path();
    options.from = QDate(2026, 3, 1);
    options.to = today;
    options.folder = ledger.file(QStringLiteral("out/statements"));
    options.threads = 2;
    QList<std::pair<int, int>> calls;
    const auto result = StatementBatch::run(options, ledger.clock(), [&](int done, int total) {
        calls << std::pair{done, total};
    });
    EXPECT_EQ(result.total, 2);
    EXPECT_FALSE(result.cancelled);
    ASSERT_EQ(result.files.size(), 2);
    EXPECT_EQ(QFileInfo(result.files[0]).fileName(), QStringLiteral("A_B_weird_code.pdf"));
    EXPECT_EQ(QFileInfo(result.files[1]).fileName(), QStringLiteral("C1.pdf"));
    EXPECT_EQ(calls, (QList<std::pair<int, int>>{{1, 2}, {2, 2}}));
    for (const QString& f : result.files)
        EXPECT_TRUE(PdfProbe(f).qpdfCheckPasses()) << qPrintable(f);
    EXPECT_EQ(QDir(options.folder).entryList(QDir::Files).size(), 2)
        << "no probe or temporary file left behind";
}

TEST(StatementBatch, StopsWhenCancelled)
{
    TempLedger ledger;
    for (int i = 0; i < 6; ++i) {
        ledger.addCustomer(QStringLiteral("K%1").arg(i));
        ledger.addInvoice(QStringLiteral("K%1").arg(i), QDate(2026, 3, 1), 1000);
    }
    StatementBatch::Options options;
    options.location = ledger.path();
    options.from = QDate(2026, 3, 1);
    options.to = QDate(2026, 3, 31);
    options.folder = ledger.file(QStringLiteral("out"));
    options.threads = 1;
    std::atomic_bool cancel{false};
    const auto result = StatementBatch::run(
        options, ledger.clock(), [&](int done, int) { cancel = done >= 2; }, &cancel);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(result.files.size(), 2);
}

TEST(StatementBatch, AFolderThatCannotBeMadeIsRefusedAndNothingIsWritten)
{
    HandBuiltLedger ledger;
    const QString blocker = ledger.writeFile(QStringLiteral("not-a-folder"), "x");
    StatementBatch::Options options;
    options.location = ledger.path();
    options.from = QDate(2026, 3, 1);
    options.to = today;
    options.folder = blocker;
    try {
        StatementBatch::run(options, ledger.clock());
        FAIL() << "expected an error";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("is not a folder"))) << qPrintable(e.message());
    }
    options.folder = blocker + QStringLiteral("/inside");
    EXPECT_THROW(StatementBatch::run(options, ledger.clock()), SettleError);
    EXPECT_FALSE(QFileInfo::exists(blocker + QStringLiteral("/inside")));
}

} // namespace settle::test
