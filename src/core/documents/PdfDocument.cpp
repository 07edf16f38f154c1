#include "documents/PdfDocument.h"

#include "errors/FileError.h"
#include "errors/SettleError.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace settle {

namespace {

constexpr int resolution = 600;     // dots per inch of the layout; text positions are exact to 1/600"
constexpr double marginLeft = 56.7; // 20 mm
constexpr double marginRight = 56.7;
constexpr double marginTop = 48;
constexpr double marginBottom = 62; // the footer sits inside it
constexpr double cellPadX = 4;
constexpr double cellPadY = 2.6;
// Text that must stay on one page (a name or an address in a block, a table cell) keeps at most this
// many lines; more is cut, the last line ending in "…". A row then always fits on a page.
constexpr int blockLines = 12;
constexpr int cellLines = 40;
// More characters than any line holds: a bounded text is cut to this many a line before it is laid out,
// so a name of megabytes costs no more than one of a few lines.
constexpr qsizetype charactersPerLine = 1000;
// Qt's line breaking is quadratic in the length of a word that has to break anywhere (one word of
// 100 kB took 0.4 s, 200 kB 1.5 s); a line break after this many characters of one word keeps it
// linear. No real word comes near it.
constexpr qsizetype longestWord = 2000;

const QColor ink(0x20, 0x20, 0x20);
const QColor grey(0x6b, 0x6b, 0x6b);
const QColor rule(0xb8, 0xb8, 0xb8);
const QColor shade(0xf0, 0xf0, 0xf0);
const QColor headerShade(0xe2, 0xe6, 0xea);

// fontconfig family names, in order: DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew and Arabic;
// Noto Sans CJK the Chinese, Japanese and Korean names; Symbola emoji and symbols, in outlines. A
// colour emoji font (Noto Color Emoji) holds bitmaps that Qt 6.4 embeds as empty glyphs, so it is not
// asked for. Nothing is bundled.
QFont fontFor(PdfDocument::Style style)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans CJK KR"),
                      QStringLiteral("Symbola")});
    font.setStyleHint(QFont::SansSerif);
    // No ligatures where a script does not need them: "fi" stays two letters that a reader can search
    // and copy (pdftotext reads "Springfield", not "Spring\uFB01eld"); Arabic is still shaped.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // A PDF is scaled by its reader: the layout measures unhinted glyphs, as they will be drawn.
    font.setHintingPreference(QFont::PreferNoHinting);
    switch (style) {
    case PdfDocument::Style::Body:
        font.setPointSizeF(9);
        break;
    case PdfDocument::Style::Small:
        font.setPointSizeF(7.5);
        break;
    case PdfDocument::Style::Bold:
        font.setPointSizeF(9);
        font.setBold(true);
        break;
    case PdfDocument::Style::Heading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case PdfDocument::Style::Title:
        font.setPointSizeF(17);
        font.setBold(true);
        break;
    case PdfDocument::Style::Label:
        font.setPointSizeF(8);
        font.setBold(true);
        break;
    }
    return font;
}

// `text` with a line break after every `longestWord` characters of a single word (never inside a
// surrogate pair or before a combining mark).
QString withBoundedWords(const QString& text)
{
    QString out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            run = 0;
        } else if (++run > longestWord && !c.isLowSurrogate() && !c.isMark()) {
            if (out.isEmpty())
                out = text.left(i);
            out += QChar::LineSeparator;
            run = 1;
        }
        if (!out.isEmpty())
            out += c;
    }
    return out.isEmpty() ? text : out;
}

std::shared_ptr<QTextLayout> layOut(const QString& text, const QFont& font, QPaintDevice* device,
                                    double width, Qt::Alignment align, double* height)
{
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option(align);
    // Long words (a name without spaces, a URL) break anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    double y = 0;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = text.isEmpty() ? 0 : y;
    return layout;
}

QColor colorFor(PdfDocument::Style style)
{
    return style == PdfDocument::Style::Small ? grey : ink;
}

