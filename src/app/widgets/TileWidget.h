#pragma once

#include <QFrame>

class QLabel;

namespace settle {

// One figure on the dashboard: a caption, a large value and a line of detail. The value is never
// cut: in a narrow window its font shrinks (down to the normal size) until the whole amount fits,
// and the tile does not get narrower than the amount at the normal size.
class TileWidget : public QFrame
{
    Q_OBJECT

public:
    TileWidget(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    QString detail() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fitValue();

    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace settle
