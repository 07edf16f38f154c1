#include "templates/TemplatesPage.h"
#include "ui_TemplatesPage.h"

#include "shell/LedgerSession.h"
#include "widgets/CoreLabels.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"
#include "widgets/MessageBox.h"

#include "errors/InputProblems.h"
#include "errors/SettleError.h"
#include "ledger/Ledger.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplatePlaceholders.h"
#include "templates/TemplateRenderer.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace settle {

namespace {

QString partText(Template::Part part)
{
    switch (part) {
    case Template::Part::Subject:
        return TemplatesPage::tr("Subject");
    case Template::Part::Text:
        return TemplatesPage::tr("Text");
    case Template::Part::Html:
        return TemplatesPage::tr("HTML");
    }
    return {};
}

QString languageText(const QString& language)
{
    if (language == u"en")
        return TemplatesPage::tr("English");
    if (language == u"de")
        return TemplatesPage::tr("German");
    if (language == u"fr")
        return TemplatesPage::tr("French");
    if (language == u"es")
        return TemplatesPage::tr("Spanish");
    if (language == u"it")
        return TemplatesPage::tr("Italian");
    if (language == u"nl")
        return TemplatesPage::tr("Dutch");
    return language;
}

} // namespace

TemplatesPage::TemplatesPage(LedgerSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TemplatesPage>()), m_session(session),
      m_insertMenu(new QMenu(this)), m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("templatesPage"));
    m_key = m_ui->templateKey;
    m_language = m_ui->templateLanguage;
    m_customer = m_ui->templatePreviewCustomer;
    m_subject = m_ui->templateSubject;
    m_text = m_ui->templateText;
    m_html = m_ui->templateHtml;
    m_insert = m_ui->templateInsert;
    m_problems = m_ui->templateProblems;
    m_status = m_ui->templateStatus;
    m_previewSubject = m_ui->templatePreviewSubject;
    m_preview = m_ui->templatePreview;
    m_save = m_ui->templateSave;
    m_reset = m_ui->templateReset;
    for (const QString& language : TemplateKeys::languages())
        m_language->addItem(languageText(language), language);
    // Problems name lines: the HTML keeps one line per line (the form); the text wraps like the message will.
    for (QPlainTextEdit* editor : {m_text, m_html})
        editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_insert->setMenu(m_insertMenu);
    m_problems->hide();
    m_status->hide();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplatesPage::updatePreview);
    connect(m_key, &QComboBox::currentIndexChanged, this, &TemplatesPage::chosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatesPage::chosen);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &TemplatesPage::updatePreview);
    connect(m_subject, &QLineEdit::textEdited, this, &TemplatesPage::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplatesPage::edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, &TemplatesPage::edited);
    connect(m_save, &QPushButton::clicked, this, &TemplatesPage::save);
    connect(m_reset, &QPushButton::clicked, this, &TemplatesPage::resetToDefault);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = m_problems->row(item);
        if (index < 0 || index >= m_currentProblems.size())
            return;
        const auto& problem = m_currentProblems[index];
        QWidget* editor = editorFor(problem.part);
        editor->setFocus();
        if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
            QTextCursor cursor(plain->document()->findBlockByNumber(qMax(0, problem.line - 1)));
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, problem.column - 1));
            plain->setTextCursor(cursor);
        }
    });
    for (QWidget* editor :
         {static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_html)})
        editor->installEventFilter(this);
    m_lastEditor = m_text;
    connect(&m_session, &LedgerSession::opened, this, [this] {
        reload();
        // Customers added or renamed while the window is open can be previewed at once.
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (!changes.testAnyFlags(Ledger::Change::Customers | Ledger::Change::Terms |
                                      Ledger::Change::Policies))
                return;
            loadCustomers();
            updatePreview();
        });
    });
    // An email's HTML is written for a light page, as mail programs show it: on a dark palette the
    // preview keeps a light paper with dark ink instead of dark text on a dark ground.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    paper.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    paper.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0xa0));
    m_preview->setPalette(paper);
}

TemplatesPage::~TemplatesPage() = default;

bool TemplatesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        m_lastEditor = qobject_cast<QWidget*>(watched);
    return QWidget::eventFilter(watched, event);
}

void TemplatesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_key->count() == 0)
        reload();
}

QString TemplatesPage::previewSubject() const
{
    return m_previewSubject->text();
}

QString TemplatesPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TemplatesPage::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? FieldState::problemStyle(this) : QString());
    m_status->setVisible(!text.isEmpty());
}

void TemplatesPage::reload()
{
    if (!m_session.isOpen())
        return;
    const QString key = m_key->currentData().toString();
    QStringList keys;
    Guarded::run(
        [&] {
            for (const Template& tmpl : TemplateLibrary(m_session.ledger()).all())
                if (!keys.contains(tmpl.key))
                    keys << tmpl.key;
        },
        [&](const QString& why) { say(why, true); });
    {
        const QSignalBlocker block(m_key);
        m_key->clear();
        for (const QString& each : keys)
            m_key->addItem(
                QStringLiteral("%1 (%2)").arg(each, CoreLabels::templateKind(TemplateKeys::kindOf(each))),
                each);
        m_key->setCurrentIndex(qMax(0, m_key->findData(key)));
    }
    loadCustomers();
    loadTemplate();
}

