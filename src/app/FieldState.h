#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace settle {

// Validation as the user types (issue 6): a red border on the field and the reason beside it,
// never a modal storm. Fields carry the property "invalid" so that tests can see the state.
class FieldState
{
public:
    static void mark(QWidget* field, bool valid, const QString& reason = {});
    // Marks the field and shows the reason in `message` (hidden when valid).
    static void mark(QWidget* field, QLabel* message, bool valid, const QString& reason);
    static bool isInvalid(const QWidget* field);
};

} // namespace settle
