#include "StartupProbe.h"

#include "dashboard/DashboardPage.h"
#include "invoices/InvoiceTableModel.h"
#include "invoices/InvoicesPage.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace settle {

StartupProbe::StartupProbe(MainWindow& window, const QElapsedTimer& sinceMain, QObject* parent)
    : QObject(parent), m_window(window), m_sinceMain(sinceMain)
{
    m_window.installEventFilter(this);
    connect(m_window.dashboardPage(), &DashboardPage::refreshed, this, [this] {
        if (m_dashboardReported)
            return;
        m_dashboardReported = true;
        std::printf("dashboard-drawn-ms-since-main %lld\n", (long long)m_sinceMain.elapsed());
        std::fflush(stdout);
        if (m_painted)
            QTimer::singleShot(0, this, &StartupProbe::measureInvoiceTable);
    });
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The epoch time lets a script add what passed before main() (loading the program).
        std::printf("first-paint-ms-since-main %lld\nfirst-paint-epoch-ms %lld\n", (long long)m_sinceMain.elapsed(),
                    (long long)QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        // The table is measured once the dashboard has its figures, so that the two do not overlap.
        if (m_dashboardReported)
            QTimer::singleShot(0, this, &StartupProbe::measureInvoiceTable);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::measureInvoiceTable()
{
    QElapsedTimer timer;
    timer.start();
    m_window.showPage(MainWindow::Page::Invoices);
    QTableView* table = m_window.invoicesPage()->table();
    QCoreApplication::processEvents();
    table->repaint();
    const qint64 opened = timer.elapsed();
    // Ctrl+End as a user would press it: to the last row, painted.
    table->setFocus();
    table->scrollToBottom();
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    table->viewport()->repaint();
    QCoreApplication::processEvents();
    std::printf("invoice-table-rows %d\ninvoice-table-open-ms %lld\ninvoice-table-open-and-end-ms %lld\n"
                "invoice-table-pages-fetched %d\n",
                table->model()->rowCount(), (long long)opened, (long long)timer.elapsed(),
                m_window.invoicesPage()->model()->pagesFetched());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace settle
