#include "GuiFixture.h"

#include "../integration/SmtpTestServer.h"

#include "followups/FollowupDeskModel.h"
#include "followups/FollowupDeskPanel.h"
#include "followups/FollowupsPage.h"

#include "followup/FollowupDesk.h"
#include "followup/FollowupQueue.h"
#include "followup/FollowupRunner.h"

#include "followups/FollowupTableModel.h"
#include "settings/SettingsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

namespace settle::test {

namespace {

// The follow-up desk as the bookkeeper uses it: a reminder raised on 2026-03-31 for a customer with
// an email address, the app's window, and a real SMTP server that receives what is sent.
class FollowupDeskGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        m_ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1"));
        m_ledger->setSetting(QStringLiteral("smtp.port"), QString::number(server.port()));
        m_ledger->setSetting(QStringLiteral("smtp.security"), QStringLiteral("none"));
        m_ledger->setSetting(QStringLiteral("smtp.from"), QStringLiteral("billing@test-company.example"));
        m_ledger->setSetting(QStringLiteral("smtp.timeout"), QStringLiteral("10"));
    }

    void addCustomer(const QString& code, const QString& name, const QString& email)
    {
        Customer customer;
        customer.code = code;
        customer.name = name;
        customer.email = email;
        customer.currency = QStringLiteral("USD");
        m_ledger->addCustomer(customer);
    }

    // A Reminder (due 03-01, +30 days on 03-31) for Anna Berg, raised before the window opens.
    qint64 raiseReminder()
    {
        addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"),
                    QStringLiteral("anna@berg.example"));
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
        const auto result = FollowupRunner(*m_ledger).run(m_ledger.clock().today());
        EXPECT_EQ(result.followupIds.size(), 1);
        return result.followupIds.value(0);
    }

    FollowupDeskPanel* desk() { return m_window->followupsPage()->desk(); }

    void showDesk()
    {
        m_window->showPage(MainWindow::Page::Followups);
        m_window->followupsPage()->showTab(0);
        settle();
    }

    void click(const char* name)
    {
        auto* b = desk()->findChild<QPushButton*>(QString::fromLatin1(name));
        ASSERT_NE(b, nullptr) << name;
        ASSERT_TRUE(b->isEnabled()) << name << " is disabled; status: " << desk()->statusText().toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
        settle();
    }

    void waitForSending()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !desk()->isSending(); }, 30000));
        settle();
    }

    SmtpTestServer server;
};

} // namespace

TEST_F(FollowupDeskGui, AnEditedReminderReachesTheCustomerWithTheEditInEveryPart)
{
    const qint64 id = raiseReminder();
    openLedger();
    showDesk();
    ASSERT_TRUE(desk()->selectFollowup(id));
    QPlainTextEdit* text = desk()->textEdit();
    ASSERT_TRUE(text->toPlainText().contains(QStringLiteral("slipped through")))
        << text->toPlainText().toStdString();

    // The bookkeeper replaces the template's words with her own, as typed.
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Delete);
    QTest::keyClicks(text, QStringLiteral("Dear Anna,"));
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("as agreed on the phone, you pay the 1,200.00 by Friday <thanks>."));
    click("saveEmail");
    EXPECT_TRUE(desk()->statusText().startsWith(QStringLiteral("Saved"))) << desk()->statusText().toStdString();

    // What the HTML tab shows now is the edit, rendered (no markup to read).
    auto* html = desk()->findChild<QTextEdit*>(QStringLiteral("bodyHtml"));
    EXPECT_NE(html, nullptr) << "the HTML part is shown rendered";
    if (html) {
        EXPECT_TRUE(html->isReadOnly());
        EXPECT_TRUE(html->toPlainText().contains(QStringLiteral("as agreed on the phone")))
            << html->toPlainText().toStdString();
        EXPECT_FALSE(html->toPlainText().contains(QStringLiteral("<p>")));
    }

    click("sendSelected");
    waitForSending();
    const auto received = server.received();
    ASSERT_EQ(received.size(), 1) << desk()->statusText().toStdString();
    const QString sentText = received[0].text("text");
    const QString sentHtml = received[0].text("html");
    EXPECT_TRUE(sentText.contains(QStringLiteral("as agreed on the phone, you pay the 1,200.00 by Friday <thanks>.")))
        << sentText.toStdString();
    ASSERT_FALSE(sentHtml.isEmpty()) << "mail programs show the HTML part";
    EXPECT_TRUE(sentHtml.contains(QStringLiteral("as agreed on the phone, you pay the 1,200.00 by Friday "
                                                 "&lt;thanks&gt;.")))
        << sentHtml.toStdString();
    // Nothing of the template's words the bookkeeper removed goes out in either part.
    EXPECT_FALSE(sentText.contains(QStringLiteral("slipped through")));
    EXPECT_FALSE(sentHtml.contains(QStringLiteral("slipped through"))) << sentHtml.toStdString();
}

