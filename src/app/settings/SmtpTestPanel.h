#pragma once

#include "settings/SettingsPage.h"

#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace settle {

class LedgerSession;

// "Send test email" below the SMTP settings: sends one short message from the From
// address to itself with the fields as typed — saved or not — through SmtpClient on a worker thread,
// and shows the server's answer in place. It saves nothing: a wrong port or password changes no
// setting. The password typed here is used for this test only; left empty, the keyring's (or
// SETTLE_SMTP_PASSWORD) is used, as when sending for real.
class SmtpTestPanel : public QWidget
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool accepted = false;
        QString text; // the server's answer, or why nothing was sent
    };

    SmtpTestPanel(SettingsPage& settings, LedgerSession& session, QWidget* parent = nullptr);
    ~SmtpTestPanel() override;

    QPushButton* button() const { return m_button; }
    QLineEdit* passwordField() const { return m_password; }
    QString answer() const;
    bool isRunning() const { return m_watcher.isRunning(); }

    // The SMTP settings the fields stand for (with the ledger's smtp.ca_file and smtp.timeout), or
    // the reason they are not usable, naming the field.
    static SmtpSettings settingsFrom(const SettingsPage::SmtpFields& fields, const QString& companyName,
                                     QString* problem);
    // The test message, sent from the worker thread.
    static Outcome send(const SmtpSettings& settings, const QString& password);

public Q_SLOTS:
    // False when the fields are not usable (the reason is shown) or a test is running.
    bool sendTest();

Q_SIGNALS:
    void finished(bool accepted);

private:
    void show(const QString& text, bool good);
    void done();

    SettingsPage& m_settings;
    LedgerSession& m_session;
    QLineEdit* m_password;
    QPushButton* m_button;
    QLabel* m_answer;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace settle
