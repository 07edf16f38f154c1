#include "dashboard/DashboardPage.h"

#include "dashboard/FirstRunChecklist.h"
#include "followups/FollowupMonitor.h"
#include "followups/FollowupNotice.h"
#include "shell/LedgerSession.h"
#include "widgets/LocaleDates.h"
#include "widgets/ReadableColours.h"
#include "widgets/TileWidget.h"

#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "money/LocaleAmount.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>

#include <QEvent>

#include <cmath>

namespace settle {

namespace {

QString money(qint64 minor, const QString& currency)
{
    return LocaleAmount::formatWithCode(minor, currency, QLocale());
}

// Major units for drawing only: chart axes are floating point, the figures shown as text are not.
qreal chartValue(qint64 minor, const QString& currency)
{
    const auto c = Currency::fromCode(currency);
    return qreal(minor) / std::pow(10.0, c ? c->minorDigits() : 2);
}

QString bucketLabel(int bucket)
{
    switch (bucket) {
    case AgingReport::Current:
        return DashboardPage::tr("Not yet due");
    case AgingReport::Days1To30:
        return DashboardPage::tr("1–30 days");
    case AgingReport::Days31To60:
        return DashboardPage::tr("31–60 days");
    case AgingReport::Days61To90:
        return DashboardPage::tr("61–90 days");
    default:
        return DashboardPage::tr("91+ days");
    }
}

// Calm for what is not due yet, warmer the older it gets; readable on light and dark palettes.
const QColor bucketColours[] = {QColor(0x43, 0xa0, 0x47), QColor(0xf9, 0xa8, 0x25), QColor(0xfb, 0x8c, 0x00),
                                QColor(0xe6, 0x4a, 0x19), QColor(0xc6, 0x28, 0x28)};

// Whole numbers on a value axis from 0: a step of 1, 2 or 5 times a power of ten (at least 1), so that
// no two ticks read the same and an empty chart counts 0 and 1 rather than 0, 0, 0, 1, 1, 1.
void countAxis(QValueAxis* axis, qreal maximum)
{
    const qreal top = maximum > 0 ? maximum * 1.05 : 1.0;
    qreal step = 1.0;
    for (qreal magnitude = 1.0; step * 5 < top; magnitude *= 10.0)
        for (const qreal factor : {1.0, 2.0, 5.0})
            if (step * 5 < top)
                step = magnitude * factor;
    const qreal end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::lround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QChart* makeChart()
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels with the locale's thousands separators, like every other figure.
    chart->setLocalizeNumbers(true);
    return chart;
}

} // namespace

DashboardPage::DashboardPage(LedgerSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* content = new QWidget;
    auto* layout = new QGridLayout(content);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setHorizontalSpacing(14);
    layout->setVerticalSpacing(12);

    // The heading carries the date the figures are for.
    m_asOf = new QLabel(tr("Dashboard"), content);
    m_asOf->setObjectName(QStringLiteral("dashboardTitle"));
    m_asOf->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_currency = new QComboBox(content);
    m_currency->setAccessibleName(tr("Currency"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_asOf);
    top->addStretch();
    top->addWidget(m_currency);
    layout->addLayout(top, 0, 0, 1, 2);

    m_notice = new FollowupNotice(content);
    connect(m_notice, &FollowupNotice::settingRequested, this, &DashboardPage::settingRequested);
    layout->addWidget(m_notice, 1, 0, 1, 2);
    m_checklist = new FirstRunChecklist(m_session, content);
    connect(m_checklist, &FirstRunChecklist::settingRequested, this, &DashboardPage::settingRequested);
    connect(m_checklist, &FirstRunChecklist::newCustomerRequested, this,
            &DashboardPage::newCustomerRequested);
    connect(m_checklist, &FirstRunChecklist::newInvoiceRequested, this, &DashboardPage::newInvoiceRequested);
    layout->addWidget(m_checklist, 2, 0, 1, 2);

    auto* tiles = new QHBoxLayout;
    m_receivable = new TileWidget(tr("Total receivable"), content);
    m_overdue = new TileWidget(tr("Overdue"), content);
    m_dso = new TileWidget(tr("DSO (days sales outstanding)"), content);
    m_expected = new TileWidget(tr("Expected this week"), content);
    m_followups = new TileWidget(tr("Follow-ups waiting"), content);
    for (TileWidget* tile : {m_receivable, m_overdue, m_dso, m_expected, m_followups})
        tiles->addWidget(tile);
    layout->addLayout(tiles, 3, 0, 1, 2);

    m_agingChart = makeChart();
    m_agingChart->setTitle(tr("Receivables by age — click a bar for its invoices"));
    m_agingView = new QChartView(m_agingChart, content);
    m_agingView->setRenderHint(QPainter::Antialiasing);
    m_agingView->setMinimumHeight(260);
    m_agingView->setAccessibleName(tr("Aging chart"));
    layout->addWidget(m_agingView, 4, 0);

    m_forecastChart = makeChart();
    m_forecastChart->setTitle(tr("Expected receipts, next 12 weeks"));
    m_forecastView = new QChartView(m_forecastChart, content);
    m_forecastView->setRenderHint(QPainter::Antialiasing);
    m_forecastView->setMinimumHeight(260);
    m_forecastNote = new QLabel(tr("Nothing open is expected in the next 12 weeks."), content);
    m_forecastNote->setWordWrap(true);
    m_forecastNote->setAlignment(Qt::AlignCenter);
    auto* forecastBox = new QVBoxLayout;
    forecastBox->addWidget(m_forecastView, 1);
    forecastBox->addWidget(m_forecastNote);
    layout->addLayout(forecastBox, 4, 1);

    auto* overdueHeading = new QLabel(tr("Most overdue customers"), content);
    overdueHeading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(overdueHeading, 5, 0, 1, 2);
    m_mostOverdue = new QTableWidget(0, 4, content);
    m_mostOverdue->setObjectName(QStringLiteral("mostOverdue"));
    m_mostOverdue->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Overdue"), tr("Owes in all"), tr("Oldest")});
    m_mostOverdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mostOverdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mostOverdue->verticalHeader()->hide();
    m_mostOverdue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mostOverdue->setMinimumHeight(180);
    m_mostOverdue->setAccessibleName(tr("Most overdue customers"));
    connect(m_mostOverdue, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT customerActivated(m_mostOverdue->item(row, 0)->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_mostOverdue, 6, 0, 1, 2);
    layout->setRowStretch(4, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_currency, &QComboBox::currentTextChanged, this, [this] { draw(); });
    connect(&m_watcher, &QFutureWatcher<LedgerWorker::Outcome<Dashboard>>::finished, this,
            &DashboardPage::loaded);
    connect(&m_session, &LedgerSession::opened, this, [this] {
        Ledger& ledger = m_session.ledger();
        connect(&ledger, &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testAnyFlags(Ledger::Change::Invoices | Ledger::Change::Followups |
                                     Ledger::Change::Payments | Ledger::Change::Customers |
                                     Ledger::Change::Terms | Ledger::Change::Policies))
                scheduleRefresh();
        });
        m_currency->blockSignals(true);
        m_currency->clear();
        m_currency->blockSignals(false);
        m_dashboard = Dashboard();
        scheduleRefresh();
    });
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    // Several signals of one change arrive together; load once, and only when someone looks.
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty && isVisible())
                load();
        });
}

