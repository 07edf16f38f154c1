#include "reports/ReportsPage.h"
#include "ui_ReportsPage.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"

#include "dates/IsoDate.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"
#include "ledger/SettingKeys.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace settle {

namespace {

QString bucketTitle(int bucket)
{
    switch (bucket) {
    case AgingReport::Current:
        return ReportsPage::tr("Current");
    case AgingReport::Days1To30:
        return ReportsPage::tr("1–30 days");
    case AgingReport::Days31To60:
        return ReportsPage::tr("31–60 days");
    case AgingReport::Days61To90:
        return ReportsPage::tr("61–90 days");
    default:
        return ReportsPage::tr("91+ days");
    }
}

// The locale's short date with a four-digit year: "3/31/26" on a report could be read as 1926.
QString dateText(QDate date)
{
    return LocaleDates::shortDate(date);
}

enum InvoiceColumn { NumberColumn, IssuedColumn, DueColumn, DaysColumn, BalanceColumn, InvoiceColumnCount };

} // namespace

ReportsPage::ReportsPage(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    QStringList headers{tr("Customer"), tr("Name")};
    for (int b = 0; b < AgingReport::BucketCount; ++b)
        headers << bucketTitle(b);
    headers << tr("Total");
    m_ui->report->setColumnCount(ColumnCount);
    m_ui->report->setHeaderLabels(headers);
    m_ui->report->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->report->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_ui->report->header()->setStretchLastSection(false);
    m_ui->report->setSelectionBehavior(QAbstractItemView::SelectItems);

    m_ui->invoices->setColumnCount(InvoiceColumnCount);
    m_ui->invoices->setHorizontalHeaderLabels(
        {tr("Invoice"), tr("Issued"), tr("Due"), tr("Days past due"), tr("Balance")});
    m_ui->invoices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->invoices->verticalHeader()->setVisible(false);
    // As dense as the report above it.
    m_ui->invoices->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->invoices->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_ui->asOf->setDisplayFormat(LocaleDates::shortFormat());
    m_ui->asOf->setDate(m_session.today());
    connect(m_ui->asOf, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_ui->today, &QPushButton::clicked, this, [this] { setAsOf(m_session.today()); });
    connect(m_ui->exportCsv, &QPushButton::clicked, this, &ReportsPage::chooseCsv);
    connect(m_ui->exportPdf, &QPushButton::clicked, this, &ReportsPage::choosePdf);
    connect(m_ui->report, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int column) {
        const QString customer = item->data(CustomerColumn, CustomerRole).toString();
        if (customer.isEmpty() || column < FirstBucketColumn || column >= TotalColumn)
            return;
        drillDown(customer, item->data(CustomerColumn, CurrencyRole).toString(),
                  AgingReport::Bucket(column - FirstBucketColumn));
    });
    connect(&m_session, &LedgerSession::opened, this, [this] {
        m_ui->asOf->blockSignals(true);
        m_ui->asOf->setDate(m_session.today());
        m_ui->asOf->blockSignals(false);
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &LedgerSession::closed, this, [this] {
        m_ui->report->clear();
        m_ui->invoices->setRowCount(0);
        m_report = AgingReport();
    });
}

ReportsPage::~ReportsPage() = default;

QDate ReportsPage::asOf() const
{
    return m_ui->asOf->date();
}

void ReportsPage::setAsOf(QDate date)
{
    if (date == m_ui->asOf->date())
        refresh();
    else
        m_ui->asOf->setDate(date); // refreshes
}

QTreeWidget* ReportsPage::reportTree() const
{
    return m_ui->report;
}

QTableWidget* ReportsPage::invoiceTable() const
{
    return m_ui->invoices;
}

QString ReportsPage::drillTitle() const
{
    return m_ui->drillTitle->text();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Payments and invoices change the report: it is read again whenever the page comes up.
    refresh();
}

