#pragma once

#include "domain/RecurringSchedule.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class RepeatInvoiceDialog;
}

class QPushButton;

namespace settle {

class LedgerSession;

// "Repeat…" on an issued invoice: a schedule that issues a copy of it (its lines and terms) every
// month, quarter or year from a first date (by default the invoice's issue date plus one period),
// perhaps until a last date, perhaps emailing each one. A refusal is said in the dialog and
// everything typed stays.
class RepeatInvoiceDialog : public QDialog
{
    Q_OBJECT

public:
    RepeatInvoiceDialog(LedgerSession& session, const QString& number, QWidget* parent = nullptr);
    ~RepeatInvoiceDialog() override;

    QPushButton* startButton() const { return m_startButton; }
    QString message() const;
    qint64 scheduleId() const { return m_scheduleId; }

    // As the fields would be set by hand (tests, the screenshot tour).
    void setEvery(RecurringSchedule::Every every);
    void setStart(QDate date);
    void setUntil(QDate date); // invalid: no end
    void setSend(bool send);

public Q_SLOTS:
    // Adds the schedule; closes on success, says why not otherwise.
    void addSchedule();

Q_SIGNALS:
    void scheduleAdded(qint64 id);

private:
    RecurringSchedule::Every every() const;
    void updateDates();

    std::unique_ptr<Ui::RepeatInvoiceDialog> m_ui;
    LedgerSession& m_session;
    QString m_number;
    QDate m_issueDate;
    bool m_startTouched = false;
    QPushButton* m_startButton = nullptr;
    qint64 m_scheduleId = 0;
};

} // namespace settle
