#include "SettingsPageFixture.h"

#include "customers/CustomerDialog.h"
#include "invoices/InvoiceEditorDialog.h"
#include "settings/PolicyEditor.h"
#include "settings/PolicyStagesModel.h"
#include "settings/SettingsPage.h"
#include "settings/TermsDialog.h"
#include "settings/TermsEditor.h"
#include "widgets/FieldState.h"

#include "followup/ReminderPolicies.h"
#include "storage/AuditLog.h"
#include "terms/TermsCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace settle::test {

namespace {

class SettingsGui : public SettingsPageFixture
{
};

QStringList comboItems(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

TEST_F(SettingsGui, SettingsAreSavedToTheLedgerAndReadBackAfterReopening)
{
    openLedger();
    SettingsPage* settings = page();
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(logoPath));

    type("companyName", QStringLiteral("Northwind Design"));
    ASSERT_TRUE(settings->setLogoFile(logoPath));
    field<QCheckBox>("method_bank_transfer")->setChecked(true);
    field<QCheckBox>("method_card")->setChecked(true);
    field<QComboBox>("paperSize")
        ->setCurrentIndex(field<QComboBox>("paperSize")->findData(QStringLiteral("Letter")));
    field<QComboBox>("documentLanguage")
        ->setCurrentIndex(field<QComboBox>("documentLanguage")->findData(QStringLiteral("de")));
    type("smtpHost", QStringLiteral("mail.northwind.example"));
    type("smtpPort", QStringLiteral("465"));
    field<QComboBox>("smtpSecurity")
        ->setCurrentIndex(field<QComboBox>("smtpSecurity")->findData(QStringLiteral("ssl")));
    type("smtpUser", QStringLiteral("accounts"));
    type("smtpFrom", QStringLiteral("accounts@northwind.example"));
    type("smtpReplyTo", QStringLiteral("help@northwind.example"));
    field<QCheckBox>("smtpBccSelf")->setChecked(true);
    type("followupInterval", QStringLiteral("5"));
    field<QCheckBox>("autoSend")->setChecked(true);
    EXPECT_TRUE(settings->problems().isEmpty()) << settings->problems().join(u'\n').toStdString();
    QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton);
    EXPECT_EQ(settings->message(), QStringLiteral("Saved."));

    // In the ledger, under the keys the core reads (SmtpSettings, CompanyProfile, FollowupTimer) ...
    EXPECT_EQ(stored("company.name"), QStringLiteral("Northwind Design"));
    EXPECT_EQ(stored("company.logo"), QFileInfo(logoPath).absoluteFilePath());
    EXPECT_EQ(stored("company.payment_methods"), QStringLiteral("Bank transfer, Card"));
    EXPECT_EQ(stored("company.paper_size"), QStringLiteral("Letter"));
    EXPECT_EQ(stored("company.language"), QStringLiteral("de"));
    EXPECT_EQ(stored("smtp.host"), QStringLiteral("mail.northwind.example"));
    EXPECT_EQ(stored("smtp.port"), QStringLiteral("465"));
    EXPECT_EQ(stored("smtp.security"), QStringLiteral("ssl"));
    EXPECT_EQ(stored("smtp.user"), QStringLiteral("accounts"));
    EXPECT_EQ(stored("smtp.from"), QStringLiteral("accounts@northwind.example"));
    EXPECT_EQ(stored("smtp.reply_to"), QStringLiteral("help@northwind.example"));
    EXPECT_EQ(stored("smtp.bcc_self"), QStringLiteral("true"));
    EXPECT_EQ(stored("followups.interval_minutes"), QStringLiteral("5"));
    EXPECT_EQ(stored("followups.auto_send"), QStringLiteral("true"));
    // ... and the same through another connection to the file.
    EXPECT_EQ(m_ledger->setting(QStringLiteral("smtp.host")), QStringLiteral("mail.northwind.example"));

