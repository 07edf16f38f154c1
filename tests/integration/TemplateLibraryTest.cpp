#include "FollowupTestLedger.h"

#include "errors/SettleError.h"
#include "followup/DefaultPolicy.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateDefaults.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplateRenderer.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::FollowupTestLedger;
using settle::test::usd;
using settle::test::TempLedger;

namespace {

const QString en = QStringLiteral("en");
const QString de = QStringLiteral("de");
const QString reminder = QStringLiteral("reminder");

int templateAuditRows(Ledger& ledger)
{
    return int(ledger.audit().entries(QStringLiteral("template")).size());
}

QStringList problemsOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const InputProblems& e) {
        QStringList out;
        for (const auto& p : e.problems())
            out << p.toString();
        return out;
    }
    return {};
}

void setCompany(Ledger& ledger)
{
    ledger.setSetting(QStringLiteral("company.payment_details"),
                      QStringLiteral("IBAN DE89 3704 0044 0532 0130 00, quote the invoice number"));
}

} // namespace

TEST(TemplateLibrary, InitStoresEveryShippedTemplateWithAnAuditRow)
{
    TempLedger ledger;
    const auto stored = TemplateRepository(ledger->database()).all();
    EXPECT_EQ(stored.size(), TemplateKeys::shipped().size() * TemplateKeys::languages().size());
    for (const Template& t : stored) {
        const auto shipped = TemplateDefaults::find(t.key, t.language);
        ASSERT_TRUE(shipped.has_value()) << t.label().toStdString();
        EXPECT_EQ(t.subject, shipped->subject);
        EXPECT_EQ(t.bodyText, shipped->bodyText);
        EXPECT_EQ(t.bodyHtml, shipped->bodyHtml);
        EXPECT_EQ(t.version, 1);
        EXPECT_EQ(t.updatedAt.date(), QDate(2026, 3, 31)) << "the time comes from the ledger's clock";
    }
    EXPECT_EQ(templateAuditRows(*ledger), stored.size());
    // init again keeps what is there and writes nothing.
    ledger->initialize({}, {});
    EXPECT_EQ(templateAuditRows(*ledger), stored.size());
}

TEST(TemplateLibrary, SavingWritesTheTextRaisesTheVersionAndAuditsBeforeAndAfter)
{
    TempLedger ledger;
    TemplateLibrary library(*ledger);
    Template t = library.require(reminder, en);
    t.subject = QStringLiteral("Friendly reminder: {{invoice_numbers}}");
    const Template saved = library.save(t);
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(library.require(reminder, en).subject, t.subject);
    const auto entries = ledger->audit().entries(QStringLiteral("template"), QStringLiteral("reminder/en"));
    ASSERT_EQ(entries.size(), 2); // init, then this save
    EXPECT_EQ(entries.last().action, QStringLiteral("update"));
    EXPECT_TRUE(entries.last().before.contains(QStringLiteral("Payment reminder: {{invoice_numbers}}")));
    EXPECT_TRUE(entries.last().after.contains(QStringLiteral("Friendly reminder: {{invoice_numbers}}")));
    // Saved texts survive reopening, and init does not put the default back.
    ledger.reopen();
    ledger->initialize({}, {});
    EXPECT_EQ(TemplateLibrary(*ledger).require(reminder, en).subject, t.subject);
}

TEST(TemplateLibrary, AnInvalidTemplateIsRefusedWithEveryProblemAndChangesNothing)
{
    TempLedger ledger;
    TemplateLibrary library(*ledger);
    const Template before = library.require(reminder, de);
    const int auditBefore = templateAuditRows(*ledger);
    Template t = before;
    t.bodyText = QStringLiteral("Guten Tag {{customer.nam}},\n{{#invoices}}{{invoice.number}}\n");
    t.bodyHtml = QStringLiteral("<p>{{payment.amount}}</p>");
    EXPECT_EQ(
        problemsOf([&] { library.save(t); }),
        QStringList(
            {QStringLiteral("template reminder (de), text:1: column 11: unknown placeholder "
                            "{{customer.nam}}; did you mean {{customer.name}}?"),
             QStringLiteral("template reminder (de), text:2: column 1: {{#invoices}} is never closed by "
                            "{{/invoices}}"),
             QStringLiteral("template reminder (de), html:1: column 4: {{payment.amount}} has no value in "
                            "a follow-up template (only in: payment thank-you)")}));
    t = before;
    t.key = QStringLiteral("Bad Key");
    t.language = QStringLiteral("pt");
    EXPECT_EQ(problemsOf([&] { library.save(t); }).size(), 2);
    const Template after = library.require(reminder, de);
    EXPECT_EQ(after.bodyText, before.bodyText);
    EXPECT_EQ(after.version, before.version);
    EXPECT_EQ(templateAuditRows(*ledger), auditBefore);
}

