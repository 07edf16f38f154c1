#include "GuiFixture.h"

#include "customers/CustomerDialog.h"
#include "customers/CustomersPage.h"
#include "import/ImportWizard.h"
#include "invoices/InvoiceActionDialog.h"
#include "invoices/InvoiceEditorDialog.h"
#include "invoices/InvoiceHistoryDialog.h"
#include "invoices/InvoicesPage.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentsPage.h"
#include "settings/SettingsPage.h"
#include "settings/TermsDialog.h"
#include "widgets/EmailPreviewDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace settle::test {

namespace {

// A 1366×768 laptop screen, less a title bar and a taskbar; the main window must still work on 1024×700.
constexpr QSize Laptop(1366, 768 - 60);
constexpr QSize Small(1024, 700);

class ScreenFitGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_ledger.addCustomer(QStringLiteral("C001"));
        m_number = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 1), 48000);
        openLedger();
    }

    static std::string describe(const QString& what, QSize size)
    {
        return QStringLiteral("%1: %2×%3").arg(what).arg(size.width()).arg(size.height()).toStdString();
    }

    static void expectFits(const QString& what, QSize size, QSize screen)
    {
        EXPECT_LE(size.width(), screen.width()) << describe(what, size);
        EXPECT_LE(size.height(), screen.height()) << describe(what, size);
    }

    // Every page and every tab of the settings, shown in turn.
    template <typename Check> void forEveryPage(Check check)
    {
        for (int page = 0; page < int(MainWindow::Page::Count); ++page) {
            m_window->showPage(MainWindow::Page(page));
            settle();
            const QString name = m_window->navigationText(MainWindow::Page(page));
            if (MainWindow::Page(page) != MainWindow::Page::Settings) {
                check(name);
                continue;
            }
            auto* tabs = m_window->settingsPage()->findChild<QTabWidget*>(QStringLiteral("tabs"));
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                settle();
                check(name + QStringLiteral(" / ") + tabs->tabText(tab));
            }
        }
    }

    QString m_number;
};

} // namespace

TEST_F(ScreenFitGui, EveryPageWorksInASmallWindow)
{
    forEveryPage([this](const QString& name) {
        expectFits(name + QStringLiteral(" (minimum)"), m_window->minimumSizeHint(), Small);
    });
}

TEST_F(ScreenFitGui, EveryDialogFitsALaptopScreen)
{
    QList<std::pair<QString, QDialog*>> dialogs{
        {QStringLiteral("customer"), new CustomerDialog(*m_session, m_window.get())},
        {QStringLiteral("invoice editor"), new InvoiceEditorDialog(*m_session, m_window.get())},
        {QStringLiteral("payment"), new PaymentDialog(*m_session, m_window.get())},
        {QStringLiteral("import"), new ImportWizard(*m_session, *m_settings, m_window.get())},
        {QStringLiteral("terms"), new TermsDialog(*m_session, m_window.get())},
        {QStringLiteral("invoice history"), new InvoiceHistoryDialog(*m_session, m_window.get())},
        {QStringLiteral("credit note"), new InvoiceActionDialog(*m_session, InvoiceActionDialog::Action::CreditNote,
                                                                m_number, m_window.get())},
        {QStringLiteral("promise"), new InvoiceActionDialog(*m_session, InvoiceActionDialog::Action::Promise,
                                                            m_number, m_window.get())},
    };
    OutboxMessage message;
    message.to = QStringLiteral("ap@c001.example");
    message.subject = QStringLiteral("Statement of account");
    message.bodyText = QStringLiteral("Dear customer,\n\nplease find your statement attached.\n");
    dialogs.append({QStringLiteral("email preview"), new EmailPreviewDialog(message, m_window.get())});
    for (const auto& [name, dialog] : dialogs) {
        dialog->show();
        settle();
        expectFits(name, dialog->sizeHint(), Laptop);
        expectFits(name, dialog->size(), Laptop);
        expectFits(name + QStringLiteral(" (minimum)"), dialog->minimumSizeHint(), Small);
        delete dialog;
    }
}

TEST_F(ScreenFitGui, TheFirstWindowFitsTheScreenWithSaveSettingsOnIt)
{
    // As on a first start: no remembered geometry.
    m_window->close();
    m_window.reset();
    m_settings->setWindowGeometry({});
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    settle();
    openLedger();
    const QRect available = m_window->screen()->availableGeometry();
    // The offscreen platform's screen is 800×600, smaller than any screen Settle is made for; the
    // suite runs this under Xvfb on 1366×768 too (scripts/test-small-screen).
    if (available.width() < Small.width() || available.height() < Small.height())
        GTEST_SKIP() << "a screen of " << available.width() << "×" << available.height();
    EXPECT_LE(m_window->frameGeometry().height(), available.height())
        << describe(QStringLiteral("window"), m_window->frameGeometry().size());
    EXPECT_LE(m_window->frameGeometry().width(), available.width())
        << describe(QStringLiteral("window"), m_window->frameGeometry().size());
    m_window->showPage(MainWindow::Page::Settings);
    settle();
    auto* save = m_window->settingsPage()->findChild<QPushButton*>(QStringLiteral("save"));
    ASSERT_NE(save, nullptr);
    const QRect onWindow(save->mapTo(m_window.get(), QPoint(0, 0)), save->size());
    EXPECT_TRUE(m_window->rect().contains(onWindow)) << describe(QStringLiteral("Save Settings at the bottom"),
                                                                 QSize(onWindow.bottom(), m_window->height()));
}

TEST_F(ScreenFitGui, NoColumnTitleIsCutOffInASmallWindow)
{
    m_window->resize(Small);
    settle();
    const QList<std::pair<MainWindow::Page, QTableView*>> tables{
        {MainWindow::Page::Customers, m_window->customersPage()->findChild<QTableView*>(QStringLiteral("table"))},
        {MainWindow::Page::Invoices, m_window->invoicesPage()->table()},
        {MainWindow::Page::Payments, m_window->paymentsPage()->findChild<QTableView*>(QStringLiteral("table"))},
    };
    for (const auto& [page, table] : tables) {
        m_window->showPage(page);
        settle();
        ASSERT_NE(table, nullptr);
        QHeaderView* header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column) || header->sectionResizeMode(column) == QHeaderView::Stretch)
                continue;
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column))
                << m_window->navigationText(page).toStdString() << ": "
                << table->model()->headerData(column, Qt::Horizontal).toString().toStdString();
        }
    }
}

} // namespace settle::test
