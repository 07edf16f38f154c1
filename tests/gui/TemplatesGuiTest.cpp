#include "GuiFixture.h"

#include "customers/CustomerDialog.h"
#include "templates/TemplatesPage.h"

#include "templates/TemplateLibrary.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace settle::test {

namespace {

class TemplatesGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        m_ledger.addCustomer(QStringLiteral("C001"));
        m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 2, 1), 48000);
        m_ledger->setSettings({{QStringLiteral("company.payment_details"),
                                QStringLiteral("IBAN DE02 1203 0000 0000 2020 51")}});
        openLedger();
        m_window->showPage(MainWindow::Page::Templates);
        settle();
    }

    TemplatesPage* page() { return m_window->templatesPage(); }

    static QAction* findAction(QMenu* menu, const QString& data)
    {
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == data)
                return action;
            if (action->menu())
                if (QAction* inner = findAction(action->menu(), data))
                    return inner;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(TemplatesGui, AnUnknownPlaceholderIsListedWithItsPartAndLineAndBlocksSaving)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("reminder"), QStringLiteral("en")));
    EXPECT_TRUE(templates->problems().isEmpty());
    EXPECT_TRUE(templates->saveButton()->isEnabled());
    const Template before =
        TemplateLibrary(*m_ledger).require(QStringLiteral("reminder"), QStringLiteral("en"));

    // A typo on line 3 of the text body.
    QPlainTextEdit* text = templates->textEditor();
    QTextCursor cursor(text->document()->findBlockByNumber(2));
    text->setTextCursor(cursor);
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("{{customer.nmae}} "));
    ASSERT_FALSE(templates->problems().isEmpty());
    ASSERT_TRUE(templates->problemList()->isVisible());
    const QString listed = templates->problemList()->item(0)->text();
    EXPECT_TRUE(listed.startsWith(QStringLiteral("Text, line 3:"))) << listed.toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral("customer.nmae"))) << listed.toStdString();
    EXPECT_EQ(text->extraSelections().size(), 1); // the line is marked in the editor
    EXPECT_EQ(text->extraSelections().first().cursor.blockNumber(), 2);
    EXPECT_FALSE(templates->saveButton()->isEnabled());

    EXPECT_FALSE(templates->save());
    EXPECT_TRUE(templates->statusText().contains(QStringLiteral("Not saved")))
        << templates->statusText().toStdString();
    EXPECT_EQ(TemplateLibrary(*m_ledger).require(QStringLiteral("reminder"), QStringLiteral("en")).bodyText,
              before.bodyText);

    // Mended, it saves.
    for (int k = 0; k < 18; ++k)
        QTest::keyClick(text, Qt::Key_Backspace);
    EXPECT_TRUE(templates->problems().isEmpty());
    QTest::keyClicks(text, QStringLiteral("Kind regards again. "));
    ASSERT_TRUE(templates->save()) << templates->statusText().toStdString();
    EXPECT_TRUE(TemplateLibrary(*m_ledger)
                    .require(QStringLiteral("reminder"), QStringLiteral("en"))
                    .bodyText.contains(QStringLiteral("Kind regards again.")));
}

TEST_F(TemplatesGui, TheInsertMenuListsThePlaceholderTableAndInsertsAtTheCursor)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("reminder"), QStringLiteral("en")));
    QAction* name = findAction(templates->placeholderMenu(), QStringLiteral("customer.name"));
    ASSERT_NE(name, nullptr);
    EXPECT_NE(findAction(templates->placeholderMenu(), QStringLiteral("company.name")), nullptr);
    templates->subjectEditor()->setFocus();
    templates->subjectEditor()->setCursorPosition(0);
    name->trigger();
    EXPECT_TRUE(templates->subjectEditor()->text().startsWith(QStringLiteral("{{customer.name}}")))
        << templates->subjectEditor()->text().toStdString();
    EXPECT_TRUE(templates->problems().isEmpty());
    // A statement has no stage: the stage's placeholders are not offered for it.
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("statement"), QStringLiteral("en")));
    EXPECT_EQ(findAction(templates->placeholderMenu(), QStringLiteral("stage.name")), nullptr);
}