// Qt 6.4 writes neither an Author in the Info dictionary nor dc:creator in the XMP packet, and PDF/A
// wants the two to agree. Both are the first two objects of its files: they are rewritten with the
// author added, and the cross-reference table is moved along. Anything unexpected leaves the file
// as Qt wrote it (the company then shows as its Creator).
QByteArray withAuthor(const QByteArray& pdf, const QString& author)
{
    const qsizetype info = pdf.indexOf("\n1 0 obj\n<<\n") + 1;
    const qsizetype xmp = pdf.indexOf("\n2 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length ") + 1;
    const qsizetype rest = pdf.indexOf("\n3 0 obj\n") + 1;
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref\n");
    if (info <= 0 || xmp <= info || rest <= xmp || startxrefAt < rest || author.isEmpty())
        return pdf;
    const qsizetype streamStart = pdf.indexOf("stream\n", xmp) + 7;
    const qsizetype streamEnd = pdf.indexOf("\nendstream", streamStart);
    const qsizetype titleEnd = pdf.indexOf("</dc:title>\n", streamStart);
    if (streamStart < 7 || streamEnd < 0 || titleEnd < 0 || titleEnd > streamEnd)
        return pdf;

    QByteArray hex = "<FEFF";
    for (const QChar c : author)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    hex += '>';
    QByteArray infoObject = pdf.mid(info, xmp - info);
    infoObject.insert(infoObject.indexOf("<<\n") + 3, "/Author " + hex + "\n");

    QByteArray packet = pdf.mid(streamStart, streamEnd - streamStart);
    packet.insert(titleEnd - streamStart + 12, "      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>" +
                                                   author.toHtmlEscaped().toUtf8() +
                                                   "</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n");
    const QByteArray xmpObject = "2 0 obj\n<<\n/Type /Metadata /Subtype /XML\n/Length " +
                                 QByteArray::number(packet.size()) + "\n>>\nstream\n" + packet +
                                 pdf.mid(streamEnd, rest - streamEnd);
    const qsizetype delta = infoObject.size() + xmpObject.size() - (rest - info);

    // The classic table Qt writes: "xref", "0 N", then one 20-byte line per object.
    bool ok = false;
    const qsizetype xrefAt = pdf.mid(startxrefAt + 10).split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || pdf.mid(xrefAt, 5) != "xref\n")
        return pdf;
    const qsizetype header = pdf.indexOf('\n', xrefAt + 5);
    const int count = pdf.mid(xrefAt + 5, header - xrefAt - 5).split(' ').value(1).toInt();
    QByteArray table = pdf.mid(xrefAt, startxrefAt - xrefAt);
    for (int n = 1; n < count; ++n) {
        const qsizetype line = header + 1 - xrefAt + qsizetype(n) * 20;
        if (line + 20 > table.size() || table.at(line + 17) != 'n')
            return pdf;
        qint64 offset = table.mid(line, 10).toLongLong();
        if (n == 2)
            offset = info + infoObject.size();
        else if (offset >= rest)
            offset += delta;
        table.replace(line, 10, QByteArray::number(offset).rightJustified(10, '0'));
    }
    const QByteArray trailer = pdf.mid(startxrefAt);
    return pdf.left(info) + infoObject + xmpObject + pdf.mid(rest, xrefAt - rest) + table + "startxref\n" +
           QByteArray::number(xrefAt + delta) + trailer.mid(trailer.indexOf('\n', 10));
}

} // namespace

struct PdfDocument::Laid
{
    std::shared_ptr<QTextLayout> layout;
    double height = 0; // device units
    QColor color;
    QImage image;
    std::function<void(QPainter&, const QRectF&)> drawing;
    double imageWidth = 0;
    double imageHeight = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

PdfDocument::PdfDocument(Options options)
    : m_options(std::move(options)), m_buffer(std::make_unique<QBuffer>())
{
    // Fonts need a QGuiApplication (the offscreen platform will do); without one Qt aborts the process.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw SettleError(
            SettleError::Kind::Runtime,
            QStringLiteral("rendering \"%1\" needs a QGuiApplication (fonts); start one, e.g. on "
                           "the offscreen platform")
                .arg(m_options.title));
    m_buffer->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer->setResolution(resolution);
    const bool letter = m_options.paperSize.compare(QStringLiteral("Letter"), Qt::CaseInsensitive) == 0;
    m_writer->setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4),
                                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    m_writer->setTitle(m_options.title);
    m_writer->setCreator(m_options.author.isEmpty() ? QStringLiteral("Settle") : m_options.author);
    m_left = pt(marginLeft);
    m_right = m_writer->width() - pt(marginRight);
    m_top = pt(marginTop);
    m_bottom = m_writer->height() - pt(marginBottom);
    m_pages.emplace_back();
    m_y = m_top;
}

