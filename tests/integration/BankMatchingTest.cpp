#include "FollowupTestLedger.h"

#include "bank/BankBook.h"
#include "errors/SettleError.h"
#include "followup/FollowupDesk.h"
#include "followup/FollowupRunner.h"
#include "storage/AuditLog.h"

#include <gtest/gtest.h>

using namespace settle;
using settle::test::FollowupTestLedger;

namespace {

using Status = BankEntryRecord::Status;

const QDate issued(2026, 3, 2);
const QDate today(2026, 3, 31);

BankEntry credit(qint64 cents, QDate on, const QString& text, const QString& reference,
                 const QString& counterparty = QStringLiteral("Fjord Möbel AG"),
                 const QString& iban = QStringLiteral("DE02120300000000202051"))
{
    BankEntry e;
    e.bookingDate = on;
    e.valueDate = on;
    e.amount = cents;
    e.currency = QStringLiteral("USD");
    e.counterparty = counterparty;
    e.counterpartyIban = iban;
    e.text = text;
    e.bankReference = reference;
    return e;
}

BankStatement statement(const QList<BankEntry>& entries)
{
    BankStatement s;
    s.format = QStringLiteral("camt053");
    s.accountIban = QStringLiteral("DE89370400440532013000");
    s.fileName = QStringLiteral("march.xml");
    s.entries = entries;
    for (int i = 0; i < s.entries.size(); ++i)
        s.entries[i].where = QStringLiteral("entry %1").arg(i + 1);
    return s;
}

class BankLedger : public FollowupTestLedger
{
public:
    BankLedger() : FollowupTestLedger(today) {}

    BankImportCounts import(const QList<BankEntry>& entries)
    {
        return BankBook(**this).importStatement(statement(entries));
    }
    qint64 balance(const QString& number) { return (*this)->invoice(number, today).balance; }
    InvoiceStatus status(const QString& number) { return (*this)->invoice(number, today).invoice.status; }
    QList<BankEntryRecord> entries() { return BankBook(**this).list(); }
    QList<Payment> payments() { return (*this)->payments(); }
};

} // namespace

TEST(BankMatching, AnInvoiceNamedAndItsBalancePaidIsRecordedAutomatically)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 119000);
    ASSERT_EQ(number, QStringLiteral("INV-0001"));

    const auto counts = ledger.import({credit(119000, QDate(2026, 3, 20), QStringLiteral("Rechnung INV-0001"),
                                              QStringLiteral("BANKREF-1"))});
    EXPECT_EQ(counts.entries, 1);
    EXPECT_EQ(counts.added, 1);
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(ledger.balance(number), 0);
    EXPECT_EQ(ledger.status(number), InvoiceStatus::Paid);
    const auto payments = ledger.payments();
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].date, QDate(2026, 3, 20));
    EXPECT_EQ(payments[0].method, PaymentMethod::BankTransfer);
    EXPECT_EQ(payments[0].reference, QStringLiteral("BANKREF-1"));
    EXPECT_EQ(payments[0].amount, 119000);
    const auto entries = ledger.entries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].status, Status::Matched);
    EXPECT_EQ(entries[0].customerCode, QStringLiteral("K1"));
    EXPECT_EQ(entries[0].invoices, QStringList{number});
    EXPECT_EQ(entries[0].paymentId, payments[0].id);
}

TEST(BankMatching, InvoiceNumbersAreReadTolerantly)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    QStringList numbers;
    for (int i = 0; i < 4; ++i)
        numbers << ledger.addInvoice(QStringLiteral("K1"), issued, 10000 + i);
    const auto counts = ledger.import({
        credit(10000, QDate(2026, 3, 10), QStringLiteral("inv 1"), QStringLiteral("R1")),
        credit(10001, QDate(2026, 3, 10), QStringLiteral("INV0002 vom 02.03.2026"), QStringLiteral("R2")),
        credit(10002, QDate(2026, 3, 10), QStringLiteral("RE INV-0003"), QStringLiteral("R3")),
        credit(10003, QDate(2026, 3, 10), QStringLiteral("Rechnung Nr. 4 vom 02.03."), QStringLiteral("R4")),
    });
    EXPECT_EQ(counts.matched, 4);
    for (const QString& number : numbers)
        EXPECT_EQ(ledger.balance(number), 0) << number.toStdString();
}

