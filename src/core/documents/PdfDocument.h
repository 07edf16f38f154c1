#pragma once

#include "documents/PdfToUnicode.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QRectF;
class QPdfWriter;
class QBuffer;
class QTextLayout;

namespace settle {

// A flowing PDF/A-1b document: blocks of text, side-by-side columns and tables that break across
// pages, repeating their header row, with "Page n of m" in every footer. Laid out first and drawn
// when saved, so the page count is known on every page. Measured in points (1/72 inch).
class PdfDocument
{
public:
    enum class Style { Body, Small, Bold, Heading, Title, Label };

    struct Options
    {
        QString title;
        QString author;     // the company: Author and Creator of the document
        QString paperSize;  // "A4" (default) or "Letter"
        QString footerLeft; // e.g. "Northwind Design Studio · Statement of account"
        QString pageLabel = QStringLiteral("Page %1 of %2");
    };

    // One line of a block: text (wrapping), an image scaled to fit, or a drawing.
    struct Item
    {
        QString text;
        Style style = Style::Body;
        Qt::Alignment align = Qt::AlignLeft;
        QImage image;
        double imageHeight = 0; // points; the width follows the aspect ratio
        double spaceAfter = 0;
        // Vector shapes drawn into a square box of `imageHeight` points (in device units), e.g. a QR
        // code that must stay crisp at any printer's resolution.
        std::function<void(QPainter&, const QRectF&)> drawing;
    };
    using Block = QList<Item>;

    struct Column
    {
        QString title;
        double weight = 1; // share of the width left; 0: as wide as the widest cell (never wraps)
        Qt::Alignment align = Qt::AlignLeft;
    };

    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool shaded = false;
        bool ruleAbove = false;
        int boldFrom = 0; // with `bold`: the first bold cell (a date before it stays regular)
    };

    explicit PdfDocument(Options options);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    double contentWidth() const;

    void text(const QString& text, Style style = Style::Body, Qt::Alignment align = Qt::AlignLeft);
    void space(double points);
    // Blocks side by side; `weights` share the width. Kept on one page.
    void columns(const QList<Block>& blocks, const QList<double>& weights, double gap = 18);
    // A table: header row (unless `header` is false), then rows; a page break repeats the header,
    // and the header never stands alone at the foot of a page.
    void table(const QList<Column>& columns, const QList<Row>& rows, bool header = true);
    // Starts a new page unless at least `points` remain (keeps a heading with what follows).
    void needSpace(double points);

    int pageCount() const { return int(m_pages.size()); }
    // The whole file: PDF/A-1b with embedded fonts and the document's metadata.
    QByteArray render();
    // Writes it atomically; throws SettleError (run time) naming the file when it cannot.
    void save(const QString& path);

private:
    struct Laid;
    using Op = std::function<void(QPainter&)>;

    double pt(double points) const; // points -> device units
    // `maxLines` > 0 keeps at most that many lines, the last one ending in "…" when text is cut.
    std::shared_ptr<Laid> lay(const QString& text, Style style, double width, Qt::Alignment align,
                              int maxLines = 0) const;
    // Draws a laid text (all of it, or only line `line`) glyph run by glyph run, recording what the
    // PDF's text maps need.
    void draw(QPainter& painter, const Laid& laid, const QPointF& at, int line = -1);
    double blockHeight(const Block& block, double width, QList<std::shared_ptr<Laid>>& laid) const;
    void newPage();
    void ensure(double height); // device units
    void add(Op op) { m_pages.back().push_back(std::move(op)); }
    void drawFooter(QPainter& painter, int page, int count);

    Options m_options;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0; // device units
    double m_y = 0;
    std::vector<std::vector<Op>> m_pages;
    // Called after a page break inside a table (redraws its header).
    std::function<void()> m_onBreak;
    PdfToUnicode m_unicode;
};

} // namespace settle
