#include "GuiFixture.h"

#include "dashboard/DashboardPage.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupTableModel.h"
#include "followups/FollowupsPage.h"
#include "settings/SettingsPage.h"
#include "widgets/TileWidget.h"

#include "followup/FollowupRunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

#include <cmath>

namespace settle::test {

namespace {

class DashboardPageGui : public GuiFixture
{
protected:
    void addCustomer(const QString& code, const QString& currency, const QString& email = {})
    {
        Customer customer;
        customer.code = code;
        customer.name = QStringLiteral("Customer ") + code;
        customer.email = email;
        customer.currency = currency;
        m_ledger->addCustomer(customer);
    }

    DashboardPage* dashboard() { return m_window->dashboardPage(); }

    TileWidget* tile(const QString& caption)
    {
        for (TileWidget* t : dashboard()->findChildren<TileWidget*>())
            if (t->accessibleName() == caption)
                return t;
        ADD_FAILURE() << "no tile " << caption.toStdString();
        return nullptr;
    }

    // WCAG's contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b)
    {
        auto luminance = [](const QColor& c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double x = luminance(a) + 0.05;
        const double y = luminance(b) + 0.05;
        return x > y ? x / y : y / x;
    }

    static QPalette darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::AlternateBase, QColor(0x45, 0x45, 0x45));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        return dark;
    }

    static QPalette highContrastPalette()
    {
        QPalette black;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
            black.setColor(role, Qt::black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            black.setColor(role, Qt::white);
        return black;
    }
};

} // namespace

TEST_F(DashboardPageGui, FollowUpsWaitingIsTheCountTheNavigationShows)
{
    for (int k = 1; k <= 6; ++k) {
        const QString code = QStringLiteral("C00%1").arg(k);
        addCustomer(code, QStringLiteral("USD"), code.toLower() + QStringLiteral("@example.com"));
        m_ledger.addInvoice(code, QDate(2026, 1, 30), 10000 * k); // due 03-01: the Reminder is due
    }
    FollowupRunner(*m_ledger).run(m_ledger.clock().today());
    openLedger();
    dashboard()->refresh();
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Followups), QStringLiteral("Follow-ups (6)"));
    TileWidget* waiting = tile(QStringLiteral("Follow-ups waiting"));
    ASSERT_NE(waiting, nullptr);
    EXPECT_EQ(waiting->value(), QStringLiteral("6"));
}

TEST_F(DashboardPageGui, MostOverdueCustomersAreThoseOfTheCurrencyChosen)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("USD"));
    addCustomer(QStringLiteral("C002"), QStringLiteral("EUR"));
    addCustomer(QStringLiteral("C003"), QStringLiteral("EUR"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 900000);
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 15), 20000);
    m_ledger.addInvoice(QStringLiteral("C003"), QDate(2026, 1, 10), 30000);
    openLedger();
    dashboard()->refresh();
    auto* currency = dashboard()->findChild<QComboBox*>();
    ASSERT_NE(currency, nullptr);
    auto* table = dashboard()->findChild<QTableWidget*>(QStringLiteral("mostOverdue"));
    ASSERT_NE(table, nullptr);
    currency->setCurrentIndex(currency->findText(QStringLiteral("EUR")));
    settle();
    ASSERT_EQ(dashboard()->shownCurrency(), QStringLiteral("EUR"));
    ASSERT_EQ(table->rowCount(), 2);
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_TRUE(table->item(row, 1)->text().startsWith(QStringLiteral("EUR")))
            << table->item(row, 1)->text().toStdString();
    currency->setCurrentIndex(currency->findText(QStringLiteral("USD")));
    settle();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("C001"));
}

TEST_F(DashboardPageGui, AnEmptyAgingChartCountsInWholeNumbers)
{
    openLedger();
    dashboard()->refresh();
    for (QChartView* view : dashboard()->findChildren<QChartView*>()) {
        const auto axes = view->chart()->axes(Qt::Vertical);
        for (QAbstractAxis* axis : axes) {
            auto* y = qobject_cast<QValueAxis*>(axis);
            ASSERT_NE(y, nullptr);
            QStringList labels;
            if (y->tickType() == QValueAxis::TicksDynamic) {
                for (qreal v = y->tickAnchor(); v <= y->max() + 1e-9; v += y->tickInterval())
                    labels << QString::asprintf(y->labelFormat().toLatin1().constData(), v);
            } else {
                for (int k = 0; k < y->tickCount(); ++k) {
                    const qreal v = y->min() + k * (y->max() - y->min()) / (y->tickCount() - 1);
                    EXPECT_NEAR(v, std::round(v), 1e-9) << "a tick between whole numbers";
                    labels << QString::asprintf(y->labelFormat().toLatin1().constData(), v);
                }
            }
            EXPECT_EQ(labels.removeDuplicates(), 0) << labels.join(u',').toStdString();
        }
    }
}

