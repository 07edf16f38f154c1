#pragma once

#include <QWidget>

namespace settle {

// A page whose feature lands with a later issue: it says what will be there instead of being blank.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace settle
