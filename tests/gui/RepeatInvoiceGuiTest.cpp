#include "GuiFixture.h"

#include "customers/CustomerDetailPage.h"
#include "customers/CustomerSchedulesPanel.h"
#include "customers/CustomersPage.h"
#include "invoices/InvoiceViewerDialog.h"
#include "invoices/InvoicesPage.h"
#include "invoices/RepeatInvoiceDialog.h"

#include "recurring/RecurringInvoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace settle::test {

namespace {

class RepeatInvoiceGui : public GuiFixture
{
protected:
    QString prepare()
    {
        m_ledger.addCustomer(QStringLiteral("C001"));
        // "Email each one" needs an address to send to.
        Customer customer = m_ledger->requireCustomer(QStringLiteral("C001"));
        customer.email = QStringLiteral("ap@c001.example");
        m_ledger->updateCustomer(customer);
        m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 31), 120000);
        openLedger();
        m_window->showInvoice(m_number);
        settle();
        return m_number;
    }

    RepeatInvoiceDialog* openRepeat()
    {
        auto* button = m_window->invoicesPage()->findChild<QPushButton*>(QStringLiteral("repeatInvoice"));
        EXPECT_TRUE(button && button->isEnabled());
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
        return m_window->invoicesPage()->findChild<RepeatInvoiceDialog*>();
    }

    QString m_number;
};

} // namespace

