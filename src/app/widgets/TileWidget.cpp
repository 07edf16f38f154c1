#include "widgets/TileWidget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace settle {

namespace {

constexpr qreal largest = 1.7; // the value's size at its best, relative to the tile's font

} // namespace

TileWidget::TileWidget(const QString& caption, QWidget* parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base); // light or dark with the system palette
    setAutoFillBackground(true);
    setMinimumWidth(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The label's size hint follows the text at the normal size; the tile gives it the rest.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    setAccessibleName(caption);
    fitValue();
}

void TileWidget::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(value + u' ' + detail);
    fitValue();
}

QString TileWidget::value() const
{
    return m_value->text();
}

QString TileWidget::detail() const
{
    return m_detail->text();
}

void TileWidget::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitValue();
}

void TileWidget::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitValue();
}

void TileWidget::fitValue()
{
    QFont normal = font();
    normal.setBold(true);
    const int needed = QFontMetrics(normal).horizontalAdvance(m_value->text()) + 2;
    // Never narrower than the amount at the normal size: the page scrolls before a figure is cut.
    m_value->setMinimumWidth(needed);
    const int room = m_value->contentsRect().width();
    QFont shown = normal;
    const qreal base = normal.pointSizeF() > 0 ? normal.pointSizeF() : 9.0;
    for (qreal scale = largest; scale > 1.0; scale -= 0.05) {
        shown.setPointSizeF(base * scale);
        if (QFontMetrics(shown).horizontalAdvance(m_value->text()) + 2 <= room)
            break;
    }
    if (QFontMetrics(shown).horizontalAdvance(m_value->text()) + 2 > room)
        shown = normal;
    if (m_value->font() != shown)
        m_value->setFont(shown);
}

} // namespace settle
