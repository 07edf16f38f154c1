#include "dashboard/FirstRunChecklist.h"

#include "shell/LedgerSession.h"

#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace settle {

FirstRunChecklist::FirstRunChecklist(LedgerSession& session, QWidget* parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("firstRunChecklist"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("First steps"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    auto* heading = new QLabel(tr("First steps with this ledger"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Reminders need to say who you are and how to pay you, and go out through your "
                                "email server. This list goes when everything is done."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_company = addStep(QStringLiteral("checkCompany"), tr("Your company's details and how customers pay you"),
                        tr("Open Settings → Company"));
    m_email = addStep(QStringLiteral("checkEmail"), tr("The email server reminders go out through"),
                      tr("Open Settings → Email"));
    m_customer = addStep(QStringLiteral("checkCustomer"), tr("Your first customer"), tr("New Customer…"));
    m_invoice = addStep(QStringLiteral("checkInvoice"), tr("Your first invoice"), tr("New Invoice…"));
    connect(m_company.button, &QPushButton::clicked, this,
            [this] { Q_EMIT settingRequested(QStringLiteral("companyTab"), m_companyField); });
    connect(m_email.button, &QPushButton::clicked, this,
            [this] { Q_EMIT settingRequested(QStringLiteral("emailTab"), QStringLiteral("smtpHost")); });
    connect(m_customer.button, &QPushButton::clicked, this, &FirstRunChecklist::newCustomerRequested);
    connect(m_invoice.button, &QPushButton::clicked, this, &FirstRunChecklist::newInvoiceRequested);
    // Another ledger: nothing is known of it until the dashboard has read it.
    connect(&m_session, &LedgerSession::opened, this, [this] {
        m_ledgerKnown = false;
        hide();
    });
    hide();
}

FirstRunChecklist::Step FirstRunChecklist::addStep(const QString& name, const QString& text, const QString& button)
{
    Step step;
    step.row = new QWidget(this);
    step.row->setObjectName(name);
    step.mark = new QLabel(step.row);
    step.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✓")) * 2);
    step.text = new QLabel(text, step.row);
    step.text->setWordWrap(true);
    step.button = new QPushButton(button, step.row);
    step.button->setObjectName(name + QStringLiteral("Button"));
    auto* row = new QHBoxLayout(step.row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(step.mark);
    row->addWidget(step.text, 1);
    row->addWidget(step.button);
    layout()->addWidget(step.row);
    setDone(step, false);
    return step;
}

void FirstRunChecklist::setDone(Step& step, bool done)
{
    step.done = done;
    step.row->setProperty("done", done);
    // A tick and words, not only a colour, say that a step is done.
    step.mark->setText(done ? QStringLiteral("✓") : QStringLiteral("○"));
    step.mark->setAccessibleName(done ? tr("done") : tr("to do"));
    QFont font = step.text->font();
    font.setStrikeOut(done);
    step.text->setFont(font);
    step.button->setEnabled(!done);
}

void FirstRunChecklist::refresh()
{
    if (!m_session.isOpen()) {
        hide();
        return;
    }
    const Ledger& ledger = m_session.ledger();
    m_companyField.clear();
    const std::pair<const char*, const char*> company[] = {{"company.name", "companyName"},
                                                           {"company.address", "address"},
                                                           {"company.payment_details", "paymentDetails"}};
    for (const auto& [key, field] : company)
        if (m_companyField.isEmpty() && ledger.setting(QString::fromLatin1(key)).trimmed().isEmpty())
            m_companyField = QString::fromLatin1(field);
    setDone(m_company, m_companyField.isEmpty());
    setDone(m_email, !ledger.setting(SettingKeys::SmtpHost).trimmed().isEmpty());
    setVisible(m_ledgerKnown && !isDone());
}

void FirstRunChecklist::setLedgerState(bool hasCustomers, bool hasInvoices)
{
    m_ledgerKnown = true;
    setDone(m_customer, hasCustomers);
    setDone(m_invoice, hasInvoices);
    refresh();
}

bool FirstRunChecklist::isDone() const
{
    return m_company.done && m_email.done && m_customer.done && m_invoice.done;
}

} // namespace settle