TEST(BankMatching, ANumberInsideAnIbanADateOrALongerNumberNamesNoInvoice)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    for (int i = 0; i < 3; ++i)
        ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    // 2 in the IBAN and the date, 3 in the date, 1 inside 12345: none of INV-0001..3 is named.
    const auto counts = ledger.import({credit(
        10000, QDate(2026, 3, 10), QStringLiteral("IBAN DE02 1203 0000 0000 2020 51 am 02.03.2026 Kunde 12345"),
        QStringLiteral("R1"), QStringLiteral("Somebody Else"), {})});
    EXPECT_EQ(counts.unmatched, 1);
    EXPECT_EQ(counts.matched, 0);
    EXPECT_TRUE(ledger.payments().isEmpty());
}

TEST(BankMatching, TheDiscountedAmountInsideTheWindowSettlesTheInvoiceWithItsDiscount)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"), QStringLiteral("2/10 Net 30"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 100000);
    // 2 % of 1000.00 is 20.00; the window runs to 03-12 (ten days after issue).
    const auto counts =
        ledger.import({credit(98000, QDate(2026, 3, 12), QStringLiteral("INV-0001 less 2% Skonto"), QStringLiteral("R1"))});
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(ledger.balance(number), 0);
    EXPECT_EQ(ledger.status(number), InvoiceStatus::Paid);
    const auto detail = ledger->invoice(number, today);
    bool discounted = false;
    for (const auto& applied : detail.applied)
        discounted = discounted || (applied.allocation.kind == Allocation::Kind::Discount &&
                                   applied.allocation.amount == 2000);
    EXPECT_TRUE(discounted);
}

TEST(BankMatching, TheDiscountedAmountJustOutsideTheWindowIsAPartialPayment)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"), QStringLiteral("2/10 Net 30"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 100000);
    const auto counts =
        ledger.import({credit(98000, QDate(2026, 3, 13), QStringLiteral("INV-0001"), QStringLiteral("R1"))});
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(ledger.balance(number), 2000);
    EXPECT_EQ(ledger.status(number), InvoiceStatus::Open);
}

TEST(BankMatching, LessThanTheBalanceIsRecordedAsAPartialPayment)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 50000);
    const auto counts =
        ledger.import({credit(20000, QDate(2026, 3, 15), QStringLiteral("Teilzahlung INV-0001"), QStringLiteral("R1"))});
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(ledger.balance(number), 30000);
    ASSERT_EQ(ledger.payments().size(), 1);
}

TEST(BankMatching, MoreThanTheBalanceIsSuggestedAndRecordsNothing)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 50000);
    const auto counts =
        ledger.import({credit(60000, QDate(2026, 3, 15), QStringLiteral("INV-0001"), QStringLiteral("R1"))});
    EXPECT_EQ(counts.suggested, 1);
    EXPECT_EQ(ledger.balance(number), 50000);
    EXPECT_TRUE(ledger.payments().isEmpty());
    const auto entries = ledger.entries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].status, Status::Suggested);
    EXPECT_EQ(entries[0].customerCode, QStringLiteral("K1"));
    EXPECT_EQ(entries[0].invoices, QStringList{number});

    // Accepted as suggested: the invoice paid, the rest credit on account.
    BankBook book(*ledger);
    const auto accepted = book.accept(entries[0].id);
    EXPECT_EQ(accepted.status, Status::Matched);
    EXPECT_EQ(ledger.balance(number), 0);
    const auto payments = ledger.payments();
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments[0].unallocated, 10000);
    EXPECT_EQ(payments[0].reference, QStringLiteral("R1"));
}

TEST(BankMatching, AnIbanLearnedFromAnAcceptedMatchSuggestsThePayerNextTime)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString first = ledger.addInvoice(QStringLiteral("K1"), issued, 30000);
    const QString second = ledger.addInvoice(QStringLiteral("K1"), issued.addDays(1), 45000);
    const QString iban = QStringLiteral("CH9300762011623852957");
    auto counts = ledger.import(
        {credit(30000, QDate(2026, 3, 10), QStringLiteral("Danke"), QStringLiteral("R1"), QStringLiteral("F. Muster"), iban)});
    EXPECT_EQ(counts.unmatched, 1);
    BankBook book(*ledger);
    const auto entries = ledger.entries();
    ASSERT_EQ(entries.size(), 1);
    book.accept(entries[0].id, {first}, QStringLiteral("K1"));
    EXPECT_EQ(ledger.balance(first), 0);

    counts = ledger.import(
        {credit(45000, QDate(2026, 3, 20), QStringLiteral("Zahlung"), QStringLiteral("R2"), QStringLiteral("F. Muster"), iban)});
    EXPECT_EQ(counts.suggested, 1);
    const auto suggested = book.list(Status::Suggested);
    ASSERT_EQ(suggested.size(), 1);
    EXPECT_EQ(suggested[0].customerCode, QStringLiteral("K1"));
    EXPECT_EQ(suggested[0].invoices, QStringList{second});
    EXPECT_EQ(ledger.balance(second), 45000); // suggested, not recorded
}