TEST_F(RepeatInvoiceGui, ARefusedScheduleKeepsWhatWasTypedAndACorrectedOneIsAdded)
{
    prepare();
    RepeatInvoiceDialog* dialog = openRepeat();
    ASSERT_NE(dialog, nullptr);
    auto* every = dialog->findChild<QComboBox*>(QStringLiteral("every"));
    auto* start = dialog->findChild<QDateEdit*>(QStringLiteral("start"));
    auto* hasUntil = dialog->findChild<QCheckBox*>(QStringLiteral("hasUntil"));
    auto* until = dialog->findChild<QDateEdit*>(QStringLiteral("until"));
    auto* send = dialog->findChild<QCheckBox*>(QStringLiteral("send"));
    // By default: monthly from the issue date plus one month, on the month's end (the anchor is the 31st).
    EXPECT_EQ(start->date(), QDate(2026, 2, 28));
    every->setCurrentIndex(every->findText(QStringLiteral("Quarter")));
    settle();
    EXPECT_EQ(start->date(), QDate(2026, 4, 30)); // the first date follows the rhythm
    QTest::mouseClick(hasUntil, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    until->setDate(QDate(2026, 3, 1)); // before the first date
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    settle();
    EXPECT_FALSE(dialog->message().isEmpty());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(RecurringInvoices(*m_ledger).list().isEmpty());
    // Everything typed stays.
    EXPECT_EQ(every->currentText(), QStringLiteral("Quarter"));
    EXPECT_TRUE(hasUntil->isChecked());
    EXPECT_TRUE(send->isChecked());
    EXPECT_EQ(until->date(), QDate(2026, 3, 1));

    until->setDate(QDate(2026, 12, 31));
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    settle();
    const auto schedules = RecurringInvoices(*m_ledger).list();
    ASSERT_EQ(schedules.size(), 1) << dialog->message().toStdString();
    EXPECT_EQ(schedules.first().templateNumber, m_number);
    EXPECT_EQ(schedules.first().every, RecurringSchedule::Every::Quarter);
    EXPECT_EQ(schedules.first().start, QDate(2026, 4, 30));
    EXPECT_EQ(schedules.first().anchorDay, 31);
    EXPECT_EQ(schedules.first().until, QDate(2026, 12, 31));
    EXPECT_TRUE(schedules.first().send);
    EXPECT_EQ(m_window->invoicesPage()->findChild<RepeatInvoiceDialog*>(), nullptr); // closed
}

TEST_F(RepeatInvoiceGui, TheCustomerPageListsTheScheduleWithWhatItIssuedAndStopsIt)
{
    prepare();
    RepeatInvoiceDialog* dialog = openRepeat();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton); // monthly, from 2026-02-28
    settle();
    ASSERT_EQ(RecurringInvoices(*m_ledger).list().size(), 1) << dialog->message().toStdString();
    const qint64 id = RecurringInvoices(*m_ledger).list().first().id;

    m_window->showCustomer(QStringLiteral("C001"));
    settle();
    CustomerDetailPage* detail = m_window->customersPage()->detailPage();
    detail->showSchedules();
    CustomerSchedulesPanel* panel = detail->schedules();
    QTableWidget* table = panel->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, CustomerSchedulesPanel::Copies)->text(), m_number);
    EXPECT_EQ(table->item(0, CustomerSchedulesPanel::Every)->text(), QStringLiteral("Month"));
    EXPECT_TRUE(table->item(0, CustomerSchedulesPanel::Next)->text().contains(QStringLiteral("2026")));
    EXPECT_EQ(table->item(0, CustomerSchedulesPanel::Issued)->text(), QStringLiteral("nothing yet"));

    // The app's run issues what has come (02-28 and 03-31 by the ledger's today): the page shows them.
    const auto run = RecurringInvoices(m_session->ledger()).run(QDate(2026, 3, 31));
    ASSERT_EQ(run.issued.size(), 2);
    settle();
    ASSERT_EQ(table->rowCount(), 1);
    const QString issued = table->item(0, CustomerSchedulesPanel::Issued)->text();
    EXPECT_TRUE(issued.contains(run.issued[0].number)) << issued.toStdString();
    EXPECT_TRUE(issued.contains(run.issued[1].number)) << issued.toStdString();
    EXPECT_TRUE(table->item(0, CustomerSchedulesPanel::Next)->text().contains(QStringLiteral("2026")));

    table->setCurrentCell(0, 0);
    ASSERT_TRUE(panel->stopButton()->isEnabled());
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton); // the question is answered yes
    settle();
    ASSERT_FALSE(m_messages.isEmpty());
    EXPECT_TRUE(m_messages.last().title.contains(m_number));
    const RecurringSchedule stopped = RecurringInvoices(*m_ledger).schedule(id);
    EXPECT_FALSE(stopped.isActive());
    EXPECT_EQ(stopped.stoppedOn, QDate(2026, 3, 31));
    EXPECT_TRUE(table->item(0, CustomerSchedulesPanel::Next)->text().startsWith(QStringLiteral("stopped")));
    EXPECT_FALSE(panel->stopButton()->isEnabled());
    // Stopped: a later run issues nothing more.
    EXPECT_TRUE(RecurringInvoices(*m_ledger).run(QDate(2026, 6, 30)).issued.isEmpty());
}

TEST_F(RepeatInvoiceGui, RepeatIsOfferedFromTheViewerToo)
{
    prepare();
    auto* view = m_window->invoicesPage()->findChild<QPushButton*>(QStringLiteral("viewInvoice"));
    QTest::mouseClick(view, Qt::LeftButton);
    settle();
    auto* viewer = m_window->invoicesPage()->findChild<InvoiceViewerDialog*>();
    ASSERT_NE(viewer, nullptr);
    QTest::mouseClick(viewer->repeatButton(), Qt::LeftButton);
    settle();
    auto* dialog = viewer->findChild<RepeatInvoiceDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QComboBox*>(QStringLiteral("every"))->setCurrentIndex(2); // Year
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    settle();
    const auto schedules = RecurringInvoices(*m_ledger).list(QStringLiteral("C001"));
    ASSERT_EQ(schedules.size(), 1);
    EXPECT_EQ(schedules.first().every, RecurringSchedule::Every::Year);
    EXPECT_EQ(schedules.first().start, QDate(2027, 1, 31));
    EXPECT_TRUE(viewer->statusText().contains(m_number));
}

} // namespace settle::test
