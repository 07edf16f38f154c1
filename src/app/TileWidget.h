#pragma once

#include <QFrame>

class QLabel;

namespace settle {

// One figure on the dashboard: a caption, a large value and a line of detail.
class TileWidget : public QFrame
{
    Q_OBJECT

public:
    TileWidget(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    QString detail() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace settle
