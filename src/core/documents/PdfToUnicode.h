#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

class QGlyphRun;

namespace settle {

// Makes every character of a QPdfWriter document read back as itself (copy and paste, search, screen
// readers, pdftotext).
//
// Qt 6.4 writes each embedded font's ToUnicode map from the font's cmap alone: a glyph gets the lowest
// code point that shows it, and code points above U+FFFF are left out. A glyph that several code points
// share then reads back as the wrong one (the ideograph 日 U+65E5 as the Kangxi radical ⽇ U+2F47, a
// space as a tab), and emoji read back as nothing. This records what the document draws - for each
// font the glyphs in the order Qt numbers them in its subset (first drawn, first numbered, after
// .notdef), and the characters written - and rewrites each map so that a glyph reads back as the
// character of the document that the font shows with it.
class PdfToUnicode
{
public:
    void clear();
    // Every character drawn, whatever its font.
    void addText(const QString& text);
    // A run of glyphs as it is handed to the painter, in drawing order.
    void addGlyphs(const QGlyphRun& run);

    // `pdf` with its fonts' ToUnicode maps rewritten. A font whose recorded numbering disagrees with
    // what Qt wrote for it keeps Qt's map, as does a file laid out otherwise than Qt writes them.
    QByteArray apply(const QByteArray& pdf) const;

private:
    struct Font
    {
        QRawFont raw;
        QList<quint32> glyphs{0}; // the subset's numbering: index = CID, 0 = .notdef
        QHash<quint32, int> cids;
    };

    // The font as the PDF names it (its PostScript name, the BaseFont of Qt's font dictionaries).
    QByteArray postScriptName(const QRawFont& font) const;
    // CID -> the text it stands for, from Qt's own map `qt` and what was written; empty when unknown.
    QHash<int, QString> mapFor(const Font& font, const QHash<int, char32_t>& qt) const;

    QHash<QByteArray, Font> m_fonts;
    QSet<char32_t> m_characters;
    mutable QHash<QString, QByteArray> m_names; // family, style and weight -> PostScript name
};

} // namespace settle