    m_session->close();
    openLedger();
    settings = page();
    EXPECT_EQ(field("companyName")->text(), QStringLiteral("Northwind Design"));
    EXPECT_EQ(field("smtpHost")->text(), QStringLiteral("mail.northwind.example"));
    EXPECT_EQ(field("smtpPort")->text(), QStringLiteral("465"));
    EXPECT_EQ(field<QComboBox>("smtpSecurity")->currentData().toString(), QStringLiteral("ssl"));
    EXPECT_EQ(field("smtpReplyTo")->text(), QStringLiteral("help@northwind.example"));
    EXPECT_TRUE(field<QCheckBox>("smtpBccSelf")->isChecked());
    EXPECT_TRUE(field<QCheckBox>("method_card")->isChecked());
    EXPECT_FALSE(field<QCheckBox>("method_cash")->isChecked());
    EXPECT_EQ(field<QComboBox>("paperSize")->currentData().toString(), QStringLiteral("Letter"));
    EXPECT_EQ(field("followupInterval")->text(), QStringLiteral("5"));
    EXPECT_TRUE(field<QCheckBox>("autoSend")->isChecked());
    EXPECT_FALSE(field<QLabel>("logoPreview")->pixmap().isNull());
    const SettingsPage::SmtpFields smtp = settings->smtpFields();
    EXPECT_EQ(smtp.from, QStringLiteral("accounts@northwind.example"));
    EXPECT_NE(settings->smtpTestSlot(), nullptr);
}

TEST_F(SettingsGui, BadInputIsRefusedInPlaceAndWhatWasTypedStays)
{
    openLedger();
    SettingsPage* settings = page();
    const auto auditBefore = m_ledger->audit().entries(QStringLiteral("setting")).size();
    type("smtpHost", QStringLiteral("mail example"));
    type("smtpPort", QStringLiteral("70000"));
    type("smtpFrom", QStringLiteral("accounts(at)example"));
    type("followupInterval", QStringLiteral("0"));
    type("invoicePrefix", QStringLiteral("INV2"));
    type("companyName", QStringLiteral("Renamed Ltd"));

    // Each field says what is wrong beside it, as it is typed.
    EXPECT_TRUE(FieldState::isInvalid(field("smtpHost")));
    EXPECT_TRUE(errorText("smtpHost").contains(QStringLiteral("not a server name")))
        << errorText("smtpHost").toStdString();
    EXPECT_TRUE(FieldState::isInvalid(field("smtpPort")));
    EXPECT_TRUE(errorText("smtpPort").contains(QStringLiteral("“70000” is not a port number")));
    EXPECT_TRUE(FieldState::isInvalid(field("smtpFrom")));
    EXPECT_FALSE(errorText("smtpFrom").isEmpty());
    EXPECT_TRUE(FieldState::isInvalid(field("followupInterval")));
    EXPECT_TRUE(errorText("followupInterval").contains(QStringLiteral("1 to 1440")));
    EXPECT_TRUE(FieldState::isInvalid(field("invoicePrefix")));
    EXPECT_FALSE(FieldState::isInvalid(field("companyName")));
    EXPECT_TRUE(errorText("companyName").isEmpty());

    EXPECT_FALSE(settings->save());
    EXPECT_TRUE(settings->message().startsWith(QStringLiteral("Not saved")))
        << settings->message().toStdString();
    // Nothing was written, not even the good field ...
    EXPECT_EQ(stored("company.name"), QStringLiteral("Test Company"));
    EXPECT_EQ(stored("smtp.port"), QString());
    EXPECT_EQ(m_ledger->audit().entries(QStringLiteral("setting")).size(), auditBefore);
    // ... and nothing typed was lost.
    EXPECT_EQ(field("smtpPort")->text(), QStringLiteral("70000"));
    EXPECT_EQ(field("companyName")->text(), QStringLiteral("Renamed Ltd"));

    // Fixing the fields clears the marks, and the save goes through.
    type("smtpHost", QStringLiteral("mail.example.com"));
    type("smtpPort", QStringLiteral("2525"));
    type("smtpFrom", QStringLiteral("accounts@example.com"));
    type("followupInterval", QStringLiteral("30"));
    type("invoicePrefix", QStringLiteral("INV-"));
    EXPECT_FALSE(FieldState::isInvalid(field("smtpPort")));
    EXPECT_TRUE(errorText("smtpPort").isEmpty());
    EXPECT_TRUE(settings->save());
    EXPECT_EQ(stored("smtp.port"), QStringLiteral("2525"));
    EXPECT_EQ(stored("company.name"), QStringLiteral("Renamed Ltd"));

    // A file that is not an image is refused beside the logo; the logo stays as it was.
    const QString notImage = m_ledger.writeFile(QStringLiteral("logo.png"), "not a picture");
    EXPECT_FALSE(settings->setLogoFile(notImage));
    EXPECT_TRUE(errorText("logoPreview").contains(QStringLiteral("is not a PNG or JPEG image")));
    EXPECT_FALSE(settings->save());
    EXPECT_EQ(stored("company.logo"), QString());
}