TEST(TemplateLibrary, AStaleVersionIsRefusedLikeEveryOtherEdit)
{
    TempLedger ledger;
    Template mine = TemplateLibrary(*ledger).require(reminder, en);
    Template theirs = mine;
    theirs.bodyText += QStringLiteral("\nP.S. from a colleague\n");
    TemplateLibrary(*ledger).save(theirs);
    mine.bodyText += QStringLiteral("\nP.S. from me\n");
    try {
        TemplateLibrary(*ledger).save(mine);
        FAIL() << "a stale version was saved";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::Conflict);
        EXPECT_EQ(e.message(),
                  QStringLiteral("template reminder (en) was changed by someone else; reload and try again"));
    }
    const Template stored = TemplateLibrary(*ledger).require(reminder, en);
    EXPECT_TRUE(stored.bodyText.contains(QStringLiteral("colleague")));
    EXPECT_FALSE(stored.bodyText.contains(QStringLiteral("from me")));
    EXPECT_EQ(stored.version, 2);
}

TEST(TemplateLibrary, ResetToDefaultPutsTheShippedTextBack)
{
    TempLedger ledger;
    TemplateLibrary library(*ledger);
    Template t = library.require(QStringLiteral("final_notice"), de);
    t.bodyText = QStringLiteral("Bitte zahlen Sie {{total_due}}.");
    t = library.save(t);
    const Template reset = library.resetToDefault(QStringLiteral("final_notice"), de, t.version);
    EXPECT_EQ(reset.bodyText, TemplateDefaults::find(QStringLiteral("final_notice"), de)->bodyText);
    EXPECT_EQ(reset.version, 3);
    EXPECT_EQ(
        ledger->audit().entries(QStringLiteral("template"), QStringLiteral("final_notice/de")).last().action,
        QStringLiteral("reset"));
    EXPECT_THROW(library.resetToDefault(QStringLiteral("final_notice"), de, 2), SettleError) << "stale";
    EXPECT_THROW(library.resetToDefault(QStringLiteral("my_own"), de, 0), SettleError) << "nothing shipped";
}

// A ledger from before templates were stored (schema version 2, migrated) has no rows: it uses the
// shipped texts, and its first save writes the row.
TEST(TemplateLibrary, ALedgerWithoutRowsUsesTheShippedTextsAndTheFirstSaveStoresOne)
{
    TempLedger ledger;
    Statement(ledger->database().connection(), QStringLiteral("DELETE FROM templates")).exec();
    TemplateLibrary library(*ledger);
    Template t = library.require(QStringLiteral("statement"), de);
    EXPECT_EQ(t.version, 0);
    EXPECT_EQ(t.subject, TemplateDefaults::find(QStringLiteral("statement"), de)->subject);
    EXPECT_EQ(library.all().size(), TemplateKeys::shipped().size() * TemplateKeys::languages().size());
    t.subject = QStringLiteral("Ihr Kontoauszug zum {{statement.date}}");
    EXPECT_EQ(library.save(t).version, 1);
    EXPECT_THROW(library.save(t), SettleError) << "version 0 again: the row exists now";
    // A custom policy's template key can be stored too.
    Template own = t;
    own.key = QStringLiteral("gentle_nudge");
    own.subject = QStringLiteral("{{stage.name}}: {{invoice_numbers}}");
    own.bodyText = QStringLiteral("{{#invoices}}{{invoice.number}} {{days_overdue}}\n{{/invoices}}");
    own.bodyHtml.clear();
    library.save(own);
    EXPECT_EQ(library.all().size(), TemplateKeys::shipped().size() * TemplateKeys::languages().size() + 1);
    EXPECT_THROW(library.require(QStringLiteral("gentle_nudge"), en), SettleError);
}

