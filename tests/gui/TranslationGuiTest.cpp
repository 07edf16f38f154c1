#include "GuiFixture.h"

#include "payments/PaymentDialog.h"
#include "settings/SettingsPage.h"
#include "shell/Application.h"
#include "shell/Resources.h"
#include "widgets/CoreLabels.h"
#include "widgets/LocaleDates.h"

#include "domain/PaymentTerms.h"
#include "followup/DefaultPolicy.h"
#include "ledger/Ledger.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

namespace settle::test {

// The .ts files of resources/translations are compiled into the app (qt_add_translations); the
// plural form is chosen by the count (QCoreApplication::translate then puts the number in for %n).
TEST(Translations, GermanIsCompiledInAndCoversTheWindow)
{
    initResources();
    QTranslator german;
    ASSERT_TRUE(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("settle"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    EXPECT_EQ(german.translate("settle::MainWindow", "Customers"), QStringLiteral("Kunden"));
    EXPECT_EQ(german.translate("settle::InvoiceTableModel", "Overdue %n day(s)", nullptr, 3),
              QStringLiteral("%n Tage überfällig"));
    EXPECT_EQ(german.translate("settle::InvoiceTableModel", "Overdue %n day(s)", nullptr, 1),
              QStringLiteral("%n Tag überfällig"));
}

TEST(Translations, EnglishHasItsPluralForms)
{
    initResources();
    QTranslator english;
    ASSERT_TRUE(english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("settle"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(english.translate("settle::InvoicesPage", "%n invoice(s)", nullptr, 1), QStringLiteral("%n invoice"));
    EXPECT_EQ(english.translate("settle::InvoicesPage", "%n invoice(s)", nullptr, 2), QStringLiteral("%n invoices"));
}

namespace {

// The window as a German user gets it: the app's translators as Application installs them, before
// the window is built.
class GermanGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        initResources();
        m_translators =
            Application::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        GuiFixture::SetUp();
    }

    void TearDown() override
    {
        GuiFixture::TearDown();
        for (QTranslator* translator : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QList<QTranslator*> m_translators;
};

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(u'&').simplified();
}

// Every text a user can read on a widget and its children, keyed by where it is, so that the same
// page built in two languages can be compared place by place.
void collectTexts(QWidget* root, const QString& path, QMap<QString, QString>& texts)
{
    if (!root->isVisible())
        return;
    auto add = [&](const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(path + u'/' + what, plain(text));
    };
    if (auto* label = qobject_cast<QLabel*>(root))
        add(QStringLiteral("text"), label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(root))
        add(QStringLiteral("text"), button->text());
    if (auto* group = qobject_cast<QGroupBox*>(root))
        add(QStringLiteral("title"), group->title());
    if (auto* edit = qobject_cast<QLineEdit*>(root))
        add(QStringLiteral("placeholder"), edit->placeholderText());
    if (auto* tabs = qobject_cast<QTabWidget*>(root))
        for (int i = 0; i < tabs->count(); ++i)
            add(QStringLiteral("tab%1").arg(i), tabs->tabText(i));
    if (auto* view = qobject_cast<QAbstractItemView*>(root); view && view->model()) {
        for (int c = 0; c < view->model()->columnCount(); ++c)
            add(QStringLiteral("column%1").arg(c), view->model()->headerData(c, Qt::Horizontal).toString());
    }
    int index = 0;
    for (QObject* child : root->children())
        if (auto* widget = qobject_cast<QWidget*>(child); widget && !widget->isWindow())
            collectTexts(widget,
                         path + u'/' + QString::fromLatin1(widget->metaObject()->className()) + u':' +
                             (widget->objectName().isEmpty() ? QString::number(index++) : widget->objectName()),
                         texts);
}

QMap<QString, QString> pageTexts(MainWindow& window, MainWindow::Page page)
{
    window.showPage(page);
    QTest::qWait(50);
    QMap<QString, QString> texts;
    collectTexts(window.centralWidget(), QString(), texts);
    return texts;
}

} // namespace

TEST_F(GermanGui, PaymentDateIsTypedWithAFourDigitYearAndQtsButtonsAreGerman)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    openLedger();
    PaymentDialog* dialog = m_window->recordPayment(QStringLiteral("C001"));
    ASSERT_NE(dialog, nullptr);
    settle();
    // Qt's own button text comes from qtbase_de.qm (Debian's qt6-translations-l10n).
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));

    // The locale's short format would show (and read) "31.03.26".
    auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("date"));
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->displayFormat(), QStringLiteral("dd.MM.yyyy"));
    EXPECT_EQ(date->text(), QStringLiteral("31.03.2026"));
    // The user selects the day and types the whole date, the year in full.
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("20.03.2026"));
    QTest::keyClick(date, Qt::Key_Tab);
    EXPECT_EQ(date->text(), QStringLiteral("20.03.2026"));
    QTest::keyClicks(dialog->amountField(), QStringLiteral("400,00"));
    settle();
    ASSERT_TRUE(dialog->recordButton()->isEnabled()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();

    const QList<Payment> payments = m_ledger->payments(QStringLiteral("C001"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments.first().date, QDate(2026, 3, 20));
    EXPECT_EQ(payments.first().amount, 40000);
}

TEST_F(GermanGui, TablesShowDatesWithFourDigitYears)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    openLedger();
    m_window->showPage(MainWindow::Page::Invoices);
    settle(50);
    QStringList cells;
    for (QAbstractItemView* each : m_window->centralWidget()->findChildren<QAbstractItemView*>()) {
        if (!each->isVisible() || !each->model())
            continue;
        for (int c = 0; c < each->model()->columnCount(); ++c)
            cells << each->model()->index(0, c).data().toString();
    }
    EXPECT_TRUE(cells.contains(QStringLiteral("15.01.2026"))) << cells.join(u'|').toStdString();
    EXPECT_TRUE(cells.contains(QStringLiteral("14.02.2026"))) << cells.join(u'|').toStdString();
    EXPECT_FALSE(cells.contains(QStringLiteral("15.01.26"))) << cells.join(u'|').toStdString();
    EXPECT_EQ(LocaleDates::shortDate(QDate(2026, 12, 2)), QStringLiteral("02.12.2026"));
}