TEST_F(FollowupDeskGui, AnEmailWhoseSubjectAloneWasEditedKeepsTheTemplatesHtml)
{
    const qint64 id = raiseReminder();
    openLedger();
    showDesk();
    ASSERT_TRUE(desk()->selectFollowup(id));
    const QString htmlBefore = FollowupDesk(*m_ledger).emailsOf(id).value(0).bodyHtml;
    desk()->subjectEdit()->selectAll();
    QTest::keyClicks(desk()->subjectEdit(), QStringLiteral("Invoice reminder, as promised"));
    click("saveEmail");
    const auto after = FollowupDesk(*m_ledger).emailsOf(id).value(0);
    EXPECT_EQ(after.subject, QStringLiteral("Invoice reminder, as promised"));
    EXPECT_EQ(after.bodyHtml, htmlBefore) << "the text was not edited: the template's HTML still says the same";
}

TEST_F(FollowupDeskGui, TheHtmlPreviewIsDarkTextOnLightPaperInADarkPalette)
{
    const qint64 id = raiseReminder();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    openLedger();
    showDesk();
    ASSERT_TRUE(desk()->selectFollowup(id));
    auto* html = desk()->findChild<QTextEdit*>(QStringLiteral("bodyHtml"));
    ASSERT_NE(html, nullptr);
    const QPalette shown = html->viewport()->palette();
    EXPECT_GT(shown.color(QPalette::Base).lightness(), 200);
    EXPECT_LT(shown.color(QPalette::Text).lightness(), 90);
    EXPECT_TRUE(html->viewport()->autoFillBackground());
    QApplication::setPalette(before);
}

TEST_F(FollowupDeskGui, TheOutboxsHtmlPreviewIsAlsoDarkTextOnLightPaperInADarkPalette)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    openLedger();
    auto* html = m_window->findChild<QTextEdit*>(QStringLiteral("outboxHtml"));
    ASSERT_NE(html, nullptr);
    const QPalette shown = html->viewport()->palette();
    EXPECT_GT(shown.color(QPalette::Base).lightness(), 200);
    EXPECT_LT(shown.color(QPalette::Text).lightness(), 90);
    EXPECT_TRUE(html->viewport()->autoFillBackground());
    QApplication::setPalette(before);
}

