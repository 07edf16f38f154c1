#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace settle {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    auto* body = new QLabel(text, this);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace settle
