#pragma once

#include "GuiFixture.h"

#include "settings/SettingsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace settle::test {

// The settings page as a user works it: its fields found by name, text replaced by typing, Save
// clicked, and what the ledger stored read back.
class SettingsPageFixture : public GuiFixture
{
protected:
    SettingsPage* page()
    {
        m_window->showPage(MainWindow::Page::Settings);
        settle();
        return m_window->settingsPage();
    }

    template <typename Widget = QLineEdit> Widget* field(const char* name)
    {
        auto* widget = m_window->settingsPage()->findChild<Widget*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Replaces a line edit's text by typing, as a user would.
    void type(const char* name, const QString& text)
    {
        QLineEdit* edit = field(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void clickSave()
    {
        QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton);
        settle();
    }

    QString stored(const QString& key) { return m_session->ledger().setting(key); }
    QString stored(const char* key) { return stored(QString::fromLatin1(key)); }

    // The message under a field, empty while it is hidden.
    QString errorText(const char* fieldName)
    {
        auto* label = m_window->settingsPage()->findChild<QLabel*>(QString::fromLatin1(fieldName) +
                                                                   QStringLiteral("Error"));
        EXPECT_NE(label, nullptr) << fieldName;
        return label && !label->isHidden() ? label->text() : QString();
    }
};

} // namespace settle::test