TEST(TemplatePreview, RendersAgainstARealCustomerInItsLanguageWithEscapedHtml)
{
    FollowupTestLedger ledger(QDate(2026, 3, 10));
    setCompany(*ledger);
    Customer c;
    c.code = QStringLiteral("M01");
    c.name = QStringLiteral("Müller & Söhne <GmbH>");
    c.email = QStringLiteral("buchhaltung@example.com");
    c.currency = QStringLiteral("USD");
    c.language = QStringLiteral("de");
    ledger->addCustomer(c);
    const QString first = ledger.addInvoiceOn(QStringLiteral("M01"), QDate(2026, 1, 5), 123456);
    const QString second = ledger.addInvoiceOn(QStringLiteral("M01"), QDate(2026, 2, 1), 10000);
    const auto r = TemplateRenderer(*ledger).preview(reminder, de, QStringLiteral("M01"), QDate(2026, 3, 10));
    EXPECT_EQ(r.subject, QStringLiteral("Zahlungserinnerung: %1, %2 – Test Company").arg(first, second));
    EXPECT_TRUE(r.text.startsWith(QStringLiteral("Guten Tag Müller & Söhne <GmbH>,\n")));
    EXPECT_TRUE(
        r.text.contains(QStringLiteral("- Rechnung %1 vom 05.01.2026, fällig am 04.02.2026: 1.234,56 USD "
                                       "(34 Tage überfällig)")
                            .arg(first)))
        << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("Offener Betrag: 1.334,56 USD")));
    EXPECT_TRUE(r.html.contains(QStringLiteral("<p>Guten Tag Müller &amp; Söhne &lt;GmbH&gt;,</p>")));
    EXPECT_TRUE(r.html.contains(QStringLiteral("<td>%1</td><td>05.01.2026</td>").arg(first)));
    // The English one of the same customer, for comparison.
    const auto english =
        TemplateRenderer(*ledger).preview(reminder, en, QStringLiteral("M01"), QDate(2026, 3, 10));
    EXPECT_TRUE(english.text.contains(
        QStringLiteral("Invoice %1 of January 5, 2026, due February 4, 2026: 1,234.56 USD").arg(first)))
        << english.text.toStdString();
}

TEST(TemplatePreview, AnUnsetPaymentDetailIsNamedInsteadOfLeftBlank)
{
    FollowupTestLedger ledger(QDate(2026, 3, 10));
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 5), 5000);
    ledger->setSetting(QStringLiteral("company.payment_details"), QString());
    const QStringList problems = problemsOf(
        [&] { TemplateRenderer(*ledger).preview(reminder, en, QStringLiteral("C001"), QDate(2026, 3, 10)); });
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString(); // text and HTML
    EXPECT_EQ(problems[0],
              QStringLiteral("template reminder (en), text:11: column 18: {{company.payment_details}} has no "
                             "value (from setting company.payment_details)"));
    // Nothing open: no reminder to preview.
    ledger.addCustomerWithEmail(QStringLiteral("C002"));
    setCompany(*ledger);
    EXPECT_THROW(TemplateRenderer(*ledger).preview(reminder, en, QStringLiteral("C002"), QDate(2026, 3, 10)),
                 SettleError);
    EXPECT_THROW(TemplateRenderer(*ledger).preview(reminder, en, QStringLiteral("NOPE"), QDate(2026, 3, 10)),
                 SettleError);
}

