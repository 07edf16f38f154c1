#include "customers/CustomerDialog.h"
#include "ui_CustomerDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"

#include "domain/CustomerCheck.h"
#include "ledger/Ledger.h"
#include "templates/TemplateLibrary.h"
#include "widgets/Guarded.h"
#include "ledger/SettingKeys.h"

#include <QRegularExpression>
#include <QSet>

#include <QPushButton>

namespace settle {

CustomerDialog::CustomerDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CustomerDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    Ledger& ledger = m_session.ledger();
    const QString company = ledger.companyCurrency();
    QStringList currencies{company};
    for (const char* code : {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY"})
        if (!currencies.contains(QLatin1String(code)))
            currencies << QString::fromLatin1(code);
    m_ui->currency->addItems(currencies);
    for (const auto& terms : ledger.paymentTerms())
        m_ui->terms->addItem(terms.name);
    m_ui->terms->setCurrentText(QStringLiteral("Net 30"));
    m_ui->policy->addItems(ledger.policyNames());
    m_ui->policy->setCurrentText(QStringLiteral("Standard"));
    loadLanguages();
    const QString companyLanguage = ledger.setting(SettingKeys::CompanyLanguage, QStringLiteral("en"));
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(companyLanguage)));
    // The e-invoice the customer's invoices are sent as (docs/EINVOICE.md); the data is the stored name.
    m_ui->einvoice->addItem(tr("None (the PDF)"), QString());
    m_ui->einvoice->addItem(tr("Factur-X / ZUGFeRD (PDF with XML)"), QStringLiteral("factur-x"));
    m_ui->einvoice->addItem(tr("XRechnung, CII"), QStringLiteral("xrechnung-cii"));
    m_ui->einvoice->addItem(tr("XRechnung, UBL"), QStringLiteral("xrechnung-ubl"));
    // The next code in the ledger's own pattern, selected so that typing replaces it.
    m_ui->code->setText(suggestCode(ledger.customers()));
    m_ui->code->selectAll();
    m_ui->message->setStyleSheet(FieldState::problemStyle(this));

    for (QLineEdit* field : {m_ui->code, m_ui->name, m_ui->email, m_ui->cc, m_ui->vatId})
        connect(field, &QLineEdit::textChanged, this, &CustomerDialog::validate);
    connect(m_ui->currency, &QComboBox::currentTextChanged, this, &CustomerDialog::validate);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, &CustomerDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CustomerDialog::~CustomerDialog() = default;

QString CustomerDialog::languageName(const QString& code)
{
    // QLocale("en") would say "American English"; a template language has no country.
    if (code == u"en")
        return QStringLiteral("English");
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() ? code : native.left(1).toUpper() + native.mid(1);
}

void CustomerDialog::loadLanguages()
{
    Guarded::run(
        [&] {
            for (const Template& tmpl : TemplateLibrary(m_session.ledger()).all())
                if (!m_templateLanguages.contains(tmpl.language))
                    m_templateLanguages << tmpl.language;
        },
        [&](const QString& why) { m_ui->message->setText(why); });
    if (m_templateLanguages.isEmpty())
        m_templateLanguages << QStringLiteral("en");
    // English first, as Settle ships it, then the others by code.
    std::sort(m_templateLanguages.begin(), m_templateLanguages.end(), [](const QString& a, const QString& b) {
        return (a != u"en") < (b != u"en") || ((a != u"en") == (b != u"en") && a < b);
    });
    for (const QString& language : std::as_const(m_templateLanguages))
        m_ui->language->addItem(languageName(language), language);
}

QString CustomerDialog::languageProblem() const
{
    const QString language = m_ui->language->currentData().toString();
    if (language.isEmpty() || m_templateLanguages.contains(language))
        return {};
    return tr("Settle has no templates in %1: reminders and statements to this customer cannot be written in "
              "it. Choose one of the languages offered.")
        .arg(languageName(language));
}

QString CustomerDialog::suggestCode(const QList<Customer>& customers)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*?)(\\d+)$"));
    // The pattern of the newest customer's code, and the highest number written in it.
    const Customer* newest = nullptr;
    for (const Customer& customer : customers)
        if (pattern.match(customer.code).hasMatch() && (!newest || customer.id > newest->id))
            newest = &customer;
    if (!newest)
        return customers.isEmpty() ? QStringLiteral("C001") : QString();
    const QString prefix = pattern.match(newest->code).captured(1);
    qint64 highest = 0;
    int width = 0;
    QSet<QString> taken;
    for (const Customer& customer : customers) {
        taken.insert(customer.code.toUpper());
        const auto match = pattern.match(customer.code);
        if (match.hasMatch() && match.captured(1) == prefix) {
            highest = qMax(highest, match.captured(2).toLongLong());
            width = qMax(width, int(match.captured(2).size()));
        }
    }
    QString code;
    do
        code = prefix + QStringLiteral("%1").arg(++highest, width, 10, QLatin1Char('0'));
    while (taken.contains(code.toUpper()));
    return code;
}