TEST(BankMatching, ThePayersNameAndTheSumOfTheOldestInvoicesAreSuggested)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString a = ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    const QString b = ledger.addInvoice(QStringLiteral("K1"), issued.addDays(2), 20000);
    ledger.addInvoice(QStringLiteral("K1"), issued.addDays(4), 40000);
    // "Customer K1" is the customer's name; no invoice number in the text.
    const auto counts = ledger.import({credit(30000, QDate(2026, 3, 20), QStringLiteral("Sammelzahlung Maerz"),
                                              QStringLiteral("R1"), QStringLiteral("customer  k1"), {})});
    EXPECT_EQ(counts.suggested, 1);
    const auto entries = ledger.entries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].customerCode, QStringLiteral("K1"));
    EXPECT_EQ(entries[0].invoices, (QStringList{a, b}));
    EXPECT_TRUE(ledger.payments().isEmpty());
}

TEST(BankMatching, AnythingElseIsUnmatchedAndADebitIsOutgoing)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    const auto counts = ledger.import({
        credit(12345, QDate(2026, 3, 20), QStringLiteral("Gutschrift"), QStringLiteral("R1"), QStringLiteral("Unknown"), {}),
        credit(-10000, QDate(2026, 3, 21), QStringLiteral("Miete INV-0001"), QStringLiteral("R2")),
    });
    EXPECT_EQ(counts.unmatched, 1);
    EXPECT_EQ(counts.outgoing, 1);
    EXPECT_EQ(ledger.balance(number), 10000);
    EXPECT_TRUE(ledger.payments().isEmpty());
    BankBook book(*ledger);
    EXPECT_EQ(book.list(Status::Outgoing).size(), 1);
    EXPECT_EQ(book.unmatchedCount(), 1);
}

TEST(BankMatching, ImportingTheSameOrAnOverlappingStatementAgainChangesNothing)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    ledger.addInvoice(QStringLiteral("K1"), issued, 20000);
    const QList<BankEntry> march{
        credit(10000, QDate(2026, 3, 20), QStringLiteral("INV-0001"), QStringLiteral("R1")),
        // No bank reference: known by its booking; two equal ones on a day stay two.
        credit(500, QDate(2026, 3, 21), QStringLiteral("Spende"), {}, QStringLiteral("Unknown"), {}),
        credit(500, QDate(2026, 3, 21), QStringLiteral("Spende"), {}, QStringLiteral("Unknown"), {}),
    };
    auto counts = ledger.import(march);
    EXPECT_EQ(counts.added, 3);
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(counts.unmatched, 2);
    const auto auditBefore = ledger->audit().entries().size();

    counts = ledger.import(march);
    EXPECT_EQ(counts.entries, 3);
    EXPECT_EQ(counts.added, 0);
    EXPECT_EQ(counts.duplicates, 3);
    EXPECT_EQ(ledger.entries().size(), 3);
    EXPECT_EQ(ledger.payments().size(), 1);
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore);

    // An overlapping file: the old entries are known, the new one goes in.
    auto overlapping = march;
    overlapping << credit(20000, QDate(2026, 3, 22), QStringLiteral("INV-0002"), QStringLiteral("R9"));
    counts = ledger.import(overlapping);
    EXPECT_EQ(counts.added, 1);
    EXPECT_EQ(counts.duplicates, 3);
    EXPECT_EQ(counts.matched, 1);
    EXPECT_EQ(ledger.payments().size(), 2);
    EXPECT_GT(ledger->audit().entries().size(), auditBefore);
}

TEST(BankMatching, UndoRemovesTheRecordedPaymentAndReopensTheInvoice)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    const QString number = ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    ledger.import({credit(10000, QDate(2026, 3, 20), QStringLiteral("INV-0001"), QStringLiteral("R1"))});
    ASSERT_EQ(ledger.status(number), InvoiceStatus::Paid);
    BankBook book(*ledger);
    const auto matched = book.list(Status::Matched);
    ASSERT_EQ(matched.size(), 1);
    const qint64 paymentId = matched[0].paymentId;

    const auto undone = book.undo(matched[0].id);
    EXPECT_EQ(undone.status, Status::Suggested);
    EXPECT_EQ(undone.paymentId, 0);
    EXPECT_TRUE(ledger.payments().isEmpty());
    EXPECT_EQ(ledger.balance(number), 10000);
    EXPECT_EQ(ledger.status(number), InvoiceStatus::Open);
    bool audited = false;
    for (const auto& row : ledger->audit().entries())
        audited = audited || (row.entity == QStringLiteral("payment") && row.entityId == QString::number(paymentId) &&
                              row.action == QStringLiteral("delete"));
    EXPECT_TRUE(audited);

    // Nothing left to undo; accepting it again records it again.
    EXPECT_THROW(book.ignore(12345), SettleError);
    book.accept(undone.id);
    EXPECT_EQ(ledger.balance(number), 0);
}