TEST_F(FollowupDeskGui, AReminderThatWouldGoOutWithoutPaymentDetailsSaysSoInPlainWordsWithAWayToTheSetting)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"), QStringLiteral("anna@berg.example"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
    m_ledger->setSetting(QStringLiteral("company.payment_details"), QString());
    m_settings->setFollowupTimerEnabled(true);
    openLedger();
    FollowupsPage* page = m_window->followupsPage();
    auto* notice = page->findChild<QLabel*>(QStringLiteral("followupNoticeText"));
    ASSERT_NE(notice, nullptr) << "the follow-ups page says why nothing was raised";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notice->text().isEmpty(); }, 10000));
    showDesk();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(),
              QStringLiteral("Your payment details are not set yet: reminders would go out without them."));
    for (const QString& said : {notice->text(), m_window->statusBar()->currentMessage()}) {
        EXPECT_FALSE(said.contains(QStringLiteral("{{"))) << said.toStdString();
        EXPECT_FALSE(said.contains(QStringLiteral("column"))) << said.toStdString();
    }

    auto* open = page->findChild<QPushButton*>(QStringLiteral("followupNoticeButton"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->text(), QStringLiteral("Open Settings → Company"));
    QTest::mouseClick(open, Qt::LeftButton);
    settle();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Settings);
    auto* tabs = m_window->settingsPage()->findChild<QTabWidget*>(QStringLiteral("tabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("companyTab"));
    ASSERT_NE(m_window->settingsPage()->focusWidget(), nullptr);
    EXPECT_EQ(m_window->settingsPage()->focusWidget()->objectName(), QStringLiteral("paymentDetails"));

    // "Run follow-ups" says the same, and offers the way there.
    m_window->showPage(MainWindow::Page::Dashboard);
    m_messages.clear();
    m_window->runFollowups();
    settle();
    ASSERT_FALSE(m_messages.isEmpty());
    EXPECT_TRUE(m_messages.last().text.startsWith(
        QStringLiteral("Your payment details are not set yet: reminders would go out without them.")))
        << m_messages.last().text.toStdString();
    EXPECT_FALSE(m_messages.last().text.contains(QStringLiteral("{{")));
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Settings) << "answered: open the setting";
}

TEST_F(FollowupDeskGui, AFailedRunsMessageDoesNotFollowTheBookkeeperToAnotherLedger)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"), QStringLiteral("anna@berg.example"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
    m_ledger->setSetting(QStringLiteral("company.payment_details"), QString());
    m_settings->setFollowupTimerEnabled(true);
    openLedger();
    auto* notice = m_window->followupsPage()->findChild<QLabel*>(QStringLiteral("followupNoticeText"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->statusBar()->currentMessage().isEmpty(); }, 10000));

    TempLedger other;
    ASSERT_TRUE(m_window->openLedger(other.path()));
    settle(100);
    EXPECT_FALSE(m_window->statusBar()->currentMessage().contains(QStringLiteral("not")))
        << m_window->statusBar()->currentMessage().toStdString();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().isEmpty()) << notice->text().toStdString();
    showDesk();
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(FollowupDeskGui, TheSnoozeDateIsBlankAndDisabledUntilAFollowUpIsChosen)
{
    const qint64 id = raiseReminder();
    openLedger();
    showDesk();
    ASSERT_FALSE(desk()->currentId().has_value());
    QDateEdit* date = desk()->snoozeDate();
    EXPECT_FALSE(date->isEnabled());
    EXPECT_FALSE(date->text().contains(QRegularExpression(QStringLiteral("\\d")))) << date->text().toStdString();

    ASSERT_TRUE(desk()->selectFollowup(id));
    EXPECT_TRUE(date->isEnabled());
    EXPECT_EQ(date->date(), QDate(2026, 4, 7)) << "a week ahead";
    EXPECT_EQ(date->text(), QLocale().toString(QDate(2026, 4, 7), date->displayFormat()));
}

TEST_F(FollowupDeskGui, ArrowKeysInTheQueueGoFromFollowUpToFollowUpAndTheCurrentOneIsHighlighted)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"), QStringLiteral("anna@berg.example"));
    addCustomer(QStringLiteral("C002"), QStringLiteral("Cole & Sons"), QStringLiteral("ap@cole.example"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 30), 45000);
    const auto run = FollowupRunner(*m_ledger).run(m_ledger.clock().today());
    ASSERT_EQ(run.followupIds.size(), 2);
    openLedger();
    showDesk();
    QTreeView* tree = desk()->queueView();
    const FollowupDeskModel* queue = desk()->queueModel();
    ASSERT_EQ(queue->rowCount(), 2);
    auto firstOf = [&](int customer) {
        return queue->index(0, 0, queue->index(customer, 0)).data(FollowupDeskModel::IdRole).toLongLong();
    };
    const qint64 anna = firstOf(0);
    const qint64 cole = firstOf(1);
    tree->setFocus();
    ASSERT_TRUE(desk()->selectFollowup(anna));

    QTest::keyClick(tree, Qt::Key_Down);
    ASSERT_TRUE(desk()->currentId().has_value()) << "the cursor stopped on the customer's heading";
    EXPECT_EQ(*desk()->currentId(), cole);
    EXPECT_TRUE(tree->selectionModel()->isSelected(tree->currentIndex())) << "the current row is highlighted";
    QTest::keyClick(tree, Qt::Key_Up);
    ASSERT_TRUE(desk()->currentId().has_value());
    EXPECT_EQ(*desk()->currentId(), anna);
    QTest::keyClick(tree, Qt::Key_Home);
    ASSERT_TRUE(desk()->currentId().has_value());
    EXPECT_EQ(*desk()->currentId(), anna);
    for (int c = 0; c < queue->rowCount(); ++c)
        EXPECT_FALSE(queue->flags(queue->index(c, 0)) & Qt::ItemIsSelectable);
}