void CustomerDialog::editCustomer(const QString& code)
{
    m_editing = m_session.ledger().customer(code);
    if (!m_editing)
        return;
    setWindowTitle(tr("Edit Customer %1").arg(code));
    const Customer& c = *m_editing;
    m_ui->code->setText(c.code);
    m_ui->code->setReadOnly(true);
    m_ui->name->setText(c.name);
    m_ui->email->setText(c.email);
    m_ui->cc->setText(c.cc);
    m_ui->phone->setText(c.phone);
    m_ui->address->setPlainText(c.address);
    m_ui->vatId->setText(c.vatId);
    m_ui->buyerReference->setText(c.buyerReference);
    m_ui->einvoice->setCurrentIndex(qMax(0, m_ui->einvoice->findData(c.einvoice)));
    m_ui->currency->setCurrentText(c.currency);
    m_ui->currency->setEnabled(false); // its invoices and payments are in it
    // A retired term stays with the customers that have it: offered here for this one only.
    if (m_ui->terms->findText(c.terms) < 0)
        m_ui->terms->addItem(c.terms);
    m_ui->terms->setCurrentText(c.terms);
    m_ui->policy->setCurrentText(c.policy);
    if (m_ui->language->findData(c.language) < 0 && !c.language.isEmpty())
        m_ui->language->addItem(tr("%1 (no templates)").arg(languageName(c.language)), c.language);
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(c.language)));
    m_ui->notes->setPlainText(c.notes);
    validate();
}

Customer CustomerDialog::customer() const
{
    Customer c = m_editing.value_or(Customer{});
    c.code = m_ui->code->text().trimmed();
    c.name = m_ui->name->text().trimmed();
    c.email = m_ui->email->text().trimmed();
    c.cc = m_ui->cc->text().trimmed();
    c.phone = m_ui->phone->text().trimmed();
    c.address = m_ui->address->toPlainText().trimmed();
    c.vatId = m_ui->vatId->text().trimmed();
    c.buyerReference = m_ui->buyerReference->text().trimmed();
    c.einvoice = m_ui->einvoice->currentData().toString();
    c.currency = m_ui->currency->currentText().trimmed().toUpper();
    c.terms = m_ui->terms->currentText();
    c.policy = m_ui->policy->currentText();
    c.language = m_ui->language->currentData().toString();
    c.notes = m_ui->notes->toPlainText().trimmed();
    return c;
}

void CustomerDialog::validate()
{
    const Customer c = customer();
    const auto problems = CustomerCheck::problems(c);
    auto problemFor = [&](const QString& field) {
        for (const auto& p : problems)
            if (p.field == field)
                return p.message;
        return QString();
    };
    // An empty code or name is not yet an error worth red ink; it only keeps Save disabled.
    FieldState::mark(m_ui->code, c.code.isEmpty() || problemFor(QStringLiteral("code")).isEmpty(),
                     problemFor(QStringLiteral("code")));
    FieldState::mark(m_ui->email, problemFor(QStringLiteral("email")).isEmpty(), problemFor(QStringLiteral("email")));
    FieldState::mark(m_ui->cc, problemFor(QStringLiteral("cc")).isEmpty(), problemFor(QStringLiteral("cc")));
    FieldState::mark(m_ui->vatId, problemFor(QStringLiteral("vat_id")).isEmpty(),
                     problemFor(QStringLiteral("vat_id")));
    FieldState::mark(m_ui->currency, problemFor(QStringLiteral("currency")).isEmpty(),
                     problemFor(QStringLiteral("currency")));
    QString shown;
    for (const auto& p : problems)
        if (!(p.field == u"code" && c.code.isEmpty()) && !(p.field == u"name" && c.name.isEmpty())) {
            shown = p.message;
            break;
        }
    if (shown.isEmpty() && !m_editing && !c.code.isEmpty() && m_session.ledger().customer(c.code)) {
        shown = tr("A customer with the code %1 already exists.").arg(c.code);
        FieldState::mark(m_ui->code, false, shown);
    }
    const QString language = languageProblem();
    FieldState::mark(m_ui->language, language.isEmpty(), language);
    if (shown.isEmpty())
        shown = language;
    m_ui->message->setText(shown);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty() && shown.isEmpty());
}

bool CustomerDialog::canSave() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled();
}

QString CustomerDialog::message() const
{
    return m_ui->message->text();
}

void CustomerDialog::save()
{
    if (!canSave())
        return;
    const Customer c = customer();
    if (!Guarded::run(
            [&] {
                if (m_editing)
                    m_session.ledger().updateCustomer(c);
                else
                    m_session.ledger().addCustomer(c);
            },
            [&](const QString& why) {
                // What the user typed stays; the reason shows where they look.
                m_ui->message->setText(why);
            }))
        return;
    Q_EMIT customerSaved(c.code);
    accept();
}

} // namespace settle