TEST(BankMatching, IgnoreAndUndoOfIgnore)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    ledger.import({credit(777, QDate(2026, 3, 20), QStringLiteral("Zinsen"), QStringLiteral("R1"), QStringLiteral("Bank"), {})});
    BankBook book(*ledger);
    const qint64 id = book.list()[0].id;
    EXPECT_EQ(book.ignore(id).status, Status::Ignored);
    EXPECT_EQ(book.unmatchedCount(), 0);
    EXPECT_THROW(book.ignore(id), SettleError);
    EXPECT_EQ(book.undo(id).status, Status::Unmatched);
    EXPECT_EQ(book.unmatchedCount(), 1);
}

TEST(BankMatching, AForeignCurrencyOrAFutureBookingIsRefusedAndNothingIsStored)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    auto francs = credit(10000, QDate(2026, 3, 20), QStringLiteral("INV-0001"), QStringLiteral("R2"));
    francs.currency = QStringLiteral("CHF");
    try {
        ledger.import({credit(10000, QDate(2026, 3, 20), QStringLiteral("INV-0001"), QStringLiteral("R1")), francs});
        FAIL() << "a CHF entry in a USD ledger was imported";
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        EXPECT_TRUE(e.message().contains(QStringLiteral("march.xml, entry 2, currency: CHF"))) << e.what();
    }
    try {
        ledger.import({credit(10000, QDate(2026, 4, 1), QStringLiteral("INV-0001"), QStringLiteral("R3"))});
        FAIL() << "an entry booked tomorrow was imported";
    } catch (const SettleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("march.xml, entry 1, booking date: 2026-04-01"))) << e.what();
    }
    EXPECT_TRUE(ledger.entries().isEmpty());
    EXPECT_TRUE(ledger.payments().isEmpty());
}

TEST(BankMatching, CancellingAnImportChangesNothing)
{
    BankLedger ledger;
    ledger.addCustomer(QStringLiteral("K1"));
    ledger.addInvoice(QStringLiteral("K1"), issued, 10000);
    BankBook book(*ledger);
    EXPECT_THROW(book.importStatement(statement({credit(10000, QDate(2026, 3, 20), QStringLiteral("INV-0001"),
                                                        QStringLiteral("R1")),
                                                 credit(5, QDate(2026, 3, 20), QStringLiteral("x"), QStringLiteral("R2"))}),
                                      [](int done, int) { return done < 2; }),
                 SettleError);
    EXPECT_TRUE(ledger.entries().isEmpty());
    EXPECT_TRUE(ledger.payments().isEmpty());
}

TEST(BankFollowups, NoReminderIsRaisedForAnInvoiceABankEntryNamesWhileItWaits)
{
    BankLedger ledger;
    ledger.addCustomerWithEmail(QStringLiteral("K1"));
    // Net 30 from 01-02: due 02-01, well past its first reminder on 03-31.
    const QString named = ledger.addInvoiceOn(QStringLiteral("K1"), QDate(2026, 1, 2), 50000);
    const QString other = ledger.addInvoiceOn(QStringLiteral("K1"), QDate(2026, 1, 3), 30000);
    // More than the balance: suggested, waits for a person.
    ledger.import({credit(60000, QDate(2026, 3, 30), QStringLiteral("INV-0001"), QStringLiteral("R1"))});
    EXPECT_EQ(FollowupDesk(*ledger).bankEntriesNotMatched(), 1);

    const auto lines = ledger.runAndDescribe(today);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        EXPECT_FALSE(line.contains(named)) << line.toStdString();
        EXPECT_TRUE(line.contains(other)) << line.toStdString();
    }

    // Ignored (not a customer payment): the invoice is reminded on the next run.
    BankBook(*ledger).ignore(ledger.entries()[0].id);
    EXPECT_EQ(FollowupDesk(*ledger).bankEntriesNotMatched(), 0);
    const auto next = ledger.runAndDescribe(today);
    ASSERT_EQ(next.size(), 1);
    EXPECT_TRUE(next[0].contains(named)) << next[0].toStdString();
}
