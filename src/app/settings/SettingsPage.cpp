#include "settings/SettingsPage.h"
#include "ui_SettingsPage.h"

#include "settings/PolicyEditor.h"
#include "settings/TermsEditor.h"
#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/FieldState.h"
#include "widgets/FormErrors.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

#include "domain/Bic.h"
#include "domain/CustomerCheck.h"
#include "domain/Iban.h"
#include "domain/VatId.h"
#include "domain/PaymentMethod.h"
#include "followup/FollowupTimer.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QRegularExpression>

namespace settle {

namespace {

constexpr int MaxIntervalMinutes = 24 * 60;

// "bank_transfer" -> "Bank transfer": how the documents print it, and still readable by
// paymentMethodFromString (so English whatever the app's language; the box shows it translated).
QString methodLabel(PaymentMethod method)
{
    QString name = toString(method).replace(u'_', u' ');
    return name.left(1).toUpper() + name.mid(1);
}

bool isTrue(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true" || v == u"yes" || v == u"1";
}

QString hostProblem(const QString& host)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.["
                                                        "A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    static const QRegularExpression ipv6(QStringLiteral("^\\[?[0-9A-Fa-f:.]+\\]?$"));
    if (host.isEmpty() || name.match(host).hasMatch() || (host.contains(u':') && ipv6.match(host).hasMatch()))
        return {};
    return SettingsPage::tr("“%1” is not a server name (such as smtp.example.com).").arg(host);
}

QString singleAddressProblem(const QString& address)
{
    if (address.contains(u',') || address.contains(u';'))
        return SettingsPage::tr("One address only.");
    return CustomerCheck::emailListProblem(address);
}

} // namespace

SettingsPage::SettingsPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_session(session), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->paperSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_ui->paperSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_ui->language->addItem(tr("As the system"), QString());
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->documentLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->documentLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->smtpSecurity->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_ui->smtpSecurity->addItem(tr("SSL/TLS (port 465)"), QStringLiteral("ssl"));
    m_ui->smtpSecurity->addItem(tr("None (a server on this computer only)"), QStringLiteral("none"));

    auto* methods = new QGridLayout(m_ui->paymentMethods);
    methods->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const QString& name : paymentMethodNames()) {
        const auto method = paymentMethodFromString(name);
        auto* box = new QCheckBox(CoreLabels::paymentMethod(*method), m_ui->paymentMethods);
        box->setObjectName(QStringLiteral("method_") + name);
        box->setProperty("method", name);
        methods->addWidget(box, index / 4, index % 4);
        m_methods << box;
        ++index;
    }

    // The reason beside each field that can be wrong.
    for (auto [form, field] : {std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->companyName)},
                               std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->logoPreview)},
                               std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->iban)},
                               std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->bic)},
                               std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->vatId)},
                               std::pair{m_ui->companyForm, static_cast<QWidget*>(m_ui->invoicePrefix)},
                               std::pair{m_ui->smtpForm, static_cast<QWidget*>(m_ui->smtpHost)},
                               std::pair{m_ui->smtpForm, static_cast<QWidget*>(m_ui->smtpPort)},
                               std::pair{m_ui->smtpForm, static_cast<QWidget*>(m_ui->smtpFrom)},
                               std::pair{m_ui->smtpForm, static_cast<QWidget*>(m_ui->smtpReplyTo)},
                               std::pair{m_ui->followupForm, static_cast<QWidget*>(m_ui->followupInterval)}})
        m_errors.insert(field, FormErrors::addBelow(form, field));
    for (QLineEdit* edit : {m_ui->companyName, m_ui->iban, m_ui->bic, m_ui->vatId, m_ui->invoicePrefix, m_ui->smtpHost, m_ui->smtpPort,
                            m_ui->smtpUser, m_ui->smtpFrom, m_ui->smtpReplyTo, m_ui->followupInterval})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_ui->smtpSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const QString security = m_ui->smtpSecurity->currentData().toString();
        m_ui->smtpPort->setPlaceholderText(security == u"ssl"    ? QStringLiteral("465")
                                           : security == u"none" ? QStringLiteral("25")
                                                                 : QStringLiteral("587"));
    });

    m_policies = new PolicyEditor(session, m_ui->policyArea);
    auto* policyLayout = new QVBoxLayout(m_ui->policyArea);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(m_policies);
    m_terms = new TermsEditor(session, m_ui->termsTab);
    m_ui->termsTabLayout->addWidget(m_terms);

    connect(m_ui->chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_ui->removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPath.clear();
        m_logoProblem.clear();
        updateLogoPreview();
        validate();
    });
    connect(m_ui->save, &QPushButton::clicked, this, &SettingsPage::save);
    // Terms and policies are saved by their own buttons; Save Settings does not apply to them.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        const QWidget* tab = m_ui->tabs->currentWidget();
        m_ui->save->setVisible(tab != m_ui->termsTab);
    });
    connect(&m_session, &LedgerSession::opened, this, &SettingsPage::load);
    if (m_session.isOpen()) // a window made while a ledger is open
        load();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::message() const
{
    return m_ui->message->text();
}