void DashboardPage::setMonitor(FollowupMonitor* monitor)
{
    m_notice->setMonitor(monitor);
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The chart's text and the overdue colours come from the palette: drawn again from the new one.
    if (event->type() == QEvent::PaletteChange && m_mostOverdue && m_session.isOpen() &&
        !m_dashboard.asOf().isNull())
        draw();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Settings saved elsewhere send no signal: what is set up is looked at whenever the page shows.
    m_checklist->refresh();
    if (m_dirty)
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                load();
        });
}

void DashboardPage::load()
{
    if (!m_session.isOpen())
        return;
    m_dirty = false;
    if (m_watcher.isRunning()) {
        m_dirty = true; // once this one is in, another round picks up the change
        return;
    }
    if (m_dashboard.asOf().isNull())
        m_asOf->setText(tr("Dashboard — adding up the ledger …"));
    const QDate today = m_session.today();
    m_watcher.setFuture(LedgerWorker::run<Dashboard>(
        m_session, [today](Ledger& ledger) { return Dashboard::build(ledger, today); }));
}

void DashboardPage::loaded()
{
    const auto outcome = m_watcher.result();
    if (!m_session.isOpen())
        return;
    if (outcome.value)
        present(*outcome.value);
    else
        m_asOf->setText(tr("Dashboard — the figures could not be read: %1").arg(outcome.error));
    if (m_dirty && isVisible())
        load();
}

