#include "settings/SmtpTestPanel.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"

#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "mail/MailAddress.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpPassword.h"
#include "ledger/SettingKeys.h"

#include <QBoxLayout>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace settle {

SmtpTestPanel::SmtpTestPanel(SettingsPage& settings, LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_session(session), m_password(new QLineEdit(this)),
      m_button(new QPushButton(tr("Send Test Email"), this)), m_answer(new QLabel(this))
{
    setObjectName(QStringLiteral("smtpTestPanel"));
    m_password->setObjectName(QStringLiteral("smtpTestPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password for the test (empty: the keyring's)"));
    m_password->setAccessibleName(tr("SMTP password for the test email"));
    m_password->setToolTip(
        tr("Used for this test only and never stored. Settle sends with the password in the "
           "system keyring (see docs/EMAIL.md)."));
    m_button->setObjectName(QStringLiteral("smtpTestButton"));
    m_button->setToolTip(
        tr("Send a short message from the From address to itself with the settings as typed"));
    m_answer->setObjectName(QStringLiteral("smtpTestAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_password, 1);
    row->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_answer);

    connect(m_button, &QPushButton::clicked, this, &SmtpTestPanel::sendTest);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SmtpTestPanel::done);
    if (QBoxLayout* slot = settings.smtpTestSlot())
        slot->addWidget(this);
}

SmtpTestPanel::~SmtpTestPanel()
{
    m_watcher.waitForFinished();
}

QString SmtpTestPanel::answer() const
{
    return m_answer->isHidden() ? QString() : m_answer->text();
}

void SmtpTestPanel::show(const QString& text, bool good)
{
    m_answer->setText(text);
    // Colours that read on the palette in use, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_answer->setStyleSheet(good ? QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#7ddc8f") : QStringLiteral("#1b7a2e"))
                                 : FieldState::problemStyle(this));
    m_answer->setVisible(!text.isEmpty());
}

SmtpSettings SmtpTestPanel::settingsFrom(const SettingsPage::SmtpFields& fields, const QString& companyName,
                                         QString* problem)
{
    SmtpSettings s;
    auto refuse = [&](const QString& text) {
        if (problem && problem->isEmpty())
            *problem = text;
    };
    s.host = fields.host;
    if (s.host.isEmpty())
        refuse(tr("Enter the SMTP server first."));
    s.security = fields.security == u"none"  ? SmtpSettings::Security::None
                 : fields.security == u"ssl" ? SmtpSettings::Security::Ssl
                                             : SmtpSettings::Security::StartTls;
    s.port = SmtpSettings::defaultPort(s.security);
    if (!fields.port.isEmpty()) {
        bool ok = false;
        s.port = fields.port.toInt(&ok);
        if (!ok || s.port < 1 || s.port > 65535)
            refuse(tr("Port: “%1” is not a port number (1 to 65535).").arg(fields.port));
    }
    s.user = fields.user;
    s.replyTo = fields.replyTo;
    if (fields.from.isEmpty()) {
        refuse(tr("Enter the From address first: the test email goes from it to itself."));
    } else {
        Guarded::run(
            [&] {
                MailAddress sender = MailAddress::parse(fields.from, tr("From address"));
                if (sender.name.isEmpty())
                    sender.name = companyName;
                s.from = sender.name.isEmpty() ? sender.address
                                               : QStringLiteral("\"%1\" <%2>")
                                                     .arg(QString(sender.name).remove(u'"'), sender.address);
            },
            [&](const QString& why) { refuse(why); });
    }
    return s;
}

SmtpTestPanel::Outcome SmtpTestPanel::send(const SmtpSettings& settings, const QString& password)
{
    Outcome outcome;
    try {
        const MailAddress from = MailAddress::parse(settings.from, QStringLiteral("from"));
        MimeMessage::Content content;
        content.from = settings.from;
        content.to = from.address;
        content.replyTo = settings.replyTo;
        content.subject = tr("Settle test email");
        content.text =
            tr("This is a test message from Settle. The SMTP settings work: server %1, port %2, %3.\n")
                .arg(settings.host)
                .arg(settings.port)
                .arg(SmtpSettings::securityName(settings.security));
        content.date = QDateTime::currentDateTimeUtc();
        content.messageId = MimeMessage::newMessageId(from.domain());
        const MimeMessage mime(content);
        const SmtpClient::Result result =
            SmtpClient(settings, password)
                .send(mime.from().address, mime.envelopeRecipients(), mime.toBytes());
        outcome.accepted = result.kind == SmtpClient::Result::Kind::Accepted;
        outcome.text = outcome.accepted
                           ? tr("Sent to %1. The server answered: %2")
                                 .arg(from.address, result.reply.isEmpty() ? result.message : result.reply)
                           : result.message;
    } catch (const std::exception& error) {
        outcome.text = Guarded::textOf(error);
    }
    return outcome;
}

bool SmtpTestPanel::sendTest()
{
    if (isRunning())
        return false;
    QString problem;
    QString company, caFile, timeout;
    if (m_session.isOpen()) {
        company = m_session.ledger().setting(SettingKeys::CompanyName).trimmed();
        caFile = m_session.ledger().setting(SettingKeys::SmtpCaFile).trimmed();
        timeout = m_session.ledger().setting(SettingKeys::SmtpTimeout).trimmed();
    }
    SmtpSettings settings = settingsFrom(m_settings.smtpFields(), company, &problem);
    if (!problem.isEmpty()) {
        show(problem, false);
        return false;
    }
    settings.caFile = caFile;
    if (timeout.toInt() > 0)
        settings.timeoutSeconds = timeout.toInt();
    show(tr("Sending a test email to %1…")
             .arg(MailAddress::parse(settings.from, QStringLiteral("from")).address),
         true);
    m_button->setEnabled(false);
    // The keyring is asked here, not on the worker: Qt6Keychain's jobs crash on a pooled thread.
    QString password = m_password->text();
    if (password.isEmpty() && !settings.user.isEmpty())
        password = SmtpPassword::lookup(settings.user, settings.host).password;
    m_watcher.setFuture(QtConcurrent::run([settings, password] { return send(settings, password); }));
    return true;
}

void SmtpTestPanel::done()
{
    const Outcome outcome = m_watcher.result();
    show(outcome.text, outcome.accepted);
    m_button->setEnabled(true);
    Q_EMIT finished(outcome.accepted);
}

} // namespace settle