QBoxLayout* SettingsPage::smtpTestSlot() const
{
    return m_ui->smtpTestRow;
}

void SettingsPage::showTab(const QString& objectName)
{
    if (auto* tab = m_ui->tabs->findChild<QWidget*>(objectName))
        m_ui->tabs->setCurrentWidget(tab);
}

void SettingsPage::load()
{
    if (!m_session.isOpen())
        return;
    const Ledger& ledger = m_session.ledger();
    auto value = [&](const char* key, const QString& fallback = {}) {
        return ledger.setting(QString::fromLatin1(key), fallback);
    };
    m_ui->companyName->setText(value("company.name"));
    m_ui->address->setPlainText(value("company.address"));
    m_ui->paymentDetails->setPlainText(value("company.payment_details"));
    // Stored without spaces; shown in groups of four, as it is printed.
    m_ui->iban->setText(Iban::grouped(ledger.setting(SettingKeys::CompanyIban)));
    m_ui->bic->setText(ledger.setting(SettingKeys::CompanyBic));
    m_ui->vatId->setText(ledger.setting(SettingKeys::CompanyVatId));
    m_ui->currency->setText(ledger.companyCurrency());
    m_ui->invoicePrefix->setText(value("invoice.prefix", QStringLiteral("INV-")));
    m_ui->paperSize->setCurrentIndex(
        qMax(0, m_ui->paperSize->findData(value("company.paper_size", QStringLiteral("A4")))));
    m_ui->documentLanguage->setCurrentIndex(
        qMax(0, m_ui->documentLanguage->findData(value("company.language", QStringLiteral("en")))));
    QSet<QString> accepted;
    for (const QString& part : value("company.payment_methods").split(u',', Qt::SkipEmptyParts))
        if (const auto method = paymentMethodFromString(part))
            accepted.insert(toString(*method));
    for (QCheckBox* box : std::as_const(m_methods))
        box->setChecked(accepted.contains(box->property("method").toString()));
    m_logoPath = value("company.logo");
    m_logoProblem.clear();
    updateLogoPreview();

    m_ui->smtpHost->setText(value("smtp.host"));
    m_ui->smtpPort->setText(value("smtp.port"));
    m_ui->smtpSecurity->setCurrentIndex(
        qMax(0, m_ui->smtpSecurity->findData(
                    value("smtp.security", QStringLiteral("starttls")).trimmed().toLower())));
    m_ui->smtpUser->setText(value("smtp.user"));
    m_ui->smtpFrom->setText(value("smtp.from"));
    m_ui->smtpReplyTo->setText(value("smtp.reply_to"));
    m_ui->smtpBccSelf->setChecked(isTrue(value("smtp.bcc_self")));

    m_ui->followupInterval->setText(
        value("followups.interval_minutes", QString::number(FollowupTimer::DefaultIntervalMinutes)));
    m_ui->autoSend->setChecked(isTrue(value("followups.auto_send")));
    m_ui->attachInvoices->setChecked(isTrue(ledger.setting(SettingKeys::FollowupsAttachInvoices,
                                                           SettingKeys::FollowupsAttachInvoices.defaultValue())));
    m_ui->paymentsThankYou->setChecked(
        isTrue(ledger.setting(SettingKeys::PaymentsThankYou, SettingKeys::PaymentsThankYou.defaultValue())));

    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(m_settings.language())));
    m_ui->followupTimer->setChecked(m_settings.followupTimerEnabled());
    m_ui->message->clear();
    m_policies->load();
    m_terms->reload();
    validate();
    m_savedValues = allValues();
}