TEST(TemplatePreview, StatementAndThankYouUseTheCustomersInvoicesAndLastPayment)
{
    FollowupTestLedger ledger(QDate(2026, 3, 10));
    setCompany(*ledger);
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    const QString a = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 5), 30000);
    const QString b = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 2, 5), 20000);
    const auto statement = TemplateRenderer(*ledger).preview(QStringLiteral("statement"), en,
                                                             QStringLiteral("C001"), QDate(2026, 3, 10));
    EXPECT_EQ(statement.subject, QStringLiteral("Statement of account as of March 10, 2026 – Test Company"));
    EXPECT_TRUE(statement.text.contains(QStringLiteral("Open balance: 500.00 USD")));
    EXPECT_THROW(TemplateRenderer(*ledger).preview(QStringLiteral("payment_thanks"), en,
                                                   QStringLiteral("C001"), QDate(2026, 3, 10)),
                 SettleError)
        << "no payment yet";

    ledger.pay(QStringLiteral("C001"), 35000, QDate(2026, 3, 12));
    const auto thanks = TemplateRenderer(*ledger).preview(QStringLiteral("payment_thanks"), de,
                                                          QStringLiteral("C001"), QDate(2026, 3, 12));
    EXPECT_TRUE(thanks.text.contains(QStringLiteral("Zahlung über 350,00 USD, eingegangen am 12.03.2026")));
    EXPECT_TRUE(thanks.text.contains(
        QStringLiteral("- Rechnung %1: 300,00 USD verbucht, noch offen 0,00 USD").arg(a)))
        << thanks.text.toStdString();
    EXPECT_TRUE(thanks.text.contains(
        QStringLiteral("- Rechnung %1: 50,00 USD verbucht, noch offen 150,00 USD").arg(b)));
    // The statement after the payment lists only what is still open.
    const auto after = TemplateRenderer(*ledger).statement(QStringLiteral("C001"), de, QDate(2026, 3, 12));
    EXPECT_FALSE(after.text.contains(a));
    EXPECT_TRUE(after.text.contains(QStringLiteral("Offener Saldo: 150,00 USD")));
    // The thank-you for a payment just recorded, as the payment dialog would send it.
    const auto result = ledger->recordPayment(QStringLiteral("C001"), usd(15000), QDate(2026, 3, 12),
                                              PaymentMethod::BankTransfer, {});
    const auto paid = TemplateRenderer(*ledger).paymentThanks(result, en);
    EXPECT_TRUE(
        paid.text.contains(QStringLiteral("Invoice %1: 150.00 USD applied, 0.00 USD still open").arg(b)))
        << paid.text.toStdString();
}

// The call FollowupDelivery makes: a raised final notice with interest under the terms and a fee.
TEST(TemplatePreview, ARaisedFinalNoticeStatesBalanceInterestFeeAndTheFinalDate)
{
    FollowupTestLedger ledger;
    setCompany(*ledger);
    ledger.addCustomerWithEmail(QStringLiteral("C001"));
    PaymentTerms terms;
    terms.name = QStringLiteral("Net 30, 12 % interest");
    terms.days = 30;
    terms.annualInterest = Rate::fromPercent(12);
    const QString number = ledger.addInvoiceOn(QStringLiteral("C001"), QDate(2026, 1, 1), 100000, &terms);
    const QDate due(2026, 1, 31);
    ledger.runDaily(due.addDays(-3), due.addDays(29));
    const auto result = ledger.runAt(due.addDays(30));
    ASSERT_EQ(result.raised.actions.size(), 1);
    const auto record = ledger.queue().get(result.followupIds[0]);
    ASSERT_EQ(record.stageName, QStringLiteral("Final notice"));
    QList<FollowupRecord::Item> items = record.items;
    items[0].fee = 500; // as FollowupCharges fills it for a stage with a fee
    const Stage stage = DefaultPolicy::standard().stages[3];
    const auto r = TemplateRenderer(*ledger).followup(stage, QStringLiteral("C001"), QStringLiteral("de-AT"),
                                                      items, due.addDays(30));
    EXPECT_EQ(r.subject, QStringLiteral("Mahnung: %1 – 1.014,86 USD zahlbar bis 16.03.2026").arg(number));
    for (const char* line :
         {"Offener Rechnungsbetrag: 1.000,00 USD", "Zinsen gemäß Zahlungsbedingungen: 9,86 USD",
          "Mahngebühren: 5,00 USD", "Jetzt fälliger Gesamtbetrag: 1.014,86 USD",
          "Bitte zahlen Sie 1.014,86 USD bis spätestens 16.03.2026."})
        EXPECT_TRUE(r.text.contains(QString::fromUtf8(line))) << line << '\n' << r.text.toStdString();
    EXPECT_TRUE(r.html.contains(QStringLiteral("<strong>16.03.2026</strong>")));
}
