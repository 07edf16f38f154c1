#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

class QBoxLayout;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace settle {

class AppSettings;
class LedgerSession;
class PolicyEditor;
class TermsEditor;

// The settings kept in the ledger — company profile, SMTP server, the follow-up timer, payment
// terms, reminder policies — and the personal choices kept on this computer. Every field
// is checked as it is typed, with the reason beside it; Save writes every changed ledger setting in
// one audited transaction, and a refused save keeps what was typed.
//
// Ledger keys: company.name, company.address, company.logo (the path of a PNG or JPEG, as the
// documents read it), company.payment_details, company.payment_methods ("Bank transfer, Card"),
// invoice.prefix, company.paper_size (A4 / Letter), company.language (documents and new customers),
// smtp.host, smtp.port, smtp.security (none / starttls / ssl), smtp.user, smtp.from, smtp.reply_to,
// smtp.bcc_self (true / false), followups.interval_minutes, followups.auto_send (true / false),
// company.iban (mod-97 checked, shown in groups of four), company.bic, company.vat_id,
// followups.attach_invoices and payments.thank_you (true / false).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    // The SMTP fields as typed (not necessarily saved): what a "Send test email" button tries.
    struct SmtpFields
    {
        QString host;
        QString port;     // empty: the security's default port
        QString security; // none, starttls, ssl
        QString user;
        QString from;
        QString replyTo;
        bool bccSelf = false;
    };

    SettingsPage(LedgerSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsPage() override;

    PolicyEditor* policyEditor() const { return m_policies; }
    TermsEditor* termsEditor() const { return m_terms; }
    QString message() const;
    // Every problem the fields have now; empty when Save would go ahead.
    QStringList problems() const;
    SmtpFields smtpFields() const;
    // Where the "Send test email" button belongs, below the SMTP fields (added when sending exists).
    QBoxLayout* smtpTestSlot() const;
    void showTab(const QString& objectName);
    // True when a field differs from what was loaded or last saved.
    bool isModified() const;
    // Before the page is left or the window closes: with unsaved changes, asks Save / Discard / Cancel.
    // False when the bookkeeper stays (Cancel) or the save is refused (the reason is shown).
    bool mayLeave();

public Q_SLOTS:
    void load();
    // True when every changed setting was written.
    bool save();
    void chooseLogo();
    // Takes an image file as the company logo (shown at once, stored on Save); false when it is not an image.
    bool setLogoFile(const QString& path);

Q_SIGNALS:
    // After a save that wrote the ledger: the follow-up timer reads its interval again.
    void settingsSaved();

private:
    void validate();
    void updateLogoPreview();
    QList<std::pair<QString, QString>> ledgerValues() const;
    QString paymentMethodsText() const;
    // Everything the page saves, the personal choices included, to tell whether anything changed.
    QList<std::pair<QString, QString>> allValues() const;

    std::unique_ptr<Ui::SettingsPage> m_ui;
    LedgerSession& m_session;
    AppSettings& m_settings;
    PolicyEditor* m_policies;
    TermsEditor* m_terms;
    QList<QCheckBox*> m_methods;
    QHash<QWidget*, QLabel*> m_errors;
    QString m_logoPath;
    QString m_logoProblem;
    QList<std::pair<QString, QString>> m_savedValues;
};

} // namespace settle
