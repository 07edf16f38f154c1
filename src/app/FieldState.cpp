#include "FieldState.h"

#include <QLabel>
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

bool FieldState::isInvalid(const QWidget* field)
{
    return field && field->property("invalid").toBool();
}

} // namespace settle