TEST_F(SettingsGui, TermsAreAddedEditedAndRetiredAndARetiredTermIsNotOffered)
{
    m_ledger.addCustomer(QStringLiteral("C001"), QStringLiteral("Net 14"));
    openLedger();
    page()->showTab(QStringLiteral("termsTab"));
    TermsEditor* terms = m_window->settingsPage()->termsEditor();

    TermsDialog* add = terms->addTerm();
    ASSERT_NE(add, nullptr);
    QPushButton* saveButton = add->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QTest::keyClicks(add->field(QStringLiteral("name")), QStringLiteral("Net 45"));
    add->field(QStringLiteral("days"))->clear();
    QTest::keyClicks(add->field(QStringLiteral("days")), QStringLiteral("4x"));
    EXPECT_TRUE(FieldState::isInvalid(add->field(QStringLiteral("days"))));
    EXPECT_FALSE(saveButton->isEnabled());
    EXPECT_FALSE(add->save());
    EXPECT_EQ(add->field(QStringLiteral("days"))->text(), QStringLiteral("4x"));
    QTest::keyClick(add->field(QStringLiteral("days")), Qt::Key_Backspace);
    QTest::keyClicks(add->field(QStringLiteral("days")), QStringLiteral("5"));
    EXPECT_FALSE(FieldState::isInvalid(add->field(QStringLiteral("days"))));
    EXPECT_TRUE(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    settle();
    ASSERT_GE(terms->rowOf(QStringLiteral("Net 45")), 0);
    EXPECT_EQ(TermsCatalog(*m_ledger).require(QStringLiteral("Net 45")).terms.days, 45);

    // A second term of the same name is refused inside the dialog, which keeps the input.
    TermsDialog* duplicate = terms->addTerm();
    QTest::keyClicks(duplicate->field(QStringLiteral("name")), QStringLiteral("net 45"));
    EXPECT_FALSE(duplicate->save());
    EXPECT_TRUE(duplicate->message().contains(QStringLiteral("already exists")))
        << duplicate->message().toStdString();
    EXPECT_EQ(duplicate->field(QStringLiteral("name"))->text(), QStringLiteral("net 45"));
    duplicate->reject();
    settle();

    terms->selectTerm(QStringLiteral("Net 45"));
    TermsDialog* edit = terms->editSelected();
    ASSERT_NE(edit, nullptr);
    edit->field(QStringLiteral("days"))->setText(QStringLiteral("50"));
    edit->field(QStringLiteral("name"))->setText(QStringLiteral("Net 50"));
    ASSERT_TRUE(edit->save());
    settle();
    EXPECT_EQ(TermsCatalog(*m_ledger).require(QStringLiteral("Net 50")).terms.days, 50);
    EXPECT_LT(terms->rowOf(QStringLiteral("Net 45")), 0);

    for (const QString& name : {QStringLiteral("Net 50"), QStringLiteral("Net 14")}) {
        terms->selectTerm(name);
        terms->toggleRetired();
        EXPECT_TRUE(TermsCatalog(*m_ledger).require(name).retired) << name.toStdString();
    }
    const int row = terms->rowOf(QStringLiteral("Net 50"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(terms->table()->item(row, 3)->text(), QStringLiteral("Retired"));
    EXPECT_EQ(terms->table()->item(terms->rowOf(QStringLiteral("Net 14")), 2)->text(),
              QStringLiteral("1")); // C001

    // Not offered for a new customer, nor on a new invoice ...
    m_window->newCustomer();
    settle();
    auto* customerDialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(customerDialog, nullptr);
    const QStringList customerTerms =
        comboItems(customerDialog->findChild<QComboBox*>(QStringLiteral("terms")));
    EXPECT_FALSE(customerTerms.contains(QStringLiteral("Net 50")));
    EXPECT_FALSE(customerTerms.contains(QStringLiteral("Net 14")));
    EXPECT_TRUE(customerTerms.contains(QStringLiteral("Net 30")));
    customerDialog->reject();
    settle();
    InvoiceEditorDialog* invoice = m_window->newInvoice();
    const QStringList invoiceTerms = comboItems(invoice->findChild<QComboBox*>(QStringLiteral("terms")));
    EXPECT_FALSE(invoiceTerms.contains(QStringLiteral("Net 50")));
    EXPECT_FALSE(invoiceTerms.contains(QStringLiteral("Net 14")));
    // ... but the customer that has Net 14 keeps it for its invoices.
    invoice->setCustomer(QStringLiteral("C001"));
    settle();
    EXPECT_EQ(invoice->findChild<QComboBox*>(QStringLiteral("terms"))->currentText(),
              QStringLiteral("Net 14"));
    invoice->reject();
    settle();

    // Reinstated, it is offered again.
    terms->selectTerm(QStringLiteral("Net 50"));
    terms->toggleRetired();
    EXPECT_FALSE(TermsCatalog(*m_ledger).require(QStringLiteral("Net 50")).retired);
    InvoiceEditorDialog* again = m_window->newInvoice();
    EXPECT_TRUE(
        comboItems(again->findChild<QComboBox*>(QStringLiteral("terms"))).contains(QStringLiteral("Net 50")));
    again->reject();
}

TEST_F(SettingsGui, PolicyStagesOutOfOrderAreRefusedNamingTheRow)
{
    openLedger();
    page()->showTab(QStringLiteral("followupsTab"));
    PolicyEditor* editor = m_window->settingsPage()->policyEditor();
    auto* view = editor->findChild<QTableView*>(QStringLiteral("stages"));
    ASSERT_NE(view, nullptr);
    PolicyStagesModel* model = editor->model();
    ASSERT_EQ(model->rowCount(), 5); // the default Standard policy
    EXPECT_TRUE(model->problems().isEmpty());

    // Final notice (row 4) before the second reminder (row 3, +14 days).
    typeIntoCell(view, 3, PolicyStagesModel::Offset, QStringLiteral("10"));
    ASSERT_EQ(model->problems().size(), 1) << model->problems().join(u'\n').toStdString();
    const QString problem = model->problems().first();
    EXPECT_TRUE(problem.startsWith(QStringLiteral("Row 4 “Final notice”"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("comes before row 3's 14 days"))) << problem.toStdString();
    EXPECT_EQ(
        model->index(3, PolicyStagesModel::Offset).data(PolicyStagesModel::ProblemRole).toString().isEmpty(),
        false);
    EXPECT_TRUE(editor->message().contains(QStringLiteral("Row 4"))) << editor->message().toStdString();

    EXPECT_FALSE(editor->save());
    EXPECT_EQ(ReminderPolicies(*m_ledger).require(QStringLiteral("Standard")).stages[3].offsetDays, 30);
    EXPECT_EQ(model->index(3, PolicyStagesModel::Offset).data().toString(),
              QStringLiteral("10")); // kept as typed

    // Not a number: named too, and nothing is lost.
    typeIntoCell(view, 1, PolicyStagesModel::Gap, QStringLiteral("five"));
    EXPECT_TRUE(model->problems().join(u'\n').contains(QStringLiteral("Row 2 “Reminder”: the gap “five”")))
        << model->problems().join(u'\n').toStdString();

    typeIntoCell(view, 1, PolicyStagesModel::Gap, QStringLiteral("5"));
    typeIntoCell(view, 3, PolicyStagesModel::Offset, QStringLiteral("31"));
    EXPECT_TRUE(model->problems().isEmpty()) << model->problems().join(u'\n').toStdString();
    model->setData(model->index(3, PolicyStagesModel::NeedsApproval), Qt::Checked, Qt::CheckStateRole);
    ASSERT_TRUE(editor->save()) << editor->message().toStdString();
    const ReminderPolicy saved = ReminderPolicies(*m_ledger).require(QStringLiteral("Standard"));
    EXPECT_EQ(saved.stages[3].offsetDays, 31);
    EXPECT_TRUE(saved.stages[3].needsApproval);
    EXPECT_EQ(saved.stages[3].channels.name(), QStringLiteral("email+letter"));

    // Adding a stage puts it after the last; moving it up breaks the order and is named.
    editor->addStage();
    ASSERT_EQ(model->rowCount(), 6);
    EXPECT_TRUE(model->problems().isEmpty());
    view->setCurrentIndex(model->index(5, 0));
    editor->moveStage(-1);
    ASSERT_FALSE(model->problems().isEmpty());
    EXPECT_TRUE(model->problems().first().startsWith(QStringLiteral("Row 6 “Collections review”")))
        << model->problems().first().toStdString();
}

namespace {

// Answers "Save / Discard / Cancel" with `answer` and counts the questions, for one test.
class ChoiceAnswer
{
public:
    explicit ChoiceAnswer(MessageBox::Choice answer) : m_answer(answer)
    {
        MessageBox::setChoiceHandler([this](const QString&, const QString&) {
            ++asked;
            return m_answer;
        });
    }
    ~ChoiceAnswer() { MessageBox::setChoiceHandler({}); }
    void answer(MessageBox::Choice answer) { m_answer = answer; }
    int asked = 0;

private:
    MessageBox::Choice m_answer;
};

void clickNavigation(MainWindow& window, MainWindow::Page page)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QRect rect = navigation->visualItemRect(navigation->item(int(page)));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_F(SettingsGui, LeavingThePageWithUnsavedChangesAsksSaveDiscardOrCancel)
{
    openLedger();
    page();
    const QString before = stored("company.name");
    type("companyName", QStringLiteral("Northwind Trading"));
    ChoiceAnswer answer(MessageBox::Choice::Cancel);

    // Cancel: the page stays with what was typed.
    clickNavigation(*m_window, MainWindow::Page::Customers);
    settle();
    EXPECT_EQ(answer.asked, 1);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Settings);
    EXPECT_EQ(field("companyName")->text(), QStringLiteral("Northwind Trading"));
    EXPECT_EQ(stored("company.name"), before);

    // Discard: the page is left, the ledger unchanged, and the page shows the ledger again.
    answer.answer(MessageBox::Choice::Discard);
    clickNavigation(*m_window, MainWindow::Page::Customers);
    settle();
    EXPECT_EQ(answer.asked, 2);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Customers);
    EXPECT_EQ(stored("company.name"), before);
    page();
    EXPECT_EQ(field("companyName")->text(), before);

    // Save: written, then the page is left.
    type("companyName", QStringLiteral("Northwind Trading"));
    answer.answer(MessageBox::Choice::Save);
    clickNavigation(*m_window, MainWindow::Page::Invoices);
    settle();
    EXPECT_EQ(answer.asked, 3);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Invoices);
    EXPECT_EQ(stored("company.name"), QStringLiteral("Northwind Trading"));

    // Nothing changed: nothing asked.
    page();
    clickNavigation(*m_window, MainWindow::Page::Customers);
    settle();
    EXPECT_EQ(answer.asked, 3);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Customers);
}

TEST_F(SettingsGui, QuittingWithUnsavedChangesAsksFirst)
{
    openLedger();
    page();
    type("companyName", QStringLiteral("Northwind Trading"));
    ChoiceAnswer answer(MessageBox::Choice::Cancel);
    EXPECT_FALSE(m_window->close());
    EXPECT_EQ(answer.asked, 1);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_NE(stored("company.name"), QStringLiteral("Northwind Trading"));

    answer.answer(MessageBox::Choice::Save);
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(answer.asked, 2);
    EXPECT_EQ(stored("company.name"), QStringLiteral("Northwind Trading"));
}

TEST_F(SettingsGui, ASaveThatIsRefusedKeepsThePageOpen)
{
    openLedger();
    page();
    type("followupInterval", QStringLiteral("0"));
    ChoiceAnswer answer(MessageBox::Choice::Save);
    clickNavigation(*m_window, MainWindow::Page::Customers);
    settle();
    EXPECT_EQ(answer.asked, 1);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Settings);
    EXPECT_TRUE(m_window->settingsPage()->message().startsWith(QStringLiteral("Not saved")))
        << m_window->settingsPage()->message().toStdString();
}

} // namespace settle::test
