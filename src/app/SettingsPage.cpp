#include "SettingsPage.h"
#include "ui_SettingsPage.h"

#include "AppSettings.h"
#include "LedgerSession.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"

namespace settle {

SettingsPage::SettingsPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_session(session), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->paperSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_ui->paperSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_ui->language->addItem(tr("As the system"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    connect(m_ui->save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(&m_session, &LedgerSession::opened, this, &SettingsPage::load);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::load()
{
    if (!m_session.isOpen())
        return;
    const Ledger& ledger = m_session.ledger();
    m_ui->companyName->setText(ledger.setting(QStringLiteral("company.name")));
    m_ui->address->setPlainText(ledger.setting(QStringLiteral("company.address")));
    m_ui->paymentDetails->setPlainText(ledger.setting(QStringLiteral("company.payment_details")));
    m_ui->currency->setText(ledger.companyCurrency());
    m_ui->invoicePrefix->setText(ledger.setting(QStringLiteral("invoice.prefix"), QStringLiteral("INV-")));
    m_ui->paperSize->setCurrentIndex(
        qMax(0, m_ui->paperSize->findData(ledger.setting(QStringLiteral("company.paper_size"), QStringLiteral("A4")))));
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(m_settings.language())));
    m_ui->message->clear();
}

void SettingsPage::save()
{
    Ledger& ledger = m_session.ledger();
    const std::pair<const char*, QString> values[] = {
        {"company.name", m_ui->companyName->text().trimmed()},
        {"company.address", m_ui->address->toPlainText().trimmed()},
        {"company.payment_details", m_ui->paymentDetails->toPlainText().trimmed()},
        {"invoice.prefix", m_ui->invoicePrefix->text().trimmed()},
        {"company.paper_size", m_ui->paperSize->currentData().toString()},
    };
    if (values[0].second.isEmpty() || values[3].second.isEmpty()) {
        m_ui->message->setText(tr("The company name and the invoice prefix cannot be empty."));
        return;
    }
    try {
        // Only what changed, so that the audit log shows real edits.
        for (const auto& [key, value] : values)
            if (ledger.setting(QString::fromLatin1(key)) != value)
                ledger.setSetting(QString::fromLatin1(key), value);
    } catch (const SettleError& error) {
        m_ui->message->setText(error.message());
        return;
    }
    m_settings.setLanguage(m_ui->language->currentData().toString());
    m_ui->message->setText(tr("Saved."));
}

} // namespace settle