TEST_F(GermanGui, TodayIsHeuteNotZeroDaysAgo)
{
    const QDate today(2026, 3, 31);
    EXPECT_EQ(LocaleDates::daysAgo(today, today), QStringLiteral("heute"));
    EXPECT_EQ(LocaleDates::daysAgo(today.addDays(-1), today), QStringLiteral("gestern"));
    EXPECT_EQ(LocaleDates::daysAgo(today.addDays(-3), today), QStringLiteral("vor 3 Tagen"));
}

TEST(Translations, TodayIsTodayInEnglish)
{
    initResources();
    const QList<QTranslator*> english =
        Application::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    const QDate today(2026, 3, 31);
    EXPECT_EQ(LocaleDates::daysAgo(today, today), QStringLiteral("today"));
    EXPECT_EQ(LocaleDates::daysAgo(today.addDays(-1), today), QStringLiteral("yesterday"));
    EXPECT_EQ(LocaleDates::daysAgo(today.addDays(-2), today), QStringLiteral("2 days ago"));
    EXPECT_EQ(LocaleDates::daysAgo(today.addDays(-1), today.addDays(1)), QStringLiteral("2 days ago"));
    for (QTranslator* translator : english) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

TEST_F(GermanGui, CoreLabelsAreGermanAndRenamedStagesStayAsTyped)
{
    const ReminderPolicy policy = DefaultPolicy::standard();
    QStringList stages;
    for (const Stage& stage : policy.stages)
        stages << CoreLabels::stageName(stage.name);
    EXPECT_EQ(stages, (QStringList{QStringLiteral("Vor Fälligkeit"), QStringLiteral("Zahlungserinnerung"),
                                   QStringLiteral("Mahnung"), QStringLiteral("Letzte Mahnung"),
                                   QStringLiteral("Inkasso prüfen")}));
    EXPECT_EQ(CoreLabels::stageName(QStringLiteral("Freundlicher Hinweis")), QStringLiteral("Freundlicher Hinweis"));
    EXPECT_EQ(CoreLabels::channels(QStringLiteral("email+letter")), QStringLiteral("E-Mail + Brief"));
    EXPECT_EQ(CoreLabels::paymentMethod(PaymentMethod::BankTransfer), QStringLiteral("Überweisung"));
    PaymentTerms terms;
    terms.rule = PaymentTerms::DueRule::Net;
    terms.days = 30;
    EXPECT_EQ(CoreLabels::termsDescription(terms), QStringLiteral("netto 30 Tage"));
    // The audit trail and the CLI keep English.
    EXPECT_EQ(terms.describe(), QStringLiteral("net 30 days"));
}

TEST_F(GermanGui, PaymentMethodBoxesAreGermanAndTheSettingStaysReadable)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Settings);
    SettingsPage* settings = m_window->settingsPage();
    auto* bank = settings->findChild<QCheckBox*>(QStringLiteral("method_bank_transfer"));
    ASSERT_NE(bank, nullptr);
    EXPECT_EQ(bank->text(), QStringLiteral("Überweisung"));
    QTest::mouseClick(bank, Qt::LeftButton);
    EXPECT_TRUE(bank->isChecked());
    auto* name = settings->findChild<QLineEdit*>(QStringLiteral("companyName"));
    ASSERT_NE(name, nullptr);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Mueller Design"));
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
    settle();
    // Documents print the methods and the core reads them back: English keys, not the German labels.
    EXPECT_EQ(m_session->ledger().setting(QStringLiteral("company.payment_methods")), QStringLiteral("Bank transfer"));
}

