#include "widgets/MessageBox.h"

#include <QMessageBox>

namespace settle {

namespace {
MessageBox::Handler& handler()
{
    static MessageBox::Handler instance;
    return instance;
}
MessageBox::ChoiceHandler& choiceHandler()
{
    static MessageBox::ChoiceHandler instance;
    return instance;
}
} // namespace

void MessageBox::setChoiceHandler(ChoiceHandler newHandler)
{
    choiceHandler() = std::move(newHandler);
}

MessageBox::Choice MessageBox::askToSave(QWidget* parent, const QString& title, const QString& text)
{
    if (choiceHandler())
        return choiceHandler()(title, text);
    if (handler())
        return handler()(Kind::Question, title, text) ? Choice::Save : Choice::Discard;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return Choice::Save;
    case QMessageBox::Discard: return Choice::Discard;
    default: return Choice::Cancel;
    }
}

void MessageBox::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

bool MessageBox::show(Kind kind, QWidget* parent, const QString& title, const QString& text)
{
    if (handler())
        return handler()(kind, title, text);
    switch (kind) {
    case Kind::Information: QMessageBox::information(parent, title, text); return true;
    case Kind::Warning: QMessageBox::warning(parent, title, text); return true;
    case Kind::Error: QMessageBox::critical(parent, title, text); return true;
    case Kind::Question:
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    }
    return false;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(Kind::Information, parent, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(Kind::Warning, parent, title, text);
}

void MessageBox::error(QWidget* parent, const QString& title, const QString& text)
{
    show(Kind::Error, parent, title, text);
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(Kind::Question, parent, title, text);
}

} // namespace settle