void DashboardPage::refresh()
{
    if (!m_session.isOpen())
        return;
    m_dirty = false;
    present(Dashboard::build(m_session.ledger(), m_session.today()));
}

void DashboardPage::present(const Dashboard& dashboard)
{
    m_dashboard = dashboard;
    const QString previous = m_currency->currentText();
    QStringList codes;
    for (const auto& figures : m_dashboard.currencies())
        codes << figures.currency;
    if (codes.isEmpty())
        codes << m_session.ledger().companyCurrency();
    m_currency->blockSignals(true);
    m_currency->clear();
    m_currency->addItems(codes);
    const QString preferred = codes.contains(previous) ? previous : m_session.ledger().companyCurrency();
    m_currency->setCurrentIndex(qMax(0, codes.indexOf(preferred)));
    m_currency->blockSignals(false);
    m_currency->setVisible(codes.size() > 1);
    m_asOf->setText(tr("Dashboard — %1").arg(QLocale().toString(m_dashboard.asOf(), QLocale::LongFormat)));
    draw();
    Q_EMIT refreshed();
}

QString DashboardPage::shownCurrency() const
{
    return m_currency->currentText();
}

void DashboardPage::draw()
{
    const QString code = shownCurrency();
    const Dashboard::CurrencyFigures* found = m_dashboard.currency(code);
    Dashboard::CurrencyFigures empty;
    empty.currency = code;
    const Dashboard::CurrencyFigures& figures = found ? *found : empty;

    m_receivable->setValue(money(figures.receivable, code));
    const qint64 percent =
        figures.receivable > 0 ? (figures.overdue * 100 + figures.receivable / 2) / figures.receivable : 0;
    m_overdue->setValue(money(figures.overdue, code),
                        figures.receivable > 0 ? tr("%1 % of what is owed").arg(percent) : QString());
    if (figures.dsoTenths)
        m_dso->setValue(LocaleAmount::formatScaled(*figures.dsoTenths, 1, QLocale()),
                        tr("days, over the last 90 days"));
    else
        m_dso->setValue(QStringLiteral("—"), tr("no credit sales in the last 90 days"));
    if (figures.expectedThisWeek)
        m_expected->setValue(
            money(*figures.expectedThisWeek, code),
            figures.predictedEarlierUnpaid > 0
                ? tr("and %1 expected earlier, still unpaid").arg(money(figures.predictedEarlierUnpaid, code))
                : QString());
    else
        m_expected->setValue(QStringLiteral("—"), tr("nothing open"));
    if (m_dashboard.followupsWaiting())
        m_followups->setValue(QLocale().toString(*m_dashboard.followupsWaiting()),
                              tr("on today's follow-up desk"));
    else
        m_followups->setValue(QStringLiteral("—"));
    drawAging(figures);
    drawForecast(found);
    drawMostOverdue();
    m_checklist->setLedgerState(m_dashboard.hasCustomers(), m_dashboard.hasInvoices());
}

void DashboardPage::drawAging(const Dashboard::CurrencyFigures& figures)
{
    m_agingChart->removeAllSeries();
    for (QAbstractAxis* axis : m_agingChart->axes())
        m_agingChart->removeAxis(axis);
    // One set per bucket, stacked, so that each bar keeps its own colour.
    m_agingSeries = new QStackedBarSeries;
    // Short labels on the axis (its title says what they count); the long ones name the sets.
    const QStringList categories{tr("Not due"), tr("1–30"), tr("31–60"), tr("61–90"), tr("91+")};
    qreal maximum = 0;
    for (int b = 0; b < AgingReport::BucketCount; ++b) {
        auto* set = new QBarSet(bucketLabel(b));
        for (int c = 0; c < AgingReport::BucketCount; ++c)
            *set << (c == b ? chartValue(figures.buckets[b], figures.currency) : 0.0);
        set->setColor(bucketColours[b]);
        set->setBorderColor(bucketColours[b]);
        m_agingSeries->append(set);
        maximum = qMax(maximum, chartValue(figures.buckets[b], figures.currency));
    }
    m_agingSeries->setBarWidth(0.6);
    connect(m_agingSeries, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet*) { Q_EMIT agingBucketClicked(index); });
    m_agingChart->addSeries(m_agingSeries);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    countAxis(y, maximum);
    y->setTitleText(figures.currency);
    x->setTitleText(tr("days past due"));
    x->setTitleBrush(palette().color(QPalette::WindowText));
    m_agingChart->addAxis(x, Qt::AlignBottom);
    m_agingChart->addAxis(y, Qt::AlignLeft);
    m_agingSeries->attachAxis(x);
    m_agingSeries->attachAxis(y);
    const QColor text = palette().color(QPalette::WindowText);
    m_agingChart->setTitleBrush(text);
    x->setLabelsBrush(text);
    y->setLabelsBrush(text);
    // Grid and axis lines from the palette, so that a dark one does not get glaring white lines.
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        QColor grid = text;
        grid.setAlpha(45);
        axis->setGridLineColor(grid);
        grid.setAlpha(110);
        axis->setLinePenColor(grid);
    }
    y->setTitleBrush(text);
}

