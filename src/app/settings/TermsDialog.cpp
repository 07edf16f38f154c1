#include "settings/TermsDialog.h"
#include "ui_TermsDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/FieldState.h"
#include "widgets/FormErrors.h"
#include "widgets/Guarded.h"

#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"
#include "terms/TermsCatalog.h"

#include <QPushButton>

#include <limits>

namespace settle {

namespace {

constexpr int PercentScale = 4; // Rate: millionths = percent × 10^4
constexpr int FeeScale = 6;     // PaymentTerms::lateFeeMicros

// Empty means 0; otherwise a whole number in [low, high].
std::optional<int> wholeIn(const QString& text, int low, int high)
{
    if (text.trimmed().isEmpty())
        return 0;
    bool ok = false;
    const int value = QLocale().toInt(text.trimmed(), &ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

TermsDialog::TermsDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TermsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Payment Term"));
    m_ui->rule->addItem(tr("Net: days after the issue date"),
                        QVariant::fromValue(int(PaymentTerms::DueRule::Net)));
    m_ui->rule->addItem(tr("End of month: days after the end of the issue month"),
                        QVariant::fromValue(int(PaymentTerms::DueRule::EndOfMonth)));
    m_ui->rule->addItem(tr("Proximo: a day of the following month"),
                        QVariant::fromValue(int(PaymentTerms::DueRule::Proximo)));
    m_ui->days->setText(QStringLiteral("30"));
    for (QLineEdit* edit : {m_ui->name, m_ui->days, m_ui->dayOfMonth, m_ui->discount, m_ui->discountDays,
                            m_ui->interest, m_ui->graceDays, m_ui->lateFee}) {
        m_errors.insert(edit, FormErrors::addBelow(m_ui->form, edit));
        connect(edit, &QLineEdit::textChanged, this, &TermsDialog::validate);
    }
    connect(m_ui->rule, &QComboBox::currentIndexChanged, this, &TermsDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TermsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

TermsDialog::~TermsDialog() = default;

QLineEdit* TermsDialog::field(const QString& objectName) const
{
    return findChild<QLineEdit*>(objectName);
}

QString TermsDialog::message() const
{
    return m_ui->message->text();
}

void TermsDialog::editTerms(const TermsRepository::Stored& stored)
{
    m_editing = stored;
    setWindowTitle(tr("Edit Payment Term %1").arg(stored.terms.name));
    const PaymentTerms& t = stored.terms;
    const QLocale locale;
    m_ui->name->setText(t.name);
    m_ui->rule->setCurrentIndex(qMax(0, m_ui->rule->findData(int(t.rule))));
    m_ui->days->setText(QString::number(t.days));
    m_ui->dayOfMonth->setText(t.dayOfMonth == 0 ? QString() : QString::number(t.dayOfMonth));
    m_ui->discount->setText(t.discount.isZero()
                                ? QString()
                                : LocaleAmount::formatScaled(t.discount.millionths(), PercentScale, locale));
    m_ui->discountDays->setText(t.discountDays == 0 ? QString() : QString::number(t.discountDays));
    m_ui->interest->setText(
        t.annualInterest.isZero()
            ? QString()
            : LocaleAmount::formatScaled(t.annualInterest.millionths(), PercentScale, locale));
    m_ui->graceDays->setText(t.graceDays == 0 ? QString() : QString::number(t.graceDays));
    m_ui->lateFee->setText(
        t.lateFeeMicros == 0 ? QString() : LocaleAmount::formatScaled(t.lateFeeMicros, FeeScale, locale));
    validate();
}

std::optional<PaymentTerms> TermsDialog::terms() const
{
    const QLocale locale;
    PaymentTerms t;
    t.name = m_ui->name->text().trimmed();
    t.rule = PaymentTerms::DueRule(m_ui->rule->currentData().toInt());
    const auto days = wholeIn(m_ui->days->text(), 0, 3650);
    const auto dayOfMonth = wholeIn(m_ui->dayOfMonth->text(), 1, 31);
    const auto discountDays = wholeIn(m_ui->discountDays->text(), 0, 3650);
    const auto graceDays = wholeIn(m_ui->graceDays->text(), 0, 3650);
    qint64 discount = 0, interest = 0, fee = 0;
    auto scaled = [&](QLineEdit* edit, int scale, qint64* out) {
        return edit->text().trimmed().isEmpty() ||
               LocaleAmount::parseScaled(edit->text(), scale, locale, out).isEmpty();
    };
    if (!days || !dayOfMonth || !discountDays || !graceDays ||
        !scaled(m_ui->discount, PercentScale, &discount) ||
        !scaled(m_ui->interest, PercentScale, &interest) || !scaled(m_ui->lateFee, FeeScale, &fee))
        return std::nullopt;
    t.days = t.rule == PaymentTerms::DueRule::Proximo ? 0 : *days;
    t.dayOfMonth = t.rule == PaymentTerms::DueRule::Proximo ? *dayOfMonth : 0;
    t.discount = Rate::fromMillionths(discount);
    t.discountDays = *discountDays;
    t.annualInterest = Rate::fromMillionths(interest);
    t.graceDays = *graceDays;
    t.lateFeeMicros = fee;
    if (!t.problems().isEmpty())
        return std::nullopt;
    return t;
}

void TermsDialog::validate()
{
    const QLocale locale;
    const bool proximo =
        PaymentTerms::DueRule(m_ui->rule->currentData().toInt()) == PaymentTerms::DueRule::Proximo;
    m_ui->days->setEnabled(!proximo);
    m_ui->dayOfMonth->setEnabled(proximo);
    auto mark = [this](QLineEdit* edit, const QString& problem) {
        FieldState::mark(edit, m_errors.value(edit), problem.isEmpty(), problem);
    };
    mark(m_ui->name, m_ui->name->text().trimmed().isEmpty()     ? tr("The term needs a name.")
                     : m_ui->name->text().trimmed().size() > 60 ? tr("At most 60 characters.")
                                                                : QString());
    mark(m_ui->days, proximo || wholeIn(m_ui->days->text(), 0, 3650)
                         ? QString()
                         : tr("A whole number of days from 0 to 3650."));
    mark(m_ui->dayOfMonth, !proximo || (!m_ui->dayOfMonth->text().trimmed().isEmpty() &&
                                        wholeIn(m_ui->dayOfMonth->text(), 1, 31))
                               ? QString()
                               : tr("A day from 1 to 31."));
    mark(m_ui->discountDays,
         wholeIn(m_ui->discountDays->text(), 0, 3650) ? QString() : tr("A whole number of days, 0 or more."));
    mark(m_ui->graceDays,
         wholeIn(m_ui->graceDays->text(), 0, 3650) ? QString() : tr("A whole number of days, 0 or more."));
    // What was typed and why it is no number comes first ("12,50" in English groups no thousands);
    // the range after that.
    auto number = [&](QLineEdit* edit, int scale, qint64 low, qint64 below, const QString& why) {
        if (edit->text().trimmed().isEmpty())
            return mark(edit, QString());
        qint64 value = 0;
        const QString problem = LocaleAmount::parseScaled(edit->text(), scale, locale, &value);
        mark(edit, !problem.isEmpty() ? tr("%1 — %2").arg(problem, why)
                   : value < low || value >= below ? why
                                                   : QString());
    };
    number(m_ui->discount, PercentScale, 0, Rate::Scale, tr("A percentage from 0 to less than 100."));
    number(m_ui->interest, PercentScale, 0, 1000 * 10'000, tr("A yearly percentage from 0 to less than 1000."));
    number(m_ui->lateFee, FeeScale, 0, std::numeric_limits<qint64>::max(), tr("An amount of 0 or more."));
    const auto t = terms();
    m_ui->summary->setText(t ? CoreLabels::termsDescription(*t) : QString());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(t.has_value());
}

bool TermsDialog::save()
{
    const auto t = terms();
    if (!t) {
        m_ui->message->setText(tr("Fix the marked fields first."));
        return false;
    }
    if (!Guarded::run(
            [&] {
                TermsCatalog catalog(m_session.ledger());
                if (m_editing) {
                    TermsRepository::Stored changed = *m_editing;
                    changed.terms = *t;
                    catalog.update(changed);
                } else {
                    catalog.add(*t);
                }
            },
            [&](const QString& why) { m_ui->message->setText(why); }))
        return false;
    Q_EMIT saved(t->name);
    accept();
    return true;
}

} // namespace settle
