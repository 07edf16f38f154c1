#include "widgets/FieldState.h"

#include <QLabel>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace settle {

void FieldState::mark(QWidget* field, bool valid, const QString& reason)
{
    if (!field || field->property("invalid").toBool() == !valid)
        return;
    field->setProperty("invalid", !valid);
    // Only the border: the palette (light or dark) keeps its colours.
    field->setStyleSheet(valid ? QString() : QStringLiteral("border: 2px solid #d32f2f; border-radius: 3px;"));
    field->setToolTip(reason);
    field->setAccessibleDescription(reason);
}

void FieldState::mark(QWidget* field, QLabel* message, bool valid, const QString& reason)
{
    mark(field, valid, reason);
    if (field)
        field->setToolTip(valid ? QString() : reason);
    if (message) {
        message->setText(valid ? QString() : reason);
        message->setVisible(!valid);
    }
}

QColor FieldState::problemColour(const QWidget* widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QString FieldState::problemStyle(const QWidget* widget)
{
    return QStringLiteral("color: %1;").arg(problemColour(widget).name());
}

bool FieldState::isInvalid(const QWidget* field)
{
    return field && field->property("invalid").toBool();
}

} // namespace settle