PdfDocument::~PdfDocument() = default;

double PdfDocument::pt(double points) const
{
    return points * resolution / 72.0;
}

double PdfDocument::contentWidth() const
{
    return (m_right - m_left) * 72.0 / resolution;
}

std::shared_ptr<PdfDocument::Laid> PdfDocument::lay(const QString& text, Style style, double width,
                                                    Qt::Alignment align, int maxLines) const
{
    auto laid = std::make_shared<Laid>();
    const QFont font = fontFor(style);
    const qsizetype bound = maxLines > 0 ? maxLines * charactersPerLine : text.size();
    QString flowing = withBoundedWords(text.left(bound));
    flowing.replace(u'\n', QChar::LineSeparator);
    laid->layout = layOut(flowing, font, m_writer.get(), width, align, &laid->height);
    const int lines = laid->layout->lineCount();
    if (maxLines > 0 && lines > 0 && (lines > maxLines || text.size() > bound)) {
        // The first lines as they are, then the last one that fits, elided.
        const QTextLine last = laid->layout->lineAt(std::min(lines, maxLines) - 1);
        QString tail = flowing.mid(last.textStart(), last.textLength());
        while (!tail.isEmpty() && tail.back().isSpace())
            tail.chop(1);
        const QString elided = QFontMetricsF(font, m_writer.get())
                                   .elidedText(tail + QChar(0x2026), Qt::ElideRight, width);
        laid->layout =
            layOut(flowing.left(last.textStart()) + elided, font, m_writer.get(), width, align, &laid->height);
    }
    laid->color = colorFor(style);
    laid->align = align;
    return laid;
}

void PdfDocument::draw(QPainter& painter, const Laid& laid, const QPointF& at, int line)
{
    // A line's glyph runs are what QTextLayout hands the PDF engine for it, in the same order
    // (QTextLayout::glyphRuns merges them by font, in no order, so it is asked line by line).
    const QTextLayout& layout = *laid.layout;
    painter.setPen(laid.color);
    const int first = line < 0 ? 0 : line;
    const int end = line < 0 ? layout.lineCount() : line + 1;
    for (int i = first; i < end; ++i) {
        const QTextLine textLine = layout.lineAt(i);
        m_unicode.addText(layout.text().mid(textLine.textStart(), textLine.textLength()));
        for (const QGlyphRun& run : textLine.glyphRuns())
            m_unicode.addGlyphs(run);
    }
    if (line < 0)
        layout.draw(&painter, at);
    else
        layout.lineAt(line).draw(&painter, at);
}

void PdfDocument::newPage()
{
    m_pages.emplace_back();
    m_y = m_top;
    // Later pages say what they continue.
    auto head = lay(m_options.title, Style::Small, m_right - m_left, Qt::AlignLeft, 2);
    const double left = m_left, top = m_y;
    add([this, head, left, top](QPainter& p) { draw(p, *head, QPointF(left, top)); });
    m_y += head->height + pt(8);
}

void PdfDocument::ensure(double height)
{
    if (m_y + height > m_bottom && m_y > m_top + pt(20)) {
        newPage();
        if (m_onBreak)
            m_onBreak();
    }
}

void PdfDocument::needSpace(double points)
{
    ensure(pt(points));
}

void PdfDocument::space(double points)
{
    m_y += pt(points);
}

void PdfDocument::text(const QString& text, Style style, Qt::Alignment align)
{
    auto laid = lay(text, style, m_right - m_left, align);
    if (m_y + laid->height <= m_bottom) {
        const double x = m_left, y = m_y;
        add([this, laid, x, y](QPainter& p) { draw(p, *laid, QPointF(x, y)); });
        m_y += laid->height;
        return;
    }
    // Longer than what is left of the page: line by line, breaking the page between lines.
    for (int i = 0; i < laid->layout->lineCount(); ++i) {
        const QTextLine line = laid->layout->lineAt(i);
        ensure(line.height());
        const double x = m_left, y = m_y - line.y();
        add([this, laid, i, x, y](QPainter& p) { draw(p, *laid, QPointF(x, y), i); });
        m_y += line.height();
    }
}

