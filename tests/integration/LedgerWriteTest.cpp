#include "ReadOnlyFolder.h"
#include "TempLedger.h"

#include "errors/SettleError.h"
#include "errors/StorageError.h"
#include "followup/FollowupRunner.h"
#include "followup/ReminderPolicies.h"
#include "mail/Outbox.h"
#include "storage/AuditLog.h"
#include "terms/TermsCatalog.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace settle;
using namespace settle::test;

namespace {

using Change = Ledger::Change;

// Every changed() the ledger emits, in order.
class Announcements
{
public:
    explicit Announcements(Ledger& ledger)
    {
        QObject::connect(&ledger, &Ledger::changed, &m_context, [this](Ledger::Changes c) { m_seen << c; });
    }
    const QList<Ledger::Changes>& seen() const { return m_seen; }

private:
    QObject m_context;
    QList<Ledger::Changes> m_seen;
};

PaymentTerms net(const QString& name, int days)
{
    PaymentTerms terms;
    terms.name = name;
    terms.days = days;
    return terms;
}

ReminderPolicy quietPolicy(const QString& name)
{
    ReminderPolicy policy;
    policy.name = name;
    Stage stage;
    stage.name = QStringLiteral("Call");
    stage.offsetDays = 10;
    stage.channels = Channels::Task;
    policy.stages << stage;
    return policy;
}

bool hasTerm(Ledger& ledger, const QString& name)
{
    for (const auto& terms : ledger.paymentTerms())
        if (terms.name == name)
            return true;
    return false;
}

} // namespace

// Writes inside a write join it: one transaction, committed when the outermost ends, and one changed()
// after the commit naming everything the writes changed.
TEST(LedgerWrite, NestedWritesCommitOnceAndAnnounceTheUnionOnce)
{
    TempLedger ledger;
    auto other = Ledger::open(ledger.path(), Database::OpenMode::MustExist, ledger.clock());
    Announcements announced(*ledger);
    const auto auditBefore = ledger->audit().entries().size();

    ledger->write(Change::Customers, [&](AuditLog& audit) {
        TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
        ReminderPolicies(*ledger).add(quietPolicy(QStringLiteral("Quiet")));
        audit.record(QStringLiteral("test"), QStringLiteral("1"), QStringLiteral("outer"), {}, {});
        EXPECT_TRUE(announced.seen().isEmpty()) << "an inner write announced before the outer one ended";
        EXPECT_FALSE(hasTerm(*other, QStringLiteral("Net 45"))) << "an inner write committed on its own";
    });

    ASSERT_EQ(announced.seen().size(), 1);
    EXPECT_EQ(announced.seen()[0], Change::Customers | Change::Terms | Change::Policies);
    EXPECT_TRUE(hasTerm(*other, QStringLiteral("Net 45")));
    EXPECT_TRUE(other->policyNames().contains(QStringLiteral("Quiet")));
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore + 3);
}

// An exception anywhere in the write takes back every part of it, the audit rows with the rest, and
// nothing is announced.
TEST(LedgerWrite, AnExceptionInsideRollsEverythingBackAndAnnouncesNothing)
{
    TempLedger ledger;
    Announcements announced(*ledger);
    const auto auditBefore = ledger->audit().entries().size();

    EXPECT_THROW(ledger->write(Change::Customers,
                               [&](AuditLog&) {
                                   TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
                                   throw SettleError(SettleError::Kind::BadInput, QStringLiteral("no"));
                               }),
                 SettleError);
    EXPECT_FALSE(hasTerm(*ledger, QStringLiteral("Net 45")));
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore);
    EXPECT_TRUE(announced.seen().isEmpty());

    // An inner write that failed cannot be half kept by an outer one that caught its exception.
    EXPECT_THROW(ledger->write(Change::Customers,
                               [&](AuditLog&) {
                                   TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
                                   try {
                                       TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
                                   } catch (const SettleError&) {
                                   }
                               }),
                 SettleError);
    EXPECT_FALSE(hasTerm(*ledger, QStringLiteral("Net 45")));
    EXPECT_EQ(ledger->audit().entries().size(), auditBefore);
    EXPECT_TRUE(announced.seen().isEmpty());

    // The ledger writes normally afterwards.
    TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
    EXPECT_TRUE(hasTerm(*ledger, QStringLiteral("Net 45")));
    EXPECT_EQ(announced.seen(), QList<Ledger::Changes>{Ledger::Changes(Change::Terms)});
}

// A ledger opened for reading only refuses every write before the write's work starts.
TEST(LedgerWrite, AWriteOnAReadOnlyLedgerIsRefused)
{
    if (TestLocation::postgres())
        GTEST_SKIP() << "a file-system matter";
    TempLedger ledger;
    const QString path = ledger.path();
    ledger.close();
    ReadOnlyFolder readOnly(QFileInfo(path).absolutePath());
    if (!readOnly.ok())
        GTEST_SKIP() << "this machine does not let the folder be made read-only";
    auto reader = Ledger::open(path, Database::OpenMode::MustExist, ledger.clock());
    Announcements announced(*reader);

    bool ran = false;
    try {
        reader->write(Change::Terms, [&](AuditLog&) { ran = true; });
        FAIL() << "a read-only ledger took a write";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.cause(), StorageError::Cause::ReadOnly);
        EXPECT_TRUE(e.message().contains(QStringLiteral("read-only"))) << e.message().toStdString();
    }
    EXPECT_FALSE(ran);
    EXPECT_THROW(TermsCatalog(*reader).add(net(QStringLiteral("Net 45"), 45)), StorageError);
    EXPECT_FALSE(hasTerm(*reader, QStringLiteral("Net 45")));
    EXPECT_TRUE(announced.seen().isEmpty());
}

// The writers outside the ledger announce, through the ledger, what they changed; a follow-up run
// that raises nothing announces nothing (the timer's quiet runs must not make every view read again).
TEST(LedgerWrite, WritersOutsideTheLedgerAnnounceWhatTheyChanged)
{
    TempLedger ledger;
    Announcements announced(*ledger);

    TermsCatalog(*ledger).add(net(QStringLiteral("Net 45"), 45));
    OutboxMessage message;
    message.to = QStringLiteral("ap@c001.example");
    message.subject = QStringLiteral("Hello");
    message.bodyText = QStringLiteral("Text\n");
    Outbox(*ledger).queue(message);
    FollowupRunner(*ledger).run(ledger.clock().today());

    EXPECT_EQ(announced.seen(),
              (QList<Ledger::Changes>{Ledger::Changes(Change::Terms), Ledger::Changes(Change::Outbox)}));
}
