#include "widgets/FormErrors.h"

#include <QFormLayout>
#include <QLabel>

namespace settle {

QLabel* FormErrors::addBelow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setWordWrap(true);
    // A red that reads on light and dark palettes alike.
    label->setStyleSheet(QStringLiteral("color: #e53935;"));
    label->setVisible(false);
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    if (row < 0) {
        // The field sits inside a row's layout (a field with a button beside it).
        for (int r = 0; r < form->rowCount() && row < 0; ++r)
            if (QLayoutItem* item = form->itemAt(r, QFormLayout::FieldRole);
                item && item->layout() && item->layout()->indexOf(field) >= 0)
                row = r;
    }
    form->insertRow(row < 0 ? form->rowCount() : row + 1, QString(), label);
    return label;
}

} // namespace settle
