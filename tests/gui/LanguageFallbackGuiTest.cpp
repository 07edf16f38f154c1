#include "GuiFixture.h"
#include "followups/FollowupsPage.h"
#include "followups/LanguageFallbackNotice.h"

#include "domain/ReminderPolicy.h"
#include "followup/FollowupRunner.h"
#include "followup/ReminderPolicies.h"
#include "templates/TemplateLibrary.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

// A French and an English customer, both on a policy whose one stage has a template only in English,
// and the stage raised for both.
class LanguageFallbackGui : public GuiFixture
{
protected:
    void addCustomer(const QString& code, const QString& language, const QString& policy)
    {
        Customer customer;
        customer.code = code;
        customer.name = QStringLiteral("Client ") + code;
        customer.email = code.toLower() + QStringLiteral("@example.com");
        customer.currency = QStringLiteral("USD");
        customer.language = language;
        customer.policy = policy;
        m_ledger->addCustomer(customer);
    }

    void raise(const QString& templateKey)
    {
        ReminderPolicy own;
        own.name = QStringLiteral("Own");
        Stage stage;
        stage.name = QStringLiteral("Courtesy");
        stage.offsetDays = 3;
        stage.channels = Channels::Email;
        stage.templateKey = templateKey;
        own.stages = {stage};
        ReminderPolicies(*m_ledger).add(own);
        addCustomer(QStringLiteral("F1"), QStringLiteral("fr"), own.name);
        addCustomer(QStringLiteral("E1"), QStringLiteral("en"), own.name);
        m_ledger.addInvoice(QStringLiteral("F1"), QDate(2026, 2, 1), 10000);
        m_ledger.addInvoice(QStringLiteral("E1"), QDate(2026, 2, 1), 20000);
        ASSERT_EQ(FollowupRunner(*m_ledger).run(m_ledger.clock().today()).raised.actions.size(), 2);
    }

    LanguageFallbackNotice* notice()
    {
        openLedger();
        m_window->showPage(MainWindow::Page::Followups);
        settle();
        return m_window->followupsPage()->findChild<LanguageFallbackNotice*>();
    }
};

} // namespace

TEST_F(LanguageFallbackGui, TheDeskSaysWhichEmailIsInEnglishInsteadOfTheCustomersLanguage)
{
    Template courtesy;
    courtesy.key = QStringLiteral("courtesy_call");
    courtesy.language = QStringLiteral("en");
    courtesy.subject = QStringLiteral("A quick word about {{invoice_numbers}}");
    courtesy.bodyText = QStringLiteral("Dear {{customer.name}},\n{{#invoices}}{{invoice.number}}\n{{/invoices}}");
    TemplateLibrary(*m_ledger).save(courtesy);
    raise(courtesy.key);

    LanguageFallbackNotice* band = notice();
    ASSERT_NE(band, nullptr);
    EXPECT_TRUE(band->isVisible());
    EXPECT_EQ(band->count(), 1);
    const QString text = band->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("1 email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Client F1 (F1): \"courtesy_call\" in English instead of French")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("E1"))) << text.toStdString();
}

TEST_F(LanguageFallbackGui, NoBandWhenEveryEmailIsInItsCustomersLanguage)
{
    raise(QStringLiteral("reminder"));
    LanguageFallbackNotice* band = notice();
    ASSERT_NE(band, nullptr);
    EXPECT_FALSE(band->isVisible()) << band->text().toStdString();
    EXPECT_EQ(band->count(), 0);
}
