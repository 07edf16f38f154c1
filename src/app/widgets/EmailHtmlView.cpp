#include "widgets/EmailHtmlView.h"

#include <QEvent>

namespace settle {

EmailHtmlView::EmailHtmlView(QWidget* parent) : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    usePaper(this);
}

void EmailHtmlView::usePaper(QTextEdit* view)
{
    QPalette paper = view->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paper.setColor(group, QPalette::Base, QColor(0xff, 0xff, 0xff));
        paper.setColor(group, QPalette::Text, QColor(0x22, 0x22, 0x22));
        paper.setColor(group, QPalette::Link, QColor(0x0b, 0x57, 0xd0));
        paper.setColor(group, QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    }
    view->setPalette(paper);
    view->viewport()->setPalette(paper);
    view->viewport()->setAutoFillBackground(true);
    view->setBackgroundRole(QPalette::Base);
}

void EmailHtmlView::showEmail(const QString& html)
{
    if (html.trimmed().isEmpty())
        setPlainText(tr("(This message has no HTML part; it is sent as plain text.)"));
    else
        setHtml(html);
}

void EmailHtmlView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    // A palette change of the application reaches every widget: the paper stays paper.
    if (event->type() == QEvent::PaletteChange && palette().color(QPalette::Base) != QColor(0xff, 0xff, 0xff))
        usePaper(this);
}

} // namespace settle