TEST_F(DashboardPageGui, TilesShowTheWholeAmountInASmallWindow)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("EUR"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 4516482440); // EUR 45,164,824.40
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 25), 3816482440);
    openLedger();
    m_window->resize(1024, 700);
    dashboard()->refresh();
    settle(50);
    for (TileWidget* t : dashboard()->findChildren<TileWidget*>()) {
        const QString value = t->value();
        QLabel* shown = nullptr;
        for (QLabel* label : t->findChildren<QLabel*>())
            if (label->text() == value)
                shown = label;
        ASSERT_NE(shown, nullptr);
        EXPECT_LE(shown->fontMetrics().horizontalAdvance(value), shown->contentsRect().width())
            << t->accessibleName().toStdString() << ": " << value.toStdString() << " is cut";
    }
}

TEST_F(DashboardPageGui, OverdueColoursAreReadableInDarkAndHighContrastPalettes)
{
    addCustomer(QStringLiteral("C001"), QStringLiteral("USD"));
    addCustomer(QStringLiteral("C002"), QStringLiteral("USD"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2025, 11, 1), 10000); // 91+ days
    m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 1, 20), 20000); // 31-60 days
    m_ledger->setSetting(QStringLiteral("smtp.host"), QString());
    const QPalette before = QApplication::palette();
    openLedger();
    for (const QPalette& palette : {darkPalette(), highContrastPalette()}) {
        QApplication::setPalette(palette);
        settle();
        dashboard()->refresh();
        auto* table = dashboard()->findChild<QTableWidget*>(QStringLiteral("mostOverdue"));
        ASSERT_NE(table, nullptr);
        ASSERT_EQ(table->rowCount(), 2);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QColor text = table->item(row, 3)->foreground().color();
            for (auto background : {QPalette::Base, QPalette::AlternateBase})
                EXPECT_GE(contrast(text, table->palette().color(background)), 4.5)
                    << table->item(row, 3)->text().toStdString() << " in " << text.name().toStdString()
                    << " on " << table->palette().color(background).name().toStdString();
        }
        // The approvals on the follow-ups list, too.
        FollowupTableModel* model = m_window->followupsPage()->model();
        const QVariant foreground =
            model->data(model->index(0, FollowupTableModel::State), Qt::ForegroundRole);
        if (foreground.isValid())
            EXPECT_GE(contrast(foreground.value<QBrush>().color(), palette.color(QPalette::Base)), 4.5);
    }
    QApplication::setPalette(before);
}

TEST_F(DashboardPageGui, AFreshLedgerShowsWhatToDoNextAndTheListGoesWhenAllIsDone)
{
    m_ledger->setSetting(QStringLiteral("company.payment_details"), QString());
    openLedger();
    m_window->showPage(MainWindow::Page::Dashboard);
    dashboard()->refresh();
    settle();
    auto* checklist = dashboard()->findChild<QWidget*>(QStringLiteral("firstRunChecklist"));
    ASSERT_NE(checklist, nullptr) << "a new ledger says what to do next";
    EXPECT_TRUE(checklist->isVisible());
    auto done = [&](const char* name) {
        auto* item = checklist->findChild<QWidget*>(QString::fromLatin1(name));
        EXPECT_NE(item, nullptr) << name;
        return item && item->property("done").toBool();
    };
    EXPECT_FALSE(done("checkCompany"));
    EXPECT_FALSE(done("checkEmail"));
    EXPECT_FALSE(done("checkCustomer"));
    EXPECT_FALSE(done("checkInvoice"));

    // The company item's button leads to the payment details; typed and saved there, it is ticked.
    auto* company = checklist->findChild<QPushButton*>(QStringLiteral("checkCompanyButton"));
    ASSERT_NE(company, nullptr);
    QTest::mouseClick(company, Qt::LeftButton);
    settle();
    ASSERT_EQ(m_window->currentPage(), MainWindow::Page::Settings);
    auto* details = m_window->settingsPage()->findChild<QPlainTextEdit*>(QStringLiteral("paymentDetails"));
    ASSERT_NE(details, nullptr);
    QTest::keyClicks(details, QStringLiteral("IBAN DE02 1203 0000 0000 2020 51"));
    ASSERT_TRUE(m_window->settingsPage()->save()) << m_window->settingsPage()->message().toStdString();
    m_window->showPage(MainWindow::Page::Dashboard);
    settle();
    EXPECT_TRUE(done("checkCompany"));
    EXPECT_FALSE(done("checkCustomer"));

    // The customer item's button opens the new-customer dialog.
    auto* customer = checklist->findChild<QPushButton*>(QStringLiteral("checkCustomerButton"));
    ASSERT_NE(customer, nullptr);
    QTest::mouseClick(customer, Qt::LeftButton);
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    if (!dialog)
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible() && w->inherits("settle::CustomerDialog"))
                dialog = w;
    ASSERT_NE(dialog, nullptr) << "the button opens the dialog for a new customer";
    dialog->close();
    settle();

    addCustomer(QStringLiteral("C001"), QStringLiteral("USD"), QStringLiteral("c001@example.com"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 1), 10000);
    m_ledger->setSetting(QStringLiteral("smtp.host"), QStringLiteral("mail.example.com"));
    m_session->ledger().noteChangedElsewhere(Ledger::everything());
    settle(50);
    dashboard()->refresh();
    settle();
    EXPECT_TRUE(done("checkCustomer"));
    EXPECT_TRUE(done("checkInvoice"));
    EXPECT_TRUE(done("checkEmail"));
    EXPECT_FALSE(checklist->isVisible()) << "everything is done: the list goes";
}

} // namespace settle::test