void TemplatesPage::loadCustomers()
{
    const QString keep = m_customer->currentData().toString();
    const QSignalBlocker block(m_customer);
    m_customer->clear();
    Guarded::run(
        [&] {
            for (const Customer& customer : m_session.ledger().customers())
                m_customer->addItem(QStringLiteral("%1 — %2").arg(customer.code, customer.name),
                                    customer.code);
        },
        [&](const QString& why) { say(why, true); });
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(keep)));
}

bool TemplatesPage::showTemplate(const QString& key, const QString& language)
{
    const int keyIndex = m_key->findData(key);
    const int languageIndex = m_language->findData(language);
    if (keyIndex < 0 || languageIndex < 0 || !mayDiscard())
        return false;
    {
        const QSignalBlocker a(m_key);
        const QSignalBlocker b(m_language);
        m_key->setCurrentIndex(keyIndex);
        m_language->setCurrentIndex(languageIndex);
    }
    loadTemplate();
    return true;
}

void TemplatesPage::setPreviewCustomer(const QString& code)
{
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(code)));
    updatePreview();
}

bool TemplatesPage::mayDiscard()
{
    if (!m_modified)
        return true;
    return MessageBox::question(this, tr("Discard Your Changes?"),
                                tr("Your changes to %1 are not saved. Discard them?").arg(m_loaded.label()));
}

void TemplatesPage::chosen()
{
    if (mayDiscard()) {
        loadTemplate();
        return;
    }
    // Stay with the text being edited.
    const QSignalBlocker a(m_key);
    const QSignalBlocker b(m_language);
    m_key->setCurrentIndex(qMax(0, m_key->findData(m_loaded.key)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loaded.language)));
}

void TemplatesPage::loadTemplate()
{
    if (!m_session.isOpen() || m_key->count() == 0)
        return;
    const QString key = m_key->currentData().toString();
    const QString language = m_language->currentData().toString();
    if (!Guarded::run(
            [&] {
                const auto found = TemplateLibrary(m_session.ledger()).find(key, language);
                m_loaded = found ? *found : Template{key, language, {}, {}, {}, {}, 0};
                say(found ? QString()
                          : tr("Settle ships no %1 template in this language yet: write one.").arg(key),
                    false);
            },
            [&](const QString& why) { say(why, true); }))
        return;
    m_loading = true;
    m_subject->setText(m_loaded.subject);
    m_text->setPlainText(m_loaded.bodyText);
    m_html->setPlainText(m_loaded.bodyHtml);
    m_loading = false;
    m_modified = false;
    fillInsertMenu();
    validate();
    updatePreview();
}

void TemplatesPage::fillInsertMenu()
{
    m_insertMenu->clear();
    const auto kind = TemplateKeys::kindOf(m_key->currentData().toString());
    QMenu* invoiceMenu = nullptr;
    for (const auto& placeholder : TemplatePlaceholders::available(kind)) {
        QMenu* menu = m_insertMenu;
        if (placeholder.scope == TemplatePlaceholders::Scope::Invoice) {
            if (!invoiceMenu) {
                m_insertMenu->addSeparator();
                invoiceMenu = m_insertMenu->addMenu(tr("Per invoice (inside the invoices section)"));
                QAction* section = invoiceMenu->addAction(tr("The invoices section"));
                section->setData(QStringLiteral("#") + TemplatePlaceholders::sectionName());
                connect(section, &QAction::triggered, this, [this] {
                    insertPlaceholder(QStringLiteral("#") + TemplatePlaceholders::sectionName());
                });
                invoiceMenu->addSeparator();
            }
            menu = invoiceMenu;
        }
        QAction* action =
            menu->addAction(QStringLiteral("%1 — %2").arg(placeholder.name, placeholder.description));
        action->setData(placeholder.name);
        action->setToolTip(tr("For example: %1").arg(placeholder.example));
        connect(action, &QAction::triggered, this,
                [this, name = placeholder.name] { insertPlaceholder(name); });
    }
}

void TemplatesPage::insertPlaceholder(const QString& name)
{
    QString text = QStringLiteral("{{%1}}").arg(name);
    if (name.startsWith(u'#'))
        text = QStringLiteral("{{%1}}\n{{/%2}}").arg(name, name.mid(1));
    if (m_lastEditor == m_subject) {
        m_subject->insert(text);
        edited();
    } else {
        auto* editor = m_lastEditor == m_html ? m_html : m_text;
        editor->insertPlainText(text);
    }
    if (m_lastEditor)
        m_lastEditor->setFocus();
}

QWidget* TemplatesPage::editorFor(Template::Part part) const
{
    switch (part) {
    case Template::Part::Subject:
        return m_subject;
    case Template::Part::Html:
        return m_html;
    case Template::Part::Text:
        break;
    }
    return m_text;
}

