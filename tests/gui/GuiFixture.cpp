#include "GuiFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace settle::test {

void GuiFixture::SetUp()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    // The follow-up timer would raise follow-ups on its own as soon as a ledger opens; the tests that
    // are about it switch it on (FollowupTimerGuiTest).
    m_settings->setFollowupTimerEnabled(false);
    m_session = std::make_unique<LedgerSession>(m_ledger.clock());
    MessageBox::setHandler([this](MessageBox::Kind kind, const QString& title, const QString& text) {
        m_messages << Message{kind, title, text};
        return m_answer;
    });
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    settle();
}

void GuiFixture::TearDown()
{
    m_window.reset();
    m_session.reset();
    MessageBox::setHandler({});
    settle();
}

void GuiFixture::openLedger()
{
    ASSERT_TRUE(m_window->openLedger(m_ledger.path()));
    settle();
}

void GuiFixture::recreateWindow()
{
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    settle();
}

void GuiFixture::typeIntoCell(QAbstractItemView* view, int row, int column, const QString& text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index); // views that edit on a current change open the editor here
    auto editorOf = [view] {
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        return editor && view->viewport()->isAncestorOf(editor) ? editor : view->viewport()->findChild<QLineEdit*>();
    };
    if (!editorOf())
        view->edit(index);
    QLineEdit* editor = editorOf();
    ASSERT_NE(editor, nullptr) << "no editor opened for cell " << row << "," << column;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

void GuiFixture::settle(int milliseconds)
{
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::qWait(milliseconds);
}

} // namespace settle::test