TEST_F(TemplatesGui, ThePreviewShowsTheChosenCustomersMessageAsTyped)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("statement"), QStringLiteral("en")));
    templates->setPreviewCustomer(QStringLiteral("C001"));
    EXPECT_TRUE(templates->previewText().contains(QStringLiteral("Customer C001")))
        << templates->previewSubject().toStdString();
    templates->subjectEditor()->setFocus();
    templates->subjectEditor()->selectAll();
    QTest::keyClicks(templates->subjectEditor(), QStringLiteral("Statement for {{customer.name}}"));
    templates->updatePreview();
    EXPECT_TRUE(templates->previewSubject().contains(QStringLiteral("Statement for Customer C001")))
        << templates->previewSubject().toStdString();
    EXPECT_FALSE(templates->previewView()->toPlainText().isEmpty());
}

TEST_F(TemplatesGui, ResetPutsTheShippedTextBack)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("reminder"), QStringLiteral("de")));
    const QString shipped = templates->textEditor()->toPlainText();
    templates->textEditor()->setPlainText(QStringLiteral("Bitte zahlen Sie, {{customer.name}}.\n"));
    ASSERT_TRUE(templates->save()) << templates->statusText().toStdString();
    EXPECT_EQ(TemplateLibrary(*m_ledger).require(QStringLiteral("reminder"), QStringLiteral("de")).bodyText,
              QStringLiteral("Bitte zahlen Sie, {{customer.name}}.\n"));
    ASSERT_TRUE(templates->resetToDefault()) << templates->statusText().toStdString();
    EXPECT_EQ(templates->textEditor()->toPlainText(), shipped);
    EXPECT_EQ(TemplateLibrary(*m_ledger).require(QStringLiteral("reminder"), QStringLiteral("de")).bodyText,
              shipped);
}

TEST_F(TemplatesGui, ChoosingAnotherTemplateAsksBeforeUnsavedChangesAreLost)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("reminder"), QStringLiteral("en")));
    templates->textEditor()->setPlainText(QStringLiteral("Please pay, {{customer.name}}.\n"));
    ASSERT_TRUE(templates->isModified());

    m_answer = false; // "keep my changes"
    templates->keyChooser()->setCurrentIndex(templates->keyChooser()->findData(QStringLiteral("statement")));
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_EQ(m_messages.first().kind, MessageBox::Kind::Question);
    EXPECT_EQ(templates->keyChooser()->currentData().toString(), QStringLiteral("reminder"));
    EXPECT_EQ(templates->textEditor()->toPlainText(), QStringLiteral("Please pay, {{customer.name}}.\n"));

    m_answer = true; // "discard"
    templates->keyChooser()->setCurrentIndex(templates->keyChooser()->findData(QStringLiteral("statement")));
    EXPECT_EQ(templates->keyChooser()->currentData().toString(), QStringLiteral("statement"));
    EXPECT_FALSE(templates->isModified());
    EXPECT_NE(templates->textEditor()->toPlainText(), QStringLiteral("Please pay, {{customer.name}}.\n"));
    // Nothing was saved on the way.
    EXPECT_NE(TemplateLibrary(*m_ledger).require(QStringLiteral("reminder"), QStringLiteral("en")).bodyText,
              QStringLiteral("Please pay, {{customer.name}}.\n"));
}

TEST_F(TemplatesGui, ACustomerAddedInTheSessionCanBePreviewedAtOnce)
{
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("statement"), QStringLiteral("en")));
    m_window->newCustomer();
    auto* dialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("code"));
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("C042"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Harbour Bakery"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    ASSERT_TRUE(m_ledger->customer(QStringLiteral("C042")).has_value());
    m_window->showPage(MainWindow::Page::Templates);
    ASSERT_GE(templates->customerChooser()->findData(QStringLiteral("C042")), 0);
    templates->setPreviewCustomer(QStringLiteral("C042"));
    EXPECT_TRUE(templates->previewText().contains(QStringLiteral("Harbour Bakery")))
        << templates->previewSubject().toStdString();
}

TEST_F(TemplatesGui, TheEmailPreviewIsALightPageOnADarkPalette)
{
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    QApplication::setPalette(dark);
    recreateWindow();
    openLedger();
    m_window->showPage(MainWindow::Page::Templates);
    TemplatesPage* templates = page();
    ASSERT_TRUE(templates->showTemplate(QStringLiteral("statement"), QStringLiteral("en")));
    templates->setPreviewCustomer(QStringLiteral("C001"));
    const QPalette shown = templates->previewView()->palette();
    QApplication::setPalette(before);
    // Dark ink on light paper, as a mail program shows the HTML: readable whatever the desktop's palette.
    EXPECT_GT(shown.color(QPalette::Base).lightness(), 200);
    EXPECT_LT(shown.color(QPalette::Text).lightness(), 80);
    EXPECT_FALSE(templates->previewView()->toPlainText().isEmpty());
}

} // namespace settle::test