Template TemplatesPage::draft() const
{
    Template tmpl = m_loaded;
    tmpl.subject = m_subject->text();
    tmpl.bodyText = m_text->toPlainText();
    tmpl.bodyHtml = m_html->toPlainText();
    return tmpl;
}

void TemplatesPage::edited()
{
    if (m_loading)
        return;
    m_modified = true;
    validate();
    m_previewTimer->start();
}

void TemplatesPage::validate()
{
    m_currentProblems = TemplateEngine::validate(draft());
    m_problems->clear();
    for (const auto& problem : m_currentProblems) {
        auto* item = new QListWidgetItem(
            tr("%1, line %2: %3").arg(partText(problem.part)).arg(problem.line).arg(problem.message),
            m_problems);
        item->setForeground(FieldState::problemColour(this));
    }
    m_problems->setVisible(!m_currentProblems.isEmpty());
    m_save->setEnabled(m_currentProblems.isEmpty());
    m_save->setToolTip(m_currentProblems.isEmpty() ? QString()
                                                   : tr("Mend the problems listed below the editors first"));
    markLines();
}

void TemplatesPage::markLines()
{
    for (QPlainTextEdit* editor : {m_text, m_html}) {
        const Template::Part part = editor == m_text ? Template::Part::Text : Template::Part::Html;
        QList<QTextEdit::ExtraSelection> marks;
        for (const auto& problem : m_currentProblems) {
            if (problem.part != part || problem.line < 1)
                continue;
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(editor->document()->findBlockByNumber(problem.line - 1));
            mark.format.setBackground(QColor(0xff, 0xd8, 0xd8));
            mark.format.setForeground(QColor(0x40, 0x00, 0x00));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setToolTip(problem.message);
            marks << mark;
        }
        editor->setExtraSelections(marks);
    }
    bool subjectBad = false;
    for (const auto& problem : m_currentProblems)
        subjectBad = subjectBad || problem.part == Template::Part::Subject;
    m_subject->setStyleSheet(subjectBad ? QStringLiteral("QLineEdit { border: 2px solid %1; }")
                                              .arg(FieldState::problemColour(this).name())
                                        : QString());
}

void TemplatesPage::updatePreview()
{
    m_previewTimer->stop();
    m_previewText.clear();
    if (!m_session.isOpen())
        return;
    if (!m_currentProblems.isEmpty()) {
        m_previewSubject->setText(tr("<i>No preview while the template has problems.</i>"));
        m_preview->clear();
        return;
    }
    const QString customer = m_customer->currentData().toString();
    if (customer.isEmpty()) {
        m_previewSubject->setText(tr("<i>Add a customer to see a preview.</i>"));
        m_preview->clear();
        return;
    }
    try {
        const auto rendered =
            TemplateRenderer(m_session.ledger()).preview(draft(), customer, m_session.today());
        m_previewText = rendered.text;
        m_previewSubject->setText(tr("<b>Subject:</b> %1").arg(rendered.subject.toHtmlEscaped()));
        if (rendered.html.isEmpty())
            m_preview->setPlainText(rendered.text);
        else
            m_preview->setHtml(rendered.html);
    } catch (const InputProblems& problems) {
        QStringList lines;
        for (const auto& problem : problems.problems())
            lines << problem.toString().toHtmlEscaped();
        m_previewSubject->setText(tr("<b>This customer's message cannot be made:</b><br>%1")
                                      .arg(lines.join(QStringLiteral("<br>"))));
        m_preview->clear();
    } catch (const std::exception& error) {
        m_previewSubject->setText(Guarded::textOf(error).toHtmlEscaped());
        m_preview->clear();
    }
}

bool TemplatesPage::save()
{
    validate();
    if (!m_currentProblems.isEmpty()) {
        say(tr("Not saved: mend the problems listed below the editors first (%1).")
                .arg(m_currentProblems.size()),
            true);
        return false;
    }
    try {
        m_loaded = TemplateLibrary(m_session.ledger()).save(draft());
    } catch (const InputProblems& problems) {
        QStringList lines;
        for (const auto& problem : problems.problems())
            lines << problem.toString();
        say(tr("Not saved: %1").arg(lines.join(QStringLiteral("; "))), true);
        return false;
    } catch (const std::exception& error) {
        say(tr("Not saved: %1").arg(Guarded::textOf(error)), true);
        return false;
    }
    m_modified = false;
    say(tr("Saved %1.").arg(m_loaded.label()), false);
    return true;
}

bool TemplatesPage::resetToDefault()
{
    if (!m_session.isOpen())
        return false;
    if (!MessageBox::question(
            this, tr("Reset to Default?"),
            tr("Put back the text Settle ships for %1? The text now in the editors is replaced.")
                .arg(m_loaded.label())))
        return false;
    if (!Guarded::run(
            [&] {
                TemplateLibrary(m_session.ledger())
                    .resetToDefault(m_loaded.key, m_loaded.language, m_loaded.version);
            },
            [&](const QString& why) { say(tr("Not reset: %1").arg(why), true); }))
        return false;
    loadTemplate();
    say(tr("%1 has the text Settle ships again.").arg(m_loaded.label()), false);
    return true;
}

} // namespace settle