double PdfDocument::blockHeight(const Block& block, double width, QList<std::shared_ptr<Laid>>& laid) const
{
    double height = 0;
    for (const Item& item : block) {
        std::shared_ptr<Laid> l;
        if (item.drawing) {
            l = std::make_shared<Laid>();
            l->drawing = item.drawing;
            l->imageHeight = std::min(pt(item.imageHeight), width);
            l->imageWidth = l->imageHeight;
            l->height = l->imageHeight;
            l->align = item.align;
        } else if (!item.image.isNull()) {
            l = std::make_shared<Laid>();
            // PDF/A-1 allows no transparency: flatten onto white.
            QImage flat(item.image.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            {
                QPainter painter(&flat);
                painter.drawImage(0, 0, item.image);
            }
            l->image = flat;
            l->imageHeight = pt(item.imageHeight);
            l->imageWidth = l->imageHeight * flat.width() / std::max(1, flat.height());
            if (l->imageWidth > width) {
                l->imageHeight *= width / l->imageWidth;
                l->imageWidth = width;
            }
            l->height = l->imageHeight;
            l->align = item.align;
        } else {
            l = lay(item.text, item.style, width, item.align, blockLines);
        }
        height += l->height + pt(item.spaceAfter);
        laid << l;
    }
    return height;
}

void PdfDocument::columns(const QList<Block>& blocks, const QList<double>& weights, double gap)
{
    double total = 0;
    for (double w : weights)
        total += w;
    const double available = (m_right - m_left) - pt(gap) * (blocks.size() - 1);
    QList<QList<std::shared_ptr<Laid>>> laidBlocks;
    QList<double> widths;
    double height = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const double width = available * weights.value(i, 1) / total;
        QList<std::shared_ptr<Laid>> laid;
        height = std::max(height, blockHeight(blocks[i], width, laid));
        laidBlocks << laid;
        widths << width;
    }
    ensure(height);
    double x = m_left;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        double y = m_y;
        for (qsizetype j = 0; j < laidBlocks[i].size(); ++j) {
            auto l = laidBlocks[i][j];
            const double width = widths[i];
            if (!l->image.isNull() || l->drawing) {
                double ix = x;
                if (l->align & Qt::AlignRight)
                    ix = x + width - l->imageWidth;
                else if (l->align & Qt::AlignHCenter)
                    ix = x + (width - l->imageWidth) / 2;
                const QRectF target(ix, y, l->imageWidth, l->imageHeight);
                if (l->drawing)
                    add([l, target](QPainter& p) { l->drawing(p, target); });
                else
                    add([l, target](QPainter& p) { p.drawImage(target, l->image); });
            } else {
                const double lx = x, ly = y;
                add([this, l, lx, ly](QPainter& p) { draw(p, *l, QPointF(lx, ly)); });
            }
            y += l->height + pt(blocks[i][j].spaceAfter);
        }
        x += widths[i] + pt(gap);
    }
    m_y += height;
}

