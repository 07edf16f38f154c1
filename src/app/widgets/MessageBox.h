#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace settle {

// Every message and question the app puts to the user goes through here, so that GUI tests can
// answer modal dialogs instead of hanging on them.
class MessageBox
{
public:
    enum class Kind { Information, Warning, Error, Question };
    // Returns the answer to a question (true = yes); ignored for the other kinds.
    using Handler = std::function<bool(Kind kind, const QString& title, const QString& text)>;

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Unsaved changes: keep them (Save), lose them (Discard) or stay where one is (Cancel).
    enum class Choice { Save, Discard, Cancel };
    using ChoiceHandler = std::function<Choice(const QString& title, const QString& text)>;
    static Choice askToSave(QWidget* parent, const QString& title, const QString& text);
    // Tests answer askToSave() here; without one, a test's Handler answers it (yes: Save, no: Discard).
    static void setChoiceHandler(ChoiceHandler handler);

    // Tests install a handler; an empty one brings back the real dialogs.
    static void setHandler(Handler handler);

private:
    static bool show(Kind kind, QWidget* parent, const QString& title, const QString& text);
};

} // namespace settle
