#pragma once

#include "shell/LedgerWorker.h"

#include "reports/Dashboard.h"

#include <QFutureWatcher>
#include <QWidget>

class QBarSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QTableWidget;

namespace settle {

class FirstRunChecklist;
class FollowupMonitor;
class FollowupNotice;
class LedgerSession;
class TileWidget;

// The first thing the owner sees: what to do next in a new ledger (FirstRunChecklist), tiles with the figures, the aging buckets as a bar chart (a
// click lists that bucket's invoices), expected receipts per week and the most overdue customers.
// Everything comes from the core's Dashboard; this widget only draws it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(LedgerSession& session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    const Dashboard& dashboard() const { return m_dashboard; }
    TileWidget* receivableTile() const { return m_receivable; }
    TileWidget* overdueTile() const { return m_overdue; }
    // The aging bars as drawn (for tests): the value of each bucket, in major units of the currency.
    QList<qreal> agingBars() const;
    QChartView* agingChartView() const { return m_agingView; }
    QString shownCurrency() const;
    FirstRunChecklist* checklist() const { return m_checklist; }
    // The band that says why follow-ups stopped follows this monitor.
    void setMonitor(FollowupMonitor* monitor);

    bool isLoading() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    // Builds the figures here and now (tests); the page itself loads them on a worker thread.
    void refresh();
    void load();

Q_SIGNALS:
    void agingBucketClicked(int bucket);
    void refreshed();
    void customerActivated(const QString& code);
    // The Settings page, on this tab, with the focus in this field (object names).
    void settingRequested(const QString& tab, const QString& field);
    void newCustomerRequested();
    void newInvoiceRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scheduleRefresh();
    void loaded();
    void present(const Dashboard& dashboard);
    void draw();
    void drawAging(const Dashboard::CurrencyFigures& figures);
    void drawForecast(const Dashboard::CurrencyFigures* figures);
    void drawMostOverdue();

    LedgerSession& m_session;
    Dashboard m_dashboard;
    QFutureWatcher<LedgerWorker::Outcome<Dashboard>> m_watcher;
    bool m_dirty = true;
    QLabel* m_asOf = nullptr;
    QComboBox* m_currency = nullptr;
    TileWidget* m_receivable = nullptr;
    TileWidget* m_overdue = nullptr;
    TileWidget* m_dso = nullptr;
    TileWidget* m_expected = nullptr;
    TileWidget* m_followups = nullptr;
    QChart* m_agingChart = nullptr;
    QChartView* m_agingView = nullptr;
    QStackedBarSeries* m_agingSeries = nullptr;
    QChart* m_forecastChart = nullptr;
    QChartView* m_forecastView = nullptr;
    QLabel* m_forecastNote = nullptr;
    QTableWidget* m_mostOverdue = nullptr;
    FirstRunChecklist* m_checklist = nullptr;
    FollowupNotice* m_notice = nullptr;
};

} // namespace settle
