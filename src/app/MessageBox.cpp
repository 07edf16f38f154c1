#include "MessageBox.h"

#include <QMessageBox>

namespace settle {

namespace {
MessageBox::Handler& handler()
{
    static MessageBox::Handler instance;
    return instance;
}
} // namespace

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
