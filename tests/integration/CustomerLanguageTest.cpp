#include "CliRunner.h"
#include "FollowupTestLedger.h"
#include "TestLocation.h"

#include "domain/ReminderPolicy.h"
#include "followup/ReminderPolicies.h"
#include "mail/Outbox.h"
#include "templates/LanguageFallbacks.h"
#include "templates/TemplateLibrary.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

// A customer is written to in their own language; where a template is missing in it, English is used
// and the desk says so (LanguageFallbacks), never silently.
namespace {

// Net 30 from 2026-01-01: due 2026-01-31; three days late raises the Reminder.
const QDate reminderDay(2026, 2, 3);

void addCustomer(FollowupTestLedger& ledger, const QString& code, const QString& language,
                 const QString& policy = QStringLiteral("Standard"))
{
    Customer customer;
    customer.code = code;
    customer.name = QStringLiteral("Client ") + code;
    customer.email = code.toLower() + QStringLiteral("@example.com");
    customer.currency = QStringLiteral("EUR");
    customer.language = language;
    customer.policy = policy;
    ledger->addCustomer(customer);
}

OutboxMessage onlyMessage(Ledger& ledger)
{
    const auto messages = Outbox(ledger).list(OutboxMessage::State::Queued);
    EXPECT_EQ(messages.size(), 1);
    return messages.value(0);
}

} // namespace

