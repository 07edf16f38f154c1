// The company page's IBAN, BIC and VAT ID, the setup switches for thank-you emails and invoice copies
// with reminders, and the customer dialog's VAT ID: typed into the real fields, saved with the real
// buttons, read back from the ledger.

#include "SettingsPageFixture.h"

#include "customers/CustomerDialog.h"
#include "settings/SettingsPage.h"
#include "widgets/FieldState.h"

#include "ledger/SettingKeys.h"
#include "storage/AuditLog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace settle::test {

namespace {

class CompanyBankGui : public SettingsPageFixture
{
};

} // namespace

TEST_F(CompanyBankGui, AWrongIbanIsRefusedInPlaceWithTheReasonAndTheRestIsKept)
{
    openLedger();
    SettingsPage* settings = page();
    settings->showTab(QStringLiteral("companyTab"));
    const auto auditBefore = m_ledger->audit().entries(QStringLiteral("setting")).size();
    type("companyName", QStringLiteral("Northwind Design Studio"));
    type("iban", QStringLiteral("DE89 3704 0044 0532 0130 01")); // the last digit mistyped
    type("bic", QStringLiteral("COBADEFFXXX"));
    type("vatId", QStringLiteral("DE123456789"));

    EXPECT_TRUE(FieldState::isInvalid(field("iban")));
    EXPECT_TRUE(errorText("iban").contains(QStringLiteral("check digits do not match"))) << errorText("iban").toStdString();
    EXPECT_FALSE(FieldState::isInvalid(field("bic")));
    EXPECT_FALSE(FieldState::isInvalid(field("vatId")));

    clickSave();
    EXPECT_TRUE(settings->message().startsWith(QStringLiteral("Not saved"))) << settings->message().toStdString();
    EXPECT_TRUE(settings->message().contains(QStringLiteral("IBAN")));
    // Nothing written, nothing typed lost.
    EXPECT_EQ(stored(SettingKeys::CompanyIban), QString());
    EXPECT_EQ(stored(SettingKeys::CompanyName), QStringLiteral("Test Company"));
    EXPECT_EQ(m_ledger->audit().entries(QStringLiteral("setting")).size(), auditBefore);
    EXPECT_EQ(field("iban")->text(), QStringLiteral("DE89 3704 0044 0532 0130 01"));
    EXPECT_EQ(field("companyName")->text(), QStringLiteral("Northwind Design Studio"));

    // The right digit: saved without spaces, shown again in groups of four.
    type("iban", QStringLiteral("de89 3704 0044 0532 0130 00"));
    EXPECT_FALSE(FieldState::isInvalid(field("iban")));
    EXPECT_TRUE(errorText("iban").isEmpty());
    clickSave();
    EXPECT_EQ(settings->message(), QStringLiteral("Saved."));
    EXPECT_EQ(stored(SettingKeys::CompanyIban), QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(stored(SettingKeys::CompanyBic), QStringLiteral("COBADEFFXXX"));
    EXPECT_EQ(stored(SettingKeys::CompanyVatId), QStringLiteral("DE123456789"));
    EXPECT_EQ(stored(SettingKeys::CompanyName), QStringLiteral("Northwind Design Studio"));
    settings->load();
    EXPECT_EQ(field("iban")->text(), QStringLiteral("DE89 3704 0044 0532 0130 00"));
    EXPECT_FALSE(settings->isModified());

    // A BIC of the wrong length and a VAT ID that is no VAT ID are refused the same way.
    type("bic", QStringLiteral("COBADEF"));
    type("vatId", QStringLiteral("n/a"));
    EXPECT_TRUE(errorText("bic").contains(QStringLiteral("is not a BIC")));
    EXPECT_TRUE(errorText("vatId").contains(QStringLiteral("is not a VAT ID")));
    clickSave();
    EXPECT_EQ(stored(SettingKeys::CompanyBic), QStringLiteral("COBADEFFXXX"));
    EXPECT_EQ(stored(SettingKeys::CompanyVatId), QStringLiteral("DE123456789"));
}

TEST_F(CompanyBankGui, TheSetupPageSwitchesThankYouEmailsAndInvoiceCopies)
{
    openLedger();
    SettingsPage* settings = page();
    // The defaults: copies with reminders on, thank-you emails off.
    auto* attach = field<QCheckBox>("attachInvoices");
    auto* thanks = field<QCheckBox>("paymentsThankYou");
    EXPECT_TRUE(attach->isChecked());
    EXPECT_FALSE(thanks->isChecked());

    settings->showTab(QStringLiteral("followupsTab"));
    QTest::mouseClick(attach, Qt::LeftButton, {}, QPoint(4, attach->height() / 2));
    settings->showTab(QStringLiteral("emailTab"));
    QTest::mouseClick(thanks, Qt::LeftButton, {}, QPoint(4, thanks->height() / 2));
    EXPECT_FALSE(attach->isChecked());
    EXPECT_TRUE(thanks->isChecked());
    EXPECT_TRUE(settings->isModified());
    clickSave();
    EXPECT_EQ(stored(SettingKeys::FollowupsAttachInvoices), QStringLiteral("false"));
    EXPECT_EQ(stored(SettingKeys::PaymentsThankYou), QStringLiteral("true"));

    recreateWindow();
    page();
    EXPECT_FALSE(field<QCheckBox>("attachInvoices")->isChecked());
    EXPECT_TRUE(field<QCheckBox>("paymentsThankYou")->isChecked());
}

TEST_F(CompanyBankGui, TheCustomerDialogTakesAVatIdAndRefusesABadOne)
{
    openLedger();
    m_window->newCustomer();
    auto* dialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* vatId = dialog->findChild<QLineEdit*>(QStringLiteral("vatId"));
    ASSERT_NE(vatId, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("code")), QStringLiteral("C901"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Wiener Werkstatt"));
    QTest::keyClicks(vatId, QStringLiteral("none"));
    EXPECT_TRUE(FieldState::isInvalid(vatId));
    EXPECT_FALSE(dialog->canSave());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("is not a VAT ID"))) << dialog->message().toStdString();

    vatId->selectAll();
    QTest::keyClick(vatId, Qt::Key_Delete);
    QTest::keyClicks(vatId, QStringLiteral("ATU12345678"));
    EXPECT_FALSE(FieldState::isInvalid(vatId));
    ASSERT_TRUE(dialog->canSave()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    const auto saved = m_ledger->customer(QStringLiteral("C901"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->vatId, QStringLiteral("ATU12345678"));

    // Editing shows it again.
    CustomerDialog edit(*m_session);
    edit.editCustomer(QStringLiteral("C901"));
    EXPECT_EQ(edit.findChild<QLineEdit*>(QStringLiteral("vatId"))->text(), QStringLiteral("ATU12345678"));
}

} // namespace settle::test
