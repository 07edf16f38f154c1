#include "shell/WelcomePage.h"
#include "ui_WelcomePage.h"

#include "shell/AppSettings.h"
#include "widgets/FieldState.h"

#include "money/Currency.h"
#include "storage/Database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

namespace settle {

WelcomePage::WelcomePage(AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WelcomePage>()), m_settings(settings)
{
    m_ui->setupUi(this);
    // The user's own currency first, then the common ones.
    QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
                           QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("JPY"), QStringLiteral("SEK")};
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!local.isEmpty() && Currency::fromCode(local)) {
        currencies.removeAll(local);
        currencies.prepend(local);
    }
    m_ui->currency->addItems(currencies);
    m_ui->paperSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_ui->paperSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_ui->paperSize->setCurrentIndex(1);
    m_ui->filePath->setText(Database::defaultLocation());

    connect(m_ui->companyName, &QLineEdit::textChanged, this, &WelcomePage::validate);
    connect(m_ui->currency, &QComboBox::currentTextChanged, this, &WelcomePage::validate);
    connect(m_ui->filePath, &QLineEdit::textChanged, this, &WelcomePage::validate);
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Ledger File"), m_ui->filePath->text(),
                                                          tr("Settle ledgers (*.db)"));
        if (!path.isEmpty())
            m_ui->filePath->setText(path);
    });
    connect(m_ui->create, &QPushButton::clicked, this, &WelcomePage::submitCreate);
    connect(m_ui->openFile, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->openDemo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->openShared, &QPushButton::clicked, this, &WelcomePage::sharedRequested);
    connect(m_ui->recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    refresh();
    validate();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::refresh()
{
    m_ui->recent->clear();
    for (const QString& location : m_settings.recentLedgers()) {
        auto* item = new QListWidgetItem(QFileInfo(location).fileName() + u'\n' + location, m_ui->recent);
        item->setData(Qt::UserRole, location);
        item->setToolTip(location);
    }
    m_ui->recent->setVisible(m_ui->recent->count() > 0);
    m_ui->recentLabel->setVisible(m_ui->recent->count() > 0);
}

void WelcomePage::focusCreate()
{
    m_ui->companyName->setFocus();
}

void WelcomePage::showCreateError(const QString& message)
{
    m_ui->createError->setText(message);
}

void WelcomePage::validate()
{
    const QString currency = m_ui->currency->currentText().trimmed().toUpper();
    const bool nameOk = !m_ui->companyName->text().trimmed().isEmpty();
    const bool currencyOk = Currency::fromCode(currency).has_value();
    const bool fileOk = !m_ui->filePath->text().trimmed().isEmpty();
    FieldState::mark(m_ui->currency, currencyOk);
    FieldState::mark(m_ui->filePath, fileOk);
    QString message;
    if (!currencyOk)
        message = tr("\"%1\" is not an ISO 4217 currency code (such as USD or EUR).").arg(currency);
    else if (!fileOk)
        message = tr("Choose where the ledger file goes.");
    m_ui->createError->setText(message);
    m_ui->create->setEnabled(nameOk && currencyOk && fileOk);
}

void WelcomePage::fillCreateForm(const QString& path, const LedgerSession::NewLedger& profile)
{
    m_ui->companyName->setText(profile.companyName);
    m_ui->address->setPlainText(profile.address);
    m_ui->currency->setCurrentText(profile.currency);
    m_ui->paymentDetails->setPlainText(profile.paymentDetails);
    m_ui->paperSize->setCurrentIndex(qMax(0, m_ui->paperSize->findData(profile.paperSize)));
    m_ui->filePath->setText(path);
}

void WelcomePage::submitCreate()
{
    if (!m_ui->create->isEnabled())
        return;
    LedgerSession::NewLedger profile;
    profile.companyName = m_ui->companyName->text().trimmed();
    profile.address = m_ui->address->toPlainText();
    profile.currency = m_ui->currency->currentText().trimmed().toUpper();
    profile.paymentDetails = m_ui->paymentDetails->toPlainText();
    profile.paperSize = m_ui->paperSize->currentData().toString();
    m_ui->createError->clear();
    Q_EMIT createRequested(m_ui->filePath->text().trimmed(), profile);
}

} // namespace settle
