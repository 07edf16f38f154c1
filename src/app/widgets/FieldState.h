#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace settle {

// Validation as the user types: a red border on the field and the reason beside it,
// never a modal storm. Fields carry the property "invalid" so that tests can see the state.
class FieldState
{
public:
    static void mark(QWidget* field, bool valid, const QString& reason = {});
    // Marks the field and shows the reason in `message` (hidden when valid).
    static void mark(QWidget* field, QLabel* message, bool valid, const QString& reason);
    static bool isInvalid(const QWidget* field);
    // The red for a problem's words that reads on the widget's palette: a deep red on a light window,
    // a light one on a dark window (a fixed red is lost on one of them).
    static QColor problemColour(const QWidget* widget);
    // The style sheet that writes a widget's text in problemColour().
    static QString problemStyle(const QWidget* widget);
};

} // namespace settle
