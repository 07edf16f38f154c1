#pragma once

#include "domain/Template.h"
#include "templates/TemplateEngine.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TemplatesPage;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace settle {

class LedgerSession;

// The message templates: one per template key (each stage's, the statement, the payment
// thank-you) and language; subject, text and HTML editors with a menu that inserts placeholders
// from the one placeholder table (TemplatePlaceholders); a live preview against a customer of the
// ledger (TemplateRenderer::preview with the draft); every validation problem listed with its part
// and line, the line marked in its editor; Save refused while any remains; Reset puts the shipped
// text back.
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(LedgerSession& session, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    QComboBox* keyChooser() const { return m_key; }
    QComboBox* languageChooser() const { return m_language; }
    QComboBox* customerChooser() const { return m_customer; }
    QLineEdit* subjectEditor() const { return m_subject; }
    QPlainTextEdit* textEditor() const { return m_text; }
    QPlainTextEdit* htmlEditor() const { return m_html; }
    QListWidget* problemList() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* resetButton() const { return m_reset; }
    QMenu* placeholderMenu() const { return m_insertMenu; }
    QTextBrowser* previewView() const { return m_preview; }
    QString previewSubject() const;
    QString previewText() const { return m_previewText; }
    QString statusText() const;

    Template draft() const;
    QList<TemplateEngine::Problem> problems() const { return m_currentProblems; }
    bool isModified() const { return m_modified; }

public Q_SLOTS:
    void reload();
    // Shows the template of this key and language (the stored text, or the shipped one); asks first
    // when the text being edited is not saved, and false when the bookkeeper keeps it.
    bool showTemplate(const QString& key, const QString& language);
    void setPreviewCustomer(const QString& code);
    // Inserts "{{name}}" (or the invoices section) at the cursor of the editor last worked in.
    void insertPlaceholder(const QString& name);
    // True when saved; refused (false, the reason shown) while problems remain.
    bool save();
    // Puts the shipped text back (stored at once) after asking; false when refused or not confirmed.
    bool resetToDefault();
    // Validates and renders the preview now (otherwise a moment after typing stops).
    void updatePreview();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadCustomers();
    void loadTemplate();
    // A template or language was chosen: load it, unless the bookkeeper keeps unsaved changes.
    void chosen();
    // True when nothing is unsaved or the bookkeeper agrees to lose it.
    bool mayDiscard();
    void fillInsertMenu();
    void validate();
    void markLines();
    void edited();
    void say(const QString& text, bool problem);
    QWidget* editorFor(Template::Part part) const;

    std::unique_ptr<Ui::TemplatesPage> m_ui;
    LedgerSession& m_session;
    QMenu* m_insertMenu;
    QTimer* m_previewTimer;
    // The form's widgets, named for the code that uses them.
    QComboBox* m_key = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_customer = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_html = nullptr;
    QToolButton* m_insert = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_previewSubject = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
    QWidget* m_lastEditor = nullptr;
    Template m_loaded;
    QString m_previewText;
    QList<TemplateEngine::Problem> m_currentProblems;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace settle
