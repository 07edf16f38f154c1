#include "TempLedger.h"

#include "errors/SettleError.h"
#include "storage/AuditLog.h"
#include "terms/TermsCatalog.h"

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

PaymentTerms net(const QString& name, int days)
{
    PaymentTerms terms;
    terms.name = name;
    terms.days = days;
    return terms;
}

QStringList names(const QList<PaymentTerms>& terms)
{
    QStringList result;
    for (const auto& t : terms)
        result << t.name;
    return result;
}

} // namespace

TEST(TermsCatalog, AddsATermWithItsAuditRowAndOffersIt)
{
    TempLedger ledger;
    TermsCatalog catalog(*ledger);
    PaymentTerms prox = net(QStringLiteral("Prox 15"), 0);
    prox.rule = PaymentTerms::DueRule::Proximo;
    prox.dayOfMonth = 15;
    const auto added = catalog.add(prox);
    EXPECT_GT(added.id, 0);
    EXPECT_TRUE(names(ledger->paymentTerms()).contains(QStringLiteral("Prox 15")));
    const auto entries = ledger->audit().entries(QStringLiteral("payment_terms"), QStringLiteral("Prox 15"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, QStringLiteral("create"));
    EXPECT_TRUE(entries[0].after.contains(QStringLiteral("\"day_of_month\":15")))
        << entries[0].after.toStdString();
}

TEST(TermsCatalog, RefusesABadOrDuplicateTermAndChangesNothing)
{
    TempLedger ledger;
    TermsCatalog catalog(*ledger);
    const auto before = catalog.all().size();
    const auto audit = ledger->audit().entries().size();
    try {
        catalog.add(net(QStringLiteral("net 30"), 30));
        FAIL() << "a duplicate name went in";
    } catch (const SettleError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("\"Net 30\" already exists")))
            << error.message().toStdString();
    }
    EXPECT_THROW(catalog.add(net(QStringLiteral("Net -5"), -5)), SettleError);
    EXPECT_EQ(catalog.all().size(), before);
    EXPECT_EQ(ledger->audit().entries().size(), audit);
}

TEST(TermsCatalog, EditingATermLeavesIssuedInvoicesAsTheyWere)
{
    TempLedger ledger;
    TermsCatalog catalog(*ledger);
    ledger.addCustomer(QStringLiteral("C1"), QStringLiteral("Net 14"));
    const QString number = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 1), 10000);
    auto stored = catalog.require(QStringLiteral("Net 14"));
    stored.terms.name = QStringLiteral("Net 21");
    stored.terms.days = 21;
    const auto updated = catalog.update(stored);
    EXPECT_EQ(updated.version, stored.version + 1);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 3, 31)).invoice.dueDate, QDate(2026, 3, 15)); // frozen
    EXPECT_EQ(ledger->customer(QStringLiteral("C1"))->terms, QStringLiteral("Net 21"));
    // The version read before the edit is stale now.
    EXPECT_THROW(catalog.update(stored), SettleError);
    const auto second = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 1), 10000);
    EXPECT_EQ(ledger->invoice(second, QDate(2026, 3, 31)).invoice.dueDate, QDate(2026, 3, 22));
}

TEST(TermsCatalog, RetiredTermStaysWithItsCustomersButIsNotOfferedForNewOnes)
{
    TempLedger ledger;
    TermsCatalog catalog(*ledger);
    ledger.addCustomer(QStringLiteral("C1"), QStringLiteral("Net 60"));
    EXPECT_EQ(catalog.customerCount(catalog.require(QStringLiteral("Net 60")).id), 1);
    const auto retired = catalog.retire(catalog.require(QStringLiteral("Net 60")));
    EXPECT_TRUE(retired.retired);
    EXPECT_FALSE(names(ledger->paymentTerms()).contains(QStringLiteral("Net 60")));
    EXPECT_TRUE(catalog.require(QStringLiteral("Net 60")).retired);

    // The customer keeps it, and so do its new invoices.
    EXPECT_EQ(ledger->customer(QStringLiteral("C1"))->terms, QStringLiteral("Net 60"));
    const QString number = ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 1), 10000);
    EXPECT_EQ(ledger->invoice(number, QDate(2026, 3, 31)).invoice.dueDate, QDate(2026, 4, 30));
    Customer c1 = *ledger->customer(QStringLiteral("C1"));
    c1.notes = QStringLiteral("pays late");
    EXPECT_NO_THROW(ledger->updateCustomer(c1));

    // No new customer gets it, and no customer moves to it.
    EXPECT_THROW(ledger.addCustomer(QStringLiteral("C2"), QStringLiteral("Net 60")), SettleError);
    EXPECT_FALSE(ledger->customer(QStringLiteral("C2")));
    ledger.addCustomer(QStringLiteral("C3"), QStringLiteral("Net 7"));
    Customer c3 = *ledger->customer(QStringLiteral("C3"));
    c3.terms = QStringLiteral("Net 60");
    EXPECT_THROW(ledger->updateCustomer(c3), SettleError);
    EXPECT_EQ(ledger->customer(QStringLiteral("C3"))->terms, QStringLiteral("Net 7"));

    const auto entries = ledger->audit().entries(QStringLiteral("payment_terms"), QStringLiteral("Net 60"));
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.last().action, QStringLiteral("retire"));

    const auto back = catalog.reinstate(retired);
    EXPECT_FALSE(back.retired);
    EXPECT_TRUE(names(ledger->paymentTerms()).contains(QStringLiteral("Net 60")));
}

TEST(TermsCatalog, TheFallbackTermCannotBeRetired)
{
    TempLedger ledger;
    TermsCatalog catalog(*ledger);
    EXPECT_THROW(catalog.retire(catalog.require(QStringLiteral("Net 30"))), SettleError);
    EXPECT_FALSE(catalog.require(QStringLiteral("Net 30")).retired);
}

TEST(LedgerSettings, SetSettingsWritesOnlyChangesInOneTransaction)
{
    TempLedger ledger;
    const auto audit = ledger->audit().entries(QStringLiteral("setting")).size();
    ledger->setSettings({{QStringLiteral("smtp.host"), QStringLiteral("mail.example")},
                         {QStringLiteral("smtp.port"), QStringLiteral("587")},
                         {QStringLiteral("company.name"), QStringLiteral("Test Company")}, // unchanged
                         {QStringLiteral("smtp.reply_to"), QString()}}); // never set, still empty
    EXPECT_EQ(ledger->setting(QStringLiteral("smtp.host")), QStringLiteral("mail.example"));
    EXPECT_EQ(ledger->setting(QStringLiteral("smtp.port")), QStringLiteral("587"));
    EXPECT_EQ(ledger->audit().entries(QStringLiteral("setting")).size(), audit + 2);
    ledger.reopen();
    EXPECT_EQ(ledger->setting(QStringLiteral("smtp.port")), QStringLiteral("587"));
}