void DashboardPage::drawForecast(const Dashboard::CurrencyFigures* figures)
{
    m_forecastChart->removeAllSeries();
    for (QAbstractAxis* axis : m_forecastChart->axes())
        m_forecastChart->removeAxis(axis);
    const bool have = figures && !figures->expectedByWeek.isEmpty();
    m_forecastNote->setVisible(!have);
    if (!have)
        return;
    auto* series = new QStackedBarSeries;
    auto* set = new QBarSet(tr("Expected"));
    set->setColor(QColor(0x1e, 0x88, 0xe5));
    QStringList weeks;
    qreal maximum = 0;
    for (int w = 0; w < figures->expectedByWeek.size(); ++w) {
        const qreal value = chartValue(figures->expectedByWeek[w], figures->currency);
        *set << value;
        maximum = qMax(maximum, value);
        weeks << QLocale().toString(w + 1);
    }
    series->append(set);
    m_forecastChart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(weeks);
    // Twelve dates side by side do not fit under the bars: weeks are numbered, the first one dated.
    x->setTitleText(
        figures->weekStarts.isEmpty()
            ? tr("weeks ahead")
            : tr("weeks ahead (week 1 starts %1)").arg(LocaleDates::shortDate(figures->weekStarts.first())));
    x->setTitleBrush(palette().color(QPalette::WindowText));
    auto* y = new QValueAxis;
    countAxis(y, maximum);
    m_forecastChart->addAxis(x, Qt::AlignBottom);
    m_forecastChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const QColor text = palette().color(QPalette::WindowText);
    m_forecastChart->setTitleBrush(text);
    x->setLabelsBrush(text);
    y->setLabelsBrush(text);
    // Grid and axis lines from the palette, so that a dark one does not get glaring white lines.
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        QColor grid = text;
        grid.setAlpha(45);
        axis->setGridLineColor(grid);
        grid.setAlpha(110);
        axis->setLinePenColor(grid);
    }
}

void DashboardPage::drawMostOverdue()
{
    // The currency chosen above: amounts of two currencies are not ranked against each other.
    const auto customers = m_dashboard.mostOverdue(shownCurrency());
    m_mostOverdue->setRowCount(int(customers.size()));
    int row = 0;
    for (const auto& customer : customers) {
        auto* name = new QTableWidgetItem(customer.name);
        name->setData(Qt::UserRole, customer.code);
        name->setToolTip(customer.code);
        auto* overdue = new QTableWidgetItem(money(customer.overdue, customer.currency));
        overdue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* total = new QTableWidgetItem(money(customer.receivable, customer.currency));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* oldest = new QTableWidgetItem(bucketLabel(customer.oldestBucket));
        oldest->setForeground(
            ReadableColours::readable(bucketColours[customer.oldestBucket], m_mostOverdue->palette()));
        m_mostOverdue->setItem(row, 0, name);
        m_mostOverdue->setItem(row, 1, overdue);
        m_mostOverdue->setItem(row, 2, total);
        m_mostOverdue->setItem(row, 3, oldest);
        ++row;
    }
    m_mostOverdue->resizeColumnsToContents();
    m_mostOverdue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QList<qreal> DashboardPage::agingBars() const
{
    QList<qreal> bars;
    if (!m_agingSeries)
        return bars;
    const auto sets = m_agingSeries->barSets();
    for (int b = 0; b < sets.size(); ++b)
        bars << sets[b]->at(b);
    return bars;
}

} // namespace settle
