#include "invoices/RepeatInvoiceDialog.h"
#include "ui_RepeatInvoiceDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"

#include "ledger/Ledger.h"
#include "recurring/RecurringDates.h"
#include "recurring/RecurringInvoices.h"

#include <QPushButton>

namespace settle {

using Every = RecurringSchedule::Every;

RepeatInvoiceDialog::RepeatInvoiceDialog(LedgerSession& session, const QString& number, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RepeatInvoiceDialog>()), m_session(session), m_number(number)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Repeat %1").arg(number));
    m_startButton = m_ui->buttons->addButton(tr("&Start Repeating"), QDialogButtonBox::AcceptRole);
    m_startButton->setDefault(true);
    m_ui->every->addItem(tr("Month"), int(Every::Month));
    m_ui->every->addItem(tr("Quarter"), int(Every::Quarter));
    m_ui->every->addItem(tr("Year"), int(Every::Year));
    m_ui->message->setStyleSheet(FieldState::problemStyle(this));

    QString customerName;
    Guarded::run(
        [&] {
            const Invoice invoice = m_session.ledger().invoice(number, m_session.today()).invoice;
            m_issueDate = invoice.issueDate;
            const auto customer = m_session.ledger().customer(invoice.customerCode);
            customerName = customer ? customer->name : invoice.customerCode;
        },
        [&](const QString& why) { m_ui->message->setText(why); });
    m_ui->intro->setText(tr("Issues a copy of %1 for %2 — the same lines and terms, a new number, due by "
                            "the terms from its own date — on every date of the schedule. The app "
                            "issues it on the day, or at its next start when it was closed.")
                             .arg(number, customerName));
    const QDate firstDefault = m_issueDate.isValid() ? RecurringDates::defaultStart(m_issueDate, Every::Month)
                                                     : m_session.today();
    m_ui->start->setDate(firstDefault);
    m_ui->until->setDate(firstDefault.addYears(1));

    connect(m_ui->every, &QComboBox::currentIndexChanged, this, [this] {
        // The first date follows the rhythm until the user picks one of their own.
        if (!m_startTouched && m_issueDate.isValid()) {
            m_ui->start->blockSignals(true);
            m_ui->start->setDate(RecurringDates::defaultStart(m_issueDate, every()));
            m_ui->start->blockSignals(false);
        }
        updateDates();
    });
    connect(m_ui->start, &QDateEdit::dateChanged, this, [this] {
        m_startTouched = true;
        updateDates();
    });
    connect(m_ui->hasUntil, &QCheckBox::toggled, m_ui->until, &QWidget::setEnabled);
    connect(m_ui->hasUntil, &QCheckBox::toggled, this, &RepeatInvoiceDialog::updateDates);
    connect(m_ui->until, &QDateEdit::dateChanged, this, &RepeatInvoiceDialog::updateDates);
    connect(m_startButton, &QPushButton::clicked, this, &RepeatInvoiceDialog::addSchedule);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Adding decides when the dialog closes.
    disconnect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    m_startButton->setEnabled(m_issueDate.isValid());
    updateDates();
}

RepeatInvoiceDialog::~RepeatInvoiceDialog() = default;

Every RepeatInvoiceDialog::every() const
{
    return Every(m_ui->every->currentData().toInt());
}

QString RepeatInvoiceDialog::message() const
{
    return m_ui->message->text();
}

void RepeatInvoiceDialog::setEvery(Every every)
{
    m_ui->every->setCurrentIndex(m_ui->every->findData(int(every)));
}

void RepeatInvoiceDialog::setStart(QDate date)
{
    m_ui->start->setDate(date);
}

void RepeatInvoiceDialog::setUntil(QDate date)
{
    m_ui->hasUntil->setChecked(date.isValid());
    if (date.isValid())
        m_ui->until->setDate(date);
}

void RepeatInvoiceDialog::setSend(bool send)
{
    m_ui->send->setChecked(send);
}

void RepeatInvoiceDialog::updateDates()
{
    if (!m_issueDate.isValid())
        return;
    // The anchor the core keeps: the template's day of the month for the default start, else the
    // chosen start's (RecurringInvoices::add).
    const QDate start = m_ui->start->date();
    const int anchor = m_startTouched ? start.day() : m_issueDate.day();
    const QDate until = m_ui->hasUntil->isChecked() ? m_ui->until->date() : QDate();
    const bool untilBeforeStart = until.isValid() && until < start;
    FieldState::mark(m_ui->until, !untilBeforeStart, untilBeforeStart ? tr("Until is before the first date.") : QString());
    QStringList dates;
    for (int n = 0; n < 3; ++n) {
        const QDate date = RecurringDates::nth(start, anchor, every(), n);
        if (until.isValid() && date > until)
            break;
        dates << LocaleDates::shortDate(date);
    }
    m_ui->dates->setText(dates.isEmpty() ? tr("No date falls between the first date and until.")
                                         : tr("Issues on %1 …").arg(dates.join(QStringLiteral(", "))));
}

void RepeatInvoiceDialog::addSchedule()
{
    const QDate start = m_startTouched ? m_ui->start->date() : QDate();
    const QDate until = m_ui->hasUntil->isChecked() ? m_ui->until->date() : QDate();
    qint64 id = 0;
    if (!Guarded::run(
            [&] {
                id = RecurringInvoices(m_session.ledger()).add(m_number, every(), start, until,
                                                                 m_ui->send->isChecked());
            },
            [&](const QString& why) { m_ui->message->setText(why); })) // everything typed stays
        return;
    m_scheduleId = id;
    Q_EMIT scheduleAdded(id);
    accept();
}

} // namespace settle
