#include "shell/ServerBanner.h"

#include "shell/LedgerSession.h"

#include <QHBoxLayout>
#include <QLabel>

namespace settle {

ServerBanner::ServerBanner(LedgerSession& session, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("serverBanner"));
    // Colours from the palette, readable in a dark one; the border says "attention" without a new colour.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#serverBanner { border: 2px solid palette(highlight); border-radius: 4px; }"));
    m_text = new QLabel(tr("The ledger's server cannot be reached — retrying. Nothing can be changed until it "
                           "answers again; what you typed stays where it is."),
                        this);
    m_text->setObjectName(QStringLiteral("serverBannerText"));
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("The ledger's server cannot be reached"));
    connect(&session, &LedgerSession::serverLost, this, &QWidget::show);
    connect(&session, &LedgerSession::serverBack, this, &QWidget::hide);
    connect(&session, &LedgerSession::closed, this, &QWidget::hide);
    hide();
}

QString ServerBanner::text() const
{
    return m_text->text();
}

} // namespace settle
