#pragma once

#include <QTextBrowser>

namespace settle {

// An email's HTML part shown the way a mail program shows it: rendered, read-only, on a light "paper"
// whatever the system's palette. The shipped templates write dark text (#222) for a white page; on a
// dark palette's grey it could not be read, so the page keeps its own light background and dark text.
// Links are shown, not followed, and nothing is fetched from the network.
class EmailHtmlView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit EmailHtmlView(QWidget* parent = nullptr);

    // The paper's colours on any QTextEdit that shows an email's HTML (the outbox's preview, say).
    static void usePaper(QTextEdit* view);

    // Shows `html`, or says that the message has no HTML part.
    void showEmail(const QString& html);

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace settle