// Walks each page in English and in German and compares them place by place: a text that is the
// same in both is a text left in English, unless it is a name, a code or an amount.
TEST_F(GermanGui, NoPageLeavesVisibleTextInEnglish)
{
    m_ledger.addCustomer(QStringLiteral("C001"));
    m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 1, 15), 100000);
    openLedger();
    QMap<MainWindow::Page, QMap<QString, QString>> german;
    for (int p = 0; p < int(MainWindow::Page::Count); ++p)
        german.insert(MainWindow::Page(p), pageTexts(*m_window, MainWindow::Page(p)));

    // The same window in English.
    m_window.reset();
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    settle();

    // Words that German shares with English, and what are not words of a language at all.
    const QSet<QString> same = {QStringLiteral("Name"),   QStringLiteral("Status"), QStringLiteral("Details"),
                                QStringLiteral("Code"),   QStringLiteral("Online"), QStringLiteral("Text"),
                                QStringLiteral("Logo:"),  QStringLiteral("Port"),   QStringLiteral("Filter"),
                                QStringLiteral("Settle"), QStringLiteral("HTML"),   QStringLiteral("PDF"),
                                QStringLiteral("CSV"),    QStringLiteral("SMTP"),   QStringLiteral("A4"),
                                QStringLiteral("Letter"), QStringLiteral("OK"),     QStringLiteral("Start"),
                                QStringLiteral("Bcc"),    QStringLiteral("Host"),   QStringLiteral("Reply-To")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList leftInEnglish;
    for (int p = 0; p < int(MainWindow::Page::Count); ++p) {
        const QMap<QString, QString> english = pageTexts(*m_window, MainWindow::Page(p));
        const QMap<QString, QString>& inGerman = german[MainWindow::Page(p)];
        for (auto it = inGerman.cbegin(); it != inGerman.cend(); ++it) {
            const QString text = it.value();
            if (english.value(it.key()) != text || !word.match(text).hasMatch() || same.contains(text))
                continue;
            if (text.contains(QStringLiteral("C001")) || text.contains(QStringLiteral("INV-")) ||
                text.contains(QStringLiteral("USD")) || text.contains(m_ledger.path()))
                continue;
            leftInEnglish << QStringLiteral("page %1 %2: \"%3\"").arg(p).arg(it.key(), text);
        }
    }
    EXPECT_TRUE(leftInEnglish.isEmpty()) << leftInEnglish.join(u'\n').toStdString();
}

} // namespace settle::test