TEST(CustomerLanguage, AFrenchCustomersReminderIsFrench)
{
    FollowupTestLedger ledger;
    addCustomer(ledger, QStringLiteral("F1"), QStringLiteral("fr"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("F1"), QDate(2026, 1, 1), 123456);
    ledger.runAt(reminderDay);

    const OutboxMessage message = onlyMessage(*ledger);
    EXPECT_EQ(message.language, QStringLiteral("fr"));
    EXPECT_EQ(message.templateKey, QStringLiteral("reminder"));
    EXPECT_TRUE(message.subject.startsWith(QStringLiteral("Relance de paiement : ") + number))
        << message.subject.toStdString();
    // French words, the French date and the French figures with the currency's code.
    EXPECT_TRUE(message.bodyText.contains(QStringLiteral("Madame, Monsieur,"))) << message.bodyText.toStdString();
    EXPECT_TRUE(message.bodyText.contains(QStringLiteral("échue le 31 janvier 2026"))) << message.bodyText.toStdString();
    EXPECT_TRUE(message.bodyText.contains(QStringLiteral("1\u202F234,56 EUR"))) << message.bodyText.toStdString();
    EXPECT_TRUE(message.bodyHtml.contains(QStringLiteral("<html lang=\"fr\">")));
    EXPECT_FALSE(message.bodyText.contains(QStringLiteral("Dear"))) << message.bodyText.toStdString();
    EXPECT_TRUE(LanguageFallbacks(*ledger).onDesk().isEmpty());
}

TEST(CustomerLanguage, EachLanguageWritesItsOwnReminder)
{
    const QList<std::pair<const char*, QString>> expected{
        {"es", QStringLiteral("Recordatorio de pago: ")},
        {"it", QStringLiteral("Sollecito di pagamento: ")},
        {"nl", QStringLiteral("Betalingsherinnering: ")},
        {"de-CH", QStringLiteral("Zahlungserinnerung: ")},
    };
    for (const auto& [language, subject] : expected) {
        FollowupTestLedger ledger;
        addCustomer(ledger, QStringLiteral("C1"), QString::fromLatin1(language));
        ledger.addInvoiceOn(QStringLiteral("C1"), QDate(2026, 1, 1), 50000);
        ledger.runAt(reminderDay);
        const OutboxMessage message = onlyMessage(*ledger);
        EXPECT_TRUE(message.subject.startsWith(subject)) << language << ": " << message.subject.toStdString();
        EXPECT_EQ(message.language, QString::fromLatin1(language).left(2)) << language;
    }
}

TEST(CustomerLanguage, AStageTemplateOnlyInEnglishFallsBackWithAWarning)
{
    FollowupTestLedger ledger;
    // A stage of the user's own whose template exists only in English.
    Template courtesy;
    courtesy.key = QStringLiteral("courtesy_call");
    courtesy.language = QStringLiteral("en");
    courtesy.subject = QStringLiteral("A quick word about {{invoice_numbers}}");
    courtesy.bodyText = QStringLiteral("Dear {{customer.name}},\n{{#invoices}}{{invoice.number}}: {{invoice.balance}}\n"
                                       "{{/invoices}}{{company.name}}\n");
    TemplateLibrary(*ledger).save(courtesy);
    ReminderPolicy own;
    own.name = QStringLiteral("Own");
    Stage stage;
    stage.name = QStringLiteral("Courtesy");
    stage.offsetDays = 3;
    stage.channels = Channels::Email;
    stage.templateKey = courtesy.key;
    own.stages = {stage};
    ReminderPolicies(*ledger).add(own);
    addCustomer(ledger, QStringLiteral("F1"), QStringLiteral("fr"), own.name);
    addCustomer(ledger, QStringLiteral("E1"), QStringLiteral("en"), own.name);
    ledger.addInvoiceOn(QStringLiteral("F1"), QDate(2026, 1, 1), 10000);
    ledger.addInvoiceOn(QStringLiteral("E1"), QDate(2026, 1, 1), 20000);

    // The run is not stopped for the missing French text: both customers get their message.
    const auto result = ledger.runAt(reminderDay);
    ASSERT_EQ(result.raised.actions.size(), 2);
    const auto messages = Outbox(*ledger).list(OutboxMessage::State::Queued);
    ASSERT_EQ(messages.size(), 2);
    for (const auto& message : messages) {
        EXPECT_EQ(message.language, QStringLiteral("en")) << message.customerCode.toStdString();
        EXPECT_TRUE(message.subject.startsWith(QStringLiteral("A quick word about")));
    }

    // Only the French customer's message is in another language than theirs, and the desk says so.
    const auto fallbacks = LanguageFallbacks(*ledger).onDesk();
    ASSERT_EQ(fallbacks.size(), 1);
    EXPECT_EQ(fallbacks[0].customerCode, QStringLiteral("F1"));
    EXPECT_EQ(fallbacks[0].templateKey, QStringLiteral("courtesy_call"));
    EXPECT_EQ(fallbacks[0].wanted, QStringLiteral("fr"));
    EXPECT_EQ(fallbacks[0].used, QStringLiteral("en"));

    // Dismissed or sent, it is no longer the desk's business.
    Outbox(*ledger).dismiss(fallbacks[0].outboxId);
    EXPECT_TRUE(LanguageFallbacks(*ledger).onDesk().isEmpty());
}

TEST(CustomerLanguage, WhereNoLanguageHasTheTemplateTheRunSaysWhich)
{
    FollowupTestLedger ledger;
    ReminderPolicy own;
    own.name = QStringLiteral("Own");
    Stage stage;
    stage.name = QStringLiteral("Nowhere");
    stage.offsetDays = 3;
    stage.channels = Channels::Email;
    stage.templateKey = QStringLiteral("never_written");
    own.stages = {stage};
    try {
        ReminderPolicies(*ledger).add(own);
    } catch (const std::exception&) {
        GTEST_SKIP() << "a policy naming a template nobody wrote is refused already";
    }
    addCustomer(ledger, QStringLiteral("F1"), QStringLiteral("fr"), own.name);
    ledger.addInvoiceOn(QStringLiteral("F1"), QDate(2026, 1, 1), 10000);
    try {
        ledger.runAt(reminderDay);
        FAIL() << "a message without any template was written";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("never_written"))) << e.message().toStdString();
    }
    EXPECT_TRUE(Outbox(*ledger).list().isEmpty());
}

TEST(CustomerLanguage, AnUnknownLanguageInCustomersCsvIsRefused)
{
    TestLocation location;
    const CliRunner cli(location.ledger());
    ASSERT_EQ(cli.run({"init", "--company", "Test Co", "--currency", "EUR"}).exitCode, 0);
    const QString path = location.file(QStringLiteral("customers.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name,email,language\n"
               "F1,Client F1,f1@example.com,fr-CH\n"
               "P1,Client P1,p1@example.com,pt\n");
    file.close();

    const CliResult r = cli.run({"import", "customers", path});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path + QStringLiteral(":3: language: \"pt\" is not a language Settle writes in")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral(":2:"))) << r.err.toStdString();
    // Nothing imported, not even the good row.
    EXPECT_FALSE(cli.run({"export", "customers", "-"}).out.contains(QStringLiteral("F1")));

    QFile good(path);
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write("code,name,email,language\nF1,Client F1,f1@example.com,fr-CH\nN1,Client N1,n1@example.com,NL\n");
    good.close();
    const CliResult ok = cli.run({"import", "customers", path});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
}
