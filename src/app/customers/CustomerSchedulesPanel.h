#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace settle {

class LedgerSession;

// One customer's repeating invoices: each schedule's rhythm, the invoice it copies, its next date and
// what it has issued, and a Stop button for the selected one. Reads again whenever schedules or
// invoices change.
class CustomerSchedulesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Copies, Every, Next, Until, Issued, ColumnCount };

    explicit CustomerSchedulesPanel(LedgerSession& session, QWidget* parent = nullptr);

    void setCustomer(const QString& code);
    QTableWidget* table() const { return m_table; }
    QPushButton* stopButton() const { return m_stop; }
    qint64 scheduleIdAt(int row) const;
    int rowOf(qint64 scheduleId) const;

public Q_SLOTS:
    void refresh();
    // Stops the selected schedule after asking; it issues nothing more.
    void stopSelected();

private:
    void updateButtons();

    LedgerSession& m_session;
    QString m_code;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_stop;
};

} // namespace settle