QTreeWidgetItem* ReportsPage::customerItem(const QString& currency, const QString& customer) const
{
    for (int s = 0; s < m_ui->report->topLevelItemCount(); ++s) {
        QTreeWidgetItem* section = m_ui->report->topLevelItem(s);
        if (section->data(CustomerColumn, CurrencyRole).toString() != currency)
            continue;
        for (int c = 0; c < section->childCount(); ++c)
            if (section->child(c)->data(CustomerColumn, CustomerRole).toString() == customer)
                return section->child(c);
    }
    return nullptr;
}

void ReportsPage::refresh()
{
    if (!m_session.isOpen())
        return;
    if (!Guarded::orSay(this, tr("Cannot read the aging report"), [&] {
            m_report = m_session.ledger().aging(asOf());
            m_names.clear();
            for (const auto& customer : m_session.ledger().customers())
                m_names.insert(customer.code, customer.name);
        }))
        return;
    m_stale = false;
    const QLocale locale;
    m_ui->report->clear();
    QFont bold = m_ui->report->font();
    bold.setBold(true);
    for (const auto& section : m_report.currencies()) {
        auto fill = [&](QTreeWidgetItem* item, const AgingReport::Row& row) {
            for (int b = 0; b < AgingReport::BucketCount; ++b) {
                item->setText(FirstBucketColumn + b,
                              row.buckets[b] == 0
                                  ? QString()
                                  : LocaleAmount::format(row.buckets[b], section.currency, locale));
                item->setTextAlignment(FirstBucketColumn + b, Qt::AlignRight | Qt::AlignVCenter);
            }
            item->setText(TotalColumn, LocaleAmount::format(row.total, section.currency, locale));
            item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        };
        auto* totals = new QTreeWidgetItem(m_ui->report);
        totals->setText(CustomerColumn, section.currency);
        totals->setText(NameColumn, section.customers.size() == 1
                                        ? tr("Total, 1 customer")
                                        : tr("Total, %1 customers").arg(section.customers.size()));
        totals->setData(CustomerColumn, CurrencyRole, section.currency);
        fill(totals, section.totals);
        for (int column = 0; column < ColumnCount; ++column)
            totals->setFont(column, bold);
        for (const auto& row : section.customers) {
            auto* item = new QTreeWidgetItem(totals);
            item->setText(CustomerColumn, row.customer);
            item->setText(NameColumn, m_names.value(row.customer));
            item->setData(CustomerColumn, CustomerRole, row.customer);
            item->setData(CustomerColumn, CurrencyRole, section.currency);
            fill(item, row);
        }
        totals->setExpanded(true);
    }
    m_ui->exportCsv->setEnabled(true);
    m_ui->exportPdf->setEnabled(true);
    m_ui->invoices->setRowCount(0);
    m_ui->drillTitle->setText(
        m_report.currencies().isEmpty()
            ? tr("Nothing is owed on %1.").arg(dateText(asOf()))
            : tr("Double-click a customer's amount to list its invoices."));
}

void ReportsPage::drillDown(const QString& customer, const QString& currency, AgingReport::Bucket bucket)
{
    if (!m_session.isOpen())
        return;
    QList<InvoiceRepository::Listed> invoices;
    if (!Guarded::orSay(this, tr("Cannot list the invoices"), [&] {
            invoices = m_session.ledger().agingInvoices(asOf(), customer, currency, bucket);
        }))
        return;
    // The cell the list belongs to stays marked in the report.
    if (QTreeWidgetItem* item = customerItem(currency, customer))
        m_ui->report->setCurrentItem(item, FirstBucketColumn + bucket);
    const QLocale locale;
    m_ui->invoices->setRowCount(int(invoices.size()));
    qint64 sum = 0;
    for (int row = 0; row < invoices.size(); ++row) {
        const Invoice& invoice = invoices[row].invoice;
        const qint64 days = invoice.effectiveDueDate().daysTo(asOf());
        auto set = [&](int column, const QString& text, bool right = false) {
            auto* item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->invoices->setItem(row, column, item);
        };
        set(NumberColumn, invoice.number);
        set(IssuedColumn, dateText(invoice.issueDate));
        set(DueColumn, dateText(invoice.effectiveDueDate()));
        set(DaysColumn, days > 0 ? locale.toString(days) : QString(), true);
        set(BalanceColumn, LocaleAmount::format(invoices[row].balance, currency, locale), true);
        sum += invoices[row].balance;
    }
    const QString count = invoices.size() == 1 ? tr("1 invoice") : tr("%1 invoices").arg(invoices.size());
    m_ui->drillTitle->setText(tr("%1 %2, %3: %4, %5")
                                  .arg(customer, m_names.value(customer), bucketTitle(bucket), count,
                                       LocaleAmount::formatWithCode(sum, currency, locale)));
}

void ReportsPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Aging Report"), QStringLiteral("aging-%1.csv").arg(IsoDate::format(asOf())),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Aging Report"), QStringLiteral("aging-%1.pdf").arg(IsoDate::format(asOf())),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool ReportsPage::exportCsv(const QString& path)
{
    if (m_stale)
        refresh();
    // The core's writer: the same bytes as `settle-cli aging --csv --as-of DATE`.
    QSaveFile file(path);
    const QByteArray bytes = m_report.toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::error(this, tr("Cannot export the aging report"),
                          tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString ReportsPage::reportHtml() const
{
    const QLocale locale;
    const auto escape = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\">");
    html +=
        QStringLiteral("<h2>%1</h2>").arg(escape(tr("Aging report as of %1").arg(dateText(asOf()))));
    html +=
        QStringLiteral("<p>%1</p>").arg(escape(m_session.ledger().setting(SettingKeys::CompanyName)));
    if (m_report.currencies().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escape(tr("Nothing is owed on this date.")));
    for (const auto& section : m_report.currencies()) {
        html += QStringLiteral("<h3>%1</h3>").arg(escape(section.currency));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-collapse: collapse; border-color: #999;\"><tr>");
        html += QStringLiteral("<th align=\"left\">%1</th><th align=\"left\">%2</th>")
                    .arg(escape(tr("Customer")), escape(tr("Name")));
        for (int b = 0; b < AgingReport::BucketCount; ++b)
            html += QStringLiteral("<th align=\"right\">%1</th>").arg(escape(bucketTitle(b)));
        html += QStringLiteral("<th align=\"right\">%1</th></tr>").arg(escape(tr("Total")));
        auto row = [&](const QString& code, const QString& name, const AgingReport::Row& r, bool strong) {
            const QString open = strong ? QStringLiteral("<b>") : QString();
            const QString close = strong ? QStringLiteral("</b>") : QString();
            html += QStringLiteral("<tr><td>%1%2%3</td><td>%1%4%3</td>")
                        .arg(open, escape(code), close, escape(name));
            for (int b = 0; b < AgingReport::BucketCount; ++b)
                html += QStringLiteral("<td align=\"right\">%1%2%3</td>")
                            .arg(open,
                                 r.buckets[b] == 0
                                     ? QString()
                                     : escape(LocaleAmount::format(r.buckets[b], section.currency, locale)),
                                 close);
            html += QStringLiteral("<td align=\"right\">%1%2%3</td></tr>")
                        .arg(open, escape(LocaleAmount::format(r.total, section.currency, locale)), close);
        };
        for (const auto& r : section.customers)
            row(r.customer, m_names.value(r.customer), r, false);
        row(tr("Total"), QString(), section.totals, true);
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool ReportsPage::exportPdf(const QString& path)
{
    if (m_stale)
        refresh();
    const QString paper =
        m_session.ledger().setting(SettingKeys::CompanyPaperSize, QStringLiteral("A4"));
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Aging report as of %1").arg(dateText(asOf())));
        writer.setCreator(QStringLiteral("Settle"));
        writer.setPageSize(QPageSize(paper == u"Letter" ? QPageSize::Letter : QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(reportHtml());
        document.print(&writer);
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        MessageBox::error(this, tr("Cannot export the aging report"),
                          tr("%1 could not be written.").arg(path));
        return false;
    }
    return true;
}

} // namespace settle