QList<std::pair<QString, QString>> SettingsPage::allValues() const
{
    QList<std::pair<QString, QString>> values = ledgerValues();
    // As typed: a half-typed interval is a change too.
    values.append({QStringLiteral("followups.interval_minutes (typed)"), m_ui->followupInterval->text().trimmed()});
    values.append({QStringLiteral("personal.language"), m_ui->language->currentData().toString()});
    values.append({QStringLiteral("personal.followup_timer"),
                   m_ui->followupTimer->isChecked() ? QStringLiteral("true") : QStringLiteral("false")});
    return values;
}

bool SettingsPage::isModified() const
{
    return m_session.isOpen() && allValues() != m_savedValues;
}

bool SettingsPage::mayLeave()
{
    if (!isModified())
        return true;
    switch (MessageBox::askToSave(this, tr("Save the Settings?"),
                                  tr("The settings have changes that are not saved. Save them?"))) {
    case MessageBox::Choice::Save:
        return save();
    case MessageBox::Choice::Discard:
        load();
        return true;
    case MessageBox::Choice::Cancel:
        break;
    }
    return false;
}

void SettingsPage::updateLogoPreview()
{
    const QImage logo = m_logoPath.isEmpty() ? QImage() : QImageReader(m_logoPath).read();
    if (logo.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(m_logoPath.isEmpty() ? tr("No logo") : tr("Cannot read"));
    } else {
        const QSize box = m_ui->logoPreview->size() - QSize(8, 8);
        m_ui->logoPreview->setPixmap(
            QPixmap::fromImage(logo.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_ui->logoPreview->setToolTip(m_logoPath);
    m_ui->removeLogo->setEnabled(!m_logoPath.isEmpty());
}

void SettingsPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the Company Logo"), m_settings.lastFolder(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    setLogoFile(path);
}

bool SettingsPage::setLogoFile(const QString& path)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        // The previous logo stays; the reason shows beside it.
        m_logoProblem =
            tr("%1 is not a PNG or JPEG image (%2).").arg(QFileInfo(path).fileName(), reader.errorString());
        validate();
        return false;
    }
    m_logoProblem.clear();
    // Documents read the file when they are made (CompanyProfile), so the path must stay valid.
    m_logoPath = QFileInfo(path).absoluteFilePath();
    updateLogoPreview();
    validate();
    return true;
}

QString SettingsPage::paymentMethodsText() const
{
    QStringList names;
    for (const QCheckBox* box : m_methods)
        if (box->isChecked())
            names << methodLabel(*paymentMethodFromString(box->property("method").toString()));
    return names.join(QStringLiteral(", "));
}

SettingsPage::SmtpFields SettingsPage::smtpFields() const
{
    return SmtpFields{m_ui->smtpHost->text().trimmed(),
                      m_ui->smtpPort->text().trimmed(),
                      m_ui->smtpSecurity->currentData().toString(),
                      m_ui->smtpUser->text().trimmed(),
                      m_ui->smtpFrom->text().trimmed(),
                      m_ui->smtpReplyTo->text().trimmed(),
                      m_ui->smtpBccSelf->isChecked()};
}