TEST_F(FollowupDeskGui, TheDeskModelKeepsItsContractThroughReloadsTicksSendingAndClosing)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("Anna Berg GmbH"), QStringLiteral("anna@berg.example"));
    addCustomer(QStringLiteral("C002"), QStringLiteral("Cole & Sons"), QStringLiteral("ap@cole.example"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 30), 120000);
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 31), 30000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 30), 45000);
    const auto run = FollowupRunner(*m_ledger).run(m_ledger.clock().today());
    ASSERT_FALSE(run.followupIds.isEmpty());
    FollowupDeskModel* queue = desk()->queueModel();
    QAbstractItemModelTester contract(queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    openLedger();
    showDesk();
    ASSERT_EQ(queue->rowCount(), 2) << "one heading per customer";
    const QModelIndex anna = queue->index(0, 0);
    EXPECT_EQ(anna.data().toString(), QStringLiteral("Anna Berg GmbH (C001)"));
    EXPECT_FALSE(queue->flags(anna) & Qt::ItemIsUserCheckable) << "a heading has no tick";
    const QModelIndex firstRow = queue->index(0, 0, anna);
    ASSERT_TRUE(firstRow.isValid());
    EXPECT_EQ(queue->parent(firstRow), anna);
    EXPECT_TRUE(queue->flags(firstRow) & Qt::ItemIsUserCheckable);

    // A tick survives a reload, and "Send selected" sends the ticked follow-up's email.
    const qint64 ticked = firstRow.data(FollowupDeskModel::IdRole).toLongLong();
    desk()->setChecked(ticked, true);
    EXPECT_EQ(queue->checkedIds(), QList<qint64>{ticked});
    EXPECT_EQ(queue->index(0, 0, anna).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    desk()->reload();
    EXPECT_EQ(queue->checkedIds(), QList<qint64>{ticked});
    click("sendSelected");
    waitForSending();
    EXPECT_GE(server.received().size(), 1);
    EXPECT_FALSE(desk()->shownIds().contains(ticked)) << "sent: off the queue";
    EXPECT_TRUE(queue->checkedIds().isEmpty()) << "a tick goes with its follow-up";

    m_session->close();
    settle();
    desk()->reload();
    EXPECT_EQ(queue->rowCount(), 0) << "no ledger, no queue";
}

TEST_F(FollowupDeskGui, TheFollowUpModelKeepsItsContractThroughRunsSendingAndClosing)
{
    const qint64 id = raiseReminder();
    openLedger();
    FollowupTableModel* model = m_window->followupsPage()->model();
    QAbstractItemModelTester everything(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    showDesk();
    m_window->followupsPage()->showTab(1);
    settle();
    EXPECT_EQ(model->rowCount(), 1);
    m_window->followupsPage()->showTab(0);
    ASSERT_TRUE(desk()->selectFollowup(id));
    click("sendSelected");
    waitForSending();
    EXPECT_EQ(server.received().size(), 1);
    EXPECT_TRUE(desk()->shownIds().isEmpty());
    m_ledger.clock().advanceDays(11);
    m_window->runFollowups();
    settle();
    EXPECT_EQ(desk()->shownIds().size(), 1) << "the second reminder";
    m_session->close();
    settle();
    EXPECT_EQ(model->rowCount(), 0);
}

} // namespace settle::test