void PdfDocument::table(const QList<Column>& columns, const QList<Row>& rows, bool header)
{
    double total = 0;
    for (const auto& c : columns)
        total += c.weight;
    const double padX = pt(cellPadX), padY = pt(cellPadY);
    // Columns of weight 0 take the width of their widest cell (dates, amounts: never wrapped); the
    // others share the rest by weight.
    QList<double> widths;
    double fixed = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        double w = 0;
        if (columns[i].weight <= 0) {
            const QFontMetricsF body(fontFor(Style::Body), m_writer.get());
            const QFontMetricsF bold(fontFor(Style::Bold), m_writer.get());
            const QFontMetricsF label(fontFor(Style::Label), m_writer.get());
            w = header ? label.horizontalAdvance(columns[i].title) : 0;
            for (const Row& row : rows)
                w = std::max(
                    w, (row.bold && i >= row.boldFrom ? bold : body).horizontalAdvance(row.cells.value(i)));
            // A column that would take more than a third of the width wraps instead.
            w = std::min(w + 2 * padX + pt(1), (m_right - m_left) / 3);
            fixed += w;
        }
        widths << w;
    }
    const double flexible = std::max(0.0, (m_right - m_left) - fixed);
    QList<double> xs;
    double x = m_left;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].weight > 0)
            widths[i] = flexible * columns[i].weight / std::max(total, 1e-9);
        xs << x;
        x += widths[i];
    }
    const double left = m_left, right = m_right;

    auto drawRow = [&](const QStringList& cells, Style style, const QColor& fill, bool ruleAbove,
                       bool ruleBelow, int boldFrom = 0) {
        QList<std::shared_ptr<Laid>> laid;
        double height = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Style cellStyle = style == Style::Bold && i < boldFrom ? Style::Body : style;
            auto l = lay(cells.value(i), cellStyle, widths[i] - 2 * padX, columns[i].align, cellLines);
            height = std::max(height, l->height);
            laid << l;
        }
        height += 2 * padY;
        return std::make_tuple(laid, height, fill, ruleAbove, ruleBelow);
    };
    auto place = [&](const auto& row) {
        const auto& [laid, height, fill, ruleAbove, ruleBelow] = row;
        const double top = m_y;
        const QList<double> cellXs = xs;
        add([=, this](QPainter& p) {
            if (fill.isValid())
                p.fillRect(QRectF(left, top, right - left, height), fill);
            p.setPen(QPen(rule, 0));
            if (ruleAbove)
                p.drawLine(QPointF(left, top), QPointF(right, top));
            if (ruleBelow)
                p.drawLine(QPointF(left, top + height), QPointF(right, top + height));
            for (qsizetype i = 0; i < laid.size(); ++i)
                draw(p, *laid[i], QPointF(cellXs[i] + padX, top + padY));
        });
        m_y += height;
    };

    QStringList titles;
    for (const auto& c : columns)
        titles << c.title;
    const auto headerRow = drawRow(titles, Style::Label, headerShade, false, true);
    const double headerHeight = header ? std::get<1>(headerRow) : 0;
    // The header and the first row start together on a page.
    const double firstRow =
        rows.isEmpty() ? 0 : std::get<1>(drawRow(rows.first().cells, Style::Body, {}, false, false));
    ensure(headerHeight + firstRow);
    if (header) {
        place(headerRow);
        m_onBreak = [&]() { place(headerRow); };
    }
    int index = 0;
    for (const Row& row : rows) {
        QColor fill = row.shaded ? shade : (index % 2 == 1 ? QColor(0xf8, 0xf8, 0xf8) : QColor());
        const auto laidRow = drawRow(row.cells, row.bold ? Style::Bold : Style::Body, fill, row.ruleAbove,
                                     false, row.boldFrom);
        ensure(std::get<1>(laidRow));
        place(laidRow);
        ++index;
    }
    m_onBreak = nullptr;
    // A closing rule under the table.
    const double bottom = m_y;
    add([=](QPainter& p) {
        p.setPen(QPen(rule, 0));
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom));
    });
}

void PdfDocument::drawFooter(QPainter& painter, int page, int count)
{
    const double y = m_writer->height() - pt(marginBottom) + pt(22);
    painter.setPen(QPen(rule, 0));
    painter.drawLine(QPointF(m_left, y - pt(5)), QPointF(m_right, y - pt(5)));
    const double width = m_right - m_left;
    auto left = lay(m_options.footerLeft, Style::Small, width * 0.7, Qt::AlignLeft, 2);
    auto right = lay(m_options.pageLabel.arg(page).arg(count), Style::Small, width * 0.3, Qt::AlignRight, 1);
    draw(painter, *left, QPointF(m_left, y));
    draw(painter, *right, QPointF(m_left + width * 0.7, y));
}

QByteArray PdfDocument::render()
{
    m_unicode.clear();
    QPainter painter;
    if (!painter.begin(m_writer.get()))
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("cannot start the PDF \"%1\"").arg(m_options.title));
    const int count = int(m_pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_writer->newPage();
        for (const Op& op : m_pages[size_t(i)])
            op(painter);
        drawFooter(painter, i + 1, count);
    }
    painter.end();
    return withAuthor(m_unicode.apply(m_buffer->data()), m_options.author);
}

void PdfDocument::save(const QString& path)
{
    const QByteArray pdf = render();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        throw SettleError(SettleError::Kind::Runtime, FileError::cannotWrite(path, file));
}

} // namespace settle