QList<std::pair<QString, QString>> SettingsPage::ledgerValues() const
{
    const SmtpFields smtp = smtpFields();
    return {
        {SettingKeys::CompanyName, m_ui->companyName->text().trimmed()},
        {SettingKeys::CompanyAddress, m_ui->address->toPlainText().trimmed()},
        {SettingKeys::CompanyLogo, m_logoPath},
        {SettingKeys::CompanyPaymentDetails, m_ui->paymentDetails->toPlainText().trimmed()},
        {SettingKeys::CompanyPaymentMethods, paymentMethodsText()},
        // As the ledger stores them, so that a typed space alone is no change.
        {SettingKeys::CompanyIban, Iban::normalised(m_ui->iban->text())},
        {SettingKeys::CompanyBic, Bic::normalised(m_ui->bic->text())},
        {SettingKeys::CompanyVatId, m_ui->vatId->text().trimmed()},
        {SettingKeys::InvoicePrefix, m_ui->invoicePrefix->text().trimmed()},
        {SettingKeys::CompanyPaperSize, m_ui->paperSize->currentData().toString()},
        {SettingKeys::CompanyLanguage, m_ui->documentLanguage->currentData().toString()},
        {SettingKeys::SmtpHost, smtp.host},
        {SettingKeys::SmtpPort, smtp.port},
        {SettingKeys::SmtpSecurity, smtp.security},
        {SettingKeys::SmtpUser, smtp.user},
        {SettingKeys::SmtpFrom, smtp.from},
        {SettingKeys::SmtpReplyTo, smtp.replyTo},
        {SettingKeys::SmtpBccSelf, smtp.bccSelf ? QStringLiteral("true") : QStringLiteral("false")},
        {SettingKeys::FollowupsIntervalMinutes,
         QString::number(m_ui->followupInterval->text().trimmed().toInt())},
        {SettingKeys::FollowupsAutoSend,
         m_ui->autoSend->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {SettingKeys::FollowupsAttachInvoices,
         m_ui->attachInvoices->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
        {SettingKeys::PaymentsThankYou,
         m_ui->paymentsThankYou->isChecked() ? QStringLiteral("true") : QStringLiteral("false")},
    };
}

QStringList SettingsPage::problems() const
{
    QStringList problems;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        if (!it.value()->text().isEmpty())
            problems << it.value()->text();
    return problems;
}

void SettingsPage::validate()
{
    auto mark = [this](QWidget* field, const QString& problem) {
        FieldState::mark(field, m_errors.value(field), problem.isEmpty(), problem);
    };
    mark(m_ui->companyName,
         m_ui->companyName->text().trimmed().isEmpty() ? tr("The company needs a name.") : QString());
    mark(m_ui->logoPreview, m_logoProblem);
    // The checks the ledger makes (SettingRules), so the reason here is the one settle-cli gives.
    auto sentence = [](const QString& problem) { return problem.isEmpty() ? problem : problem + u'.'; };
    const QString iban = m_ui->iban->text().trimmed();
    mark(m_ui->iban, iban.isEmpty() ? QString() : sentence(Iban::problem(iban)));
    const QString bic = m_ui->bic->text().trimmed();
    mark(m_ui->bic, bic.isEmpty() ? QString() : sentence(Bic::problem(bic)));
    mark(m_ui->vatId, sentence(VatId::problem(m_ui->vatId->text())));
    const QString prefix = m_ui->invoicePrefix->text().trimmed();
    // Invoice numbers are the prefix and a counter: a prefix ending in a digit would run into it.
    mark(m_ui->invoicePrefix,
         prefix.isEmpty()     ? tr("Invoice numbers need a prefix (such as INV-).")
         : prefix.size() > 12 ? tr("At most 12 characters.")
         : prefix.contains(QRegularExpression(QStringLiteral("\\s"))) ? tr("No spaces in the prefix.")
         : prefix.back().isDigit() ? tr("The prefix cannot end in a digit; the number follows it.")
                                   : QString());

    const SmtpFields smtp = smtpFields();
    mark(m_ui->smtpHost, hostProblem(smtp.host));
    QString portProblem;
    if (!smtp.port.isEmpty()) {
        bool ok = false;
        const int port = smtp.port.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            portProblem = tr("“%1” is not a port number (1 to 65535).").arg(smtp.port);
    }
    mark(m_ui->smtpPort, portProblem);
    QString fromProblem = singleAddressProblem(smtp.from);
    if (fromProblem.isEmpty() && smtp.from.isEmpty() && !smtp.host.isEmpty())
        fromProblem = tr("Emails need a sender address.");
    mark(m_ui->smtpFrom, fromProblem);
    mark(m_ui->smtpReplyTo, singleAddressProblem(smtp.replyTo));

    bool ok = false;
    const int minutes = m_ui->followupInterval->text().trimmed().toInt(&ok);
    mark(m_ui->followupInterval, ok && minutes >= 1 && minutes <= MaxIntervalMinutes
                                     ? QString()
                                     : tr("A whole number of minutes from 1 to %1.").arg(MaxIntervalMinutes));
}

bool SettingsPage::save()
{
    if (!m_session.isOpen())
        return false;
    validate();
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        // Nothing is written and nothing typed is lost.
        m_ui->message->setText(tr("Not saved: %1").arg(wrong.join(QStringLiteral(" "))));
        return false;
    }
    if (!Guarded::run([&] { m_session.ledger().setSettings(ledgerValues()); },
                      [&](const QString& why) { m_ui->message->setText(tr("Not saved: %1").arg(why)); }))
        return false;
    m_settings.setLanguage(m_ui->language->currentData().toString());
    m_settings.setFollowupTimerEnabled(m_ui->followupTimer->isChecked());
    m_ui->message->setText(tr("Saved."));
    m_savedValues = allValues();
    Q_EMIT settingsSaved();
    return true;
}

} // namespace settle
