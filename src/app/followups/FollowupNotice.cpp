#include "followups/FollowupNotice.h"

#include "followups/FollowupMonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace settle {

FollowupNotice::FollowupNotice(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("followupNotice"));
    // Colours from the palette (a highlighted edge on the window's own background), so that the band
    // reads in a dark palette and in high contrast alike.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#followupNotice { border: 2px solid palette(highlight); border-radius: 4px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("followupNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("followupNoticeButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            Q_EMIT settingRequested(m_monitor->notice().tab, m_monitor->notice().field);
    });
    setAccessibleName(tr("Follow-ups stopped"));
    hide();
}

void FollowupNotice::setMonitor(FollowupMonitor* monitor)
{
    m_monitor = monitor;
    connect(monitor, &FollowupMonitor::noticeChanged, this, &FollowupNotice::refresh);
    refresh();
}

QString FollowupNotice::text() const
{
    return m_text->text();
}

void FollowupNotice::refresh()
{
    const FollowupMonitor::Notice notice = m_monitor ? m_monitor->notice() : FollowupMonitor::Notice();
    m_text->setText(notice.text);
    m_button->setText(notice.action);
    m_button->setVisible(!notice.field.isEmpty());
    setVisible(!notice.isEmpty());
}

} // namespace settle
