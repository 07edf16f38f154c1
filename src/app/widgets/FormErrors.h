#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace settle {

// The place beside a form field where its problem shows while the user types: a hidden
// label in the row below the field, shown with FieldState::mark.
class FormErrors
{
public:
    // Inserts the label under `field`'s row of `form`; its object name is the field's + "Error".
    static QLabel* addBelow(QFormLayout* form, QWidget* field);
};

} // namespace settle
