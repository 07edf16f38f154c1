#pragma once

#include "reports/AgingReport.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class ReportsPage;
}

class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace settle {

class LedgerSession;

// The aging report: per currency, per customer and in total, at a chosen date; a
// double-click on a customer's amount lists the invoices behind it (Ledger::agingInvoices); exports
// to CSV (the core's writer, the same bytes as `settle-cli aging --csv`) and to PDF.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        CustomerColumn,
        NameColumn,
        FirstBucketColumn,
        TotalColumn = FirstBucketColumn + AgingReport::BucketCount,
        ColumnCount
    };
    static constexpr int CustomerRole = Qt::UserRole + 1;
    static constexpr int CurrencyRole = Qt::UserRole + 2;

    explicit ReportsPage(LedgerSession& session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QDate asOf() const;
    void setAsOf(QDate date);
    const AgingReport& report() const { return m_report; }
    QTreeWidget* reportTree() const;
    QTableWidget* invoiceTable() const;
    QString drillTitle() const;
    // The row of a customer in a currency's section, for tests and the keyboard.
    QTreeWidgetItem* customerItem(const QString& currency, const QString& customer) const;

public Q_SLOTS:
    void refresh();
    // Lists the invoices of `customer` in `currency` whose due date puts them in `bucket`.
    void drillDown(const QString& customer, const QString& currency, AgingReport::Bucket bucket);
    // True when the file was written; failures are reported to the user.
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseCsv();
    void choosePdf();
    QString reportHtml() const;

    std::unique_ptr<Ui::ReportsPage> m_ui;
    LedgerSession& m_session;
    AgingReport m_report;
    QHash<QString, QString> m_names; // customer code -> name
    bool m_stale = true;
};

} // namespace settle
