#include "documents/PdfToUnicode.h"

#include <QGlyphRun>
#include <QRegularExpression>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <optional>

namespace settle {

namespace {

// The classic cross-reference table QPdfWriter writes: one section "0 N", a 20-byte line per object.
struct Xref
{
    qsizetype at = 0;                 // where "xref" starts
    std::map<qsizetype, int> objects; // offset -> object number, in file order
    int count = 0;
};

std::optional<Xref> readXref(const QByteArray& pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (startxref < 0)
        return std::nullopt;
    bool ok = false;
    Xref xref;
    xref.at = pdf.mid(startxref + 10, 20).split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref.at <= 0 || xref.at >= startxref || pdf.mid(xref.at, 7) != "xref\n0 ")
        return std::nullopt;
    const qsizetype header = pdf.indexOf('\n', xref.at + 5);
    xref.count = pdf.mid(xref.at + 7, header - xref.at - 7).trimmed().toInt(&ok);
    if (!ok || header < 0 || header + 1 + qsizetype(xref.count) * 20 > startxref)
        return std::nullopt;
    for (int n = 1; n < xref.count; ++n) {
        const qsizetype line = header + 1 + qsizetype(n) * 20;
        if (pdf.at(line + 17) != 'n')
            continue;
        const qsizetype offset = pdf.mid(line, 10).toLongLong(&ok);
        if (!ok || offset <= 0 || offset >= xref.at)
            return std::nullopt;
        xref.objects.emplace(offset, n);
    }
    return xref;
}

// `pdf` with whole objects ("N 0 obj ... endobj\n") replaced and the cross-reference table moved along.
QByteArray replaceObjects(const QByteArray& pdf, const Xref& xref, const QHash<int, QByteArray>& replacements)
{
    if (xref.objects.empty())
        return pdf;
    QByteArray out = pdf.left(xref.objects.begin()->first);
    QList<qsizetype> offsets(xref.count, 0);
    for (auto it = xref.objects.begin(); it != xref.objects.end(); ++it) {
        const auto next = std::next(it);
        const qsizetype end = next == xref.objects.end() ? xref.at : next->first;
        offsets[it->second] = out.size();
        const auto replacement = replacements.find(it->second);
        if (replacement != replacements.end())
            out += *replacement;
        else
            out += pdf.mid(it->first, end - it->first);
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n0 " + QByteArray::number(xref.count) + "\n0000000000 65535 f \n";
    for (int n = 1; n < xref.count; ++n)
        out += offsets[n] > 0 ? QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n"
                              : QByteArray("0000000000 00000 f \n");
    const qsizetype trailer = pdf.indexOf("trailer", xref.at);
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (trailer < 0 || trailer > startxref)
        return pdf;
    out += pdf.mid(trailer, startxref - trailer) + "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

// The object as written: from "N 0 obj" up to the next object.
QByteArray objectText(const QByteArray& pdf, const Xref& xref, int number)
{
    for (auto it = xref.objects.begin(); it != xref.objects.end(); ++it) {
        if (it->second != number)
            continue;
        const auto next = std::next(it);
        const qsizetype end = next == xref.objects.end() ? xref.at : next->first;
        return pdf.mid(it->first, end - it->first);
    }
    return {};
}

// Qt's bfrange lines: "<first> <last> [<u> <u> ...]" or "<first> <last> <u>" (consecutive code points).
QHash<int, char32_t> readToUnicode(const QByteArray& stream)
{
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    QHash<int, char32_t> map;
    bool inRange = false;
    for (const QByteArray& raw : stream.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.endsWith("beginbfrange")) {
            inRange = true;
            continue;
        }
        if (line == "endbfrange") {
            inRange = false;
            continue;
        }
        if (!inRange)
            continue;
        QList<uint> values;
        for (auto it = hex.globalMatch(QString::fromLatin1(line)); it.hasNext();)
            values << it.next().captured(1).toUInt(nullptr, 16);
        if (values.size() < 3)
            continue;
        const int first = int(values[0]);
        if (line.contains('[')) {
            for (qsizetype i = 2; i < values.size(); ++i)
                map.insert(first + int(i - 2), values[i]);
        } else {
            for (int cid = first; cid <= int(values[1]); ++cid)
                map.insert(cid, values[2] + uint(cid - first));
        }
    }
    map.remove(0);
    return map;
}

QByteArray toUnicodeStream(const QHash<int, QString>& map)
{
    QList<int> cids = map.keys();
    std::sort(cids.begin(), cids.end());
    QByteArray body = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    // A CMap section holds at most 100 entries.
    for (qsizetype start = 0; start < cids.size(); start += 100) {
        const qsizetype end = std::min(cids.size(), start + 100);
        body += QByteArray::number(end - start) + " beginbfchar\n";
        for (qsizetype i = start; i < end; ++i) {
            body += '<' + QByteArray::number(cids[i], 16).rightJustified(4, '0').toUpper() + "> <";
            for (const QChar unit : map.value(cids[i]))
                body += QByteArray::number(unit.unicode(), 16).rightJustified(4, '0').toUpper();
            body += ">\n";
        }
        body += "endbfchar\n";
    }
    body += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return body;
}

// The glyph the font's cmap gives a character, as Qt's own map looks it up (0: none).
quint32 glyphFor(const QRawFont& font, char32_t character)
{
    const auto units = QChar::fromUcs4(character);
    const QStringView view(units);
    quint32 glyphs[2] = {0, 0};
    int count = 2;
    if (!font.glyphIndexesForChars(view.constData(), int(view.size()), glyphs, &count) || count < 1)
        return 0;
    return glyphs[0];
}

QString compatibilityForm(char32_t character)
{
    return QString::fromUcs4(&character, 1).normalized(QString::NormalizationForm_KC);
}

} // namespace

void PdfToUnicode::clear()
{
    m_fonts.clear();
    m_characters.clear();
}

void PdfToUnicode::addText(const QString& text)
{
    for (const char32_t c : QStringView(text).toUcs4())
        m_characters.insert(c);
}

void PdfToUnicode::addGlyphs(const QGlyphRun& run)
{
    const QRawFont raw = run.rawFont();
    if (!raw.isValid())
        return;
    Font& font = m_fonts[postScriptName(raw)];
    if (!font.raw.isValid())
        font.raw = raw;
    const QList<quint32> glyphs = run.glyphIndexes();
    for (const quint32 glyph : glyphs) {
        if (glyph == 0 || font.cids.contains(glyph))
            continue;
        font.cids.insert(glyph, int(font.glyphs.size()));
        font.glyphs << glyph;
    }
}

QByteArray PdfToUnicode::postScriptName(const QRawFont& font) const
{
    const QString key = font.familyName() + u'\n' + font.styleName() + u'\n' + QString::number(font.weight());
    const auto known = m_names.constFind(key);
    if (known != m_names.cend())
        return *known;
    // The 'name' table's record 6, as FreeType reads it for Qt's font dictionaries.
    QByteArray name;
    const QByteArray table = font.fontTable("name");
    if (table.size() >= 6) {
        const auto* data = reinterpret_cast<const uchar*>(table.constData());
        const int count = qFromBigEndian<quint16>(data + 2);
        const int strings = qFromBigEndian<quint16>(data + 4);
        for (int i = 0; i < count && 6 + (i + 1) * 12 <= table.size() && name.isEmpty(); ++i) {
            const uchar* record = data + 6 + i * 12;
            const int platform = qFromBigEndian<quint16>(record);
            const int id = qFromBigEndian<quint16>(record + 6);
            const int length = qFromBigEndian<quint16>(record + 8);
            const int offset = strings + qFromBigEndian<quint16>(record + 10);
            if (id != 6 || offset + length > table.size())
                continue;
            if (platform == 3 || platform == 0) {
                for (int j = 0; j + 1 < length; j += 2)
                    name += char(qFromBigEndian<quint16>(data + offset + j) & 0x7f);
            } else if (platform == 1) {
                name = table.mid(offset, length);
            }
        }
    }
    if (name.isEmpty())
        name = font.familyName().remove(u' ').toLatin1();
    name.replace(' ', '_');
    m_names.insert(key, name);
    return name;
}

QHash<int, QString> PdfToUnicode::mapFor(const Font& font, const QHash<int, char32_t>& qt) const
{
    // Glyph -> the characters of the document that this font shows with it.
    QHash<quint32, QList<char32_t>> written;
    for (const char32_t c : m_characters) {
        const quint32 glyph = glyphFor(font.raw, c);
        if (glyph != 0 && font.cids.contains(glyph))
            written[glyph] << c;
    }
    auto allWritten = [&](const QString& text) {
        for (const char32_t c : QStringView(text).toUcs4())
            if (!m_characters.contains(c))
                return false;
        return true;
    };
    QHash<int, QString> map;
    for (int cid = 1; cid < font.glyphs.size(); ++cid) {
        QList<char32_t> candidates = written.value(font.glyphs[cid]);
        if (!candidates.isEmpty()) {
            // Both ⽇ and 日 written: the one that is its own compatibility form, the ideograph.
            std::sort(candidates.begin(), candidates.end(), [](char32_t a, char32_t b) {
                const bool aPlain = compatibilityForm(a) == QString::fromUcs4(&a, 1);
                const bool bPlain = compatibilityForm(b) == QString::fromUcs4(&b, 1);
                return aPlain != bPlain ? aPlain : a < b;
            });
            const char32_t best = candidates.first();
            map.insert(cid, QString::fromUcs4(&best, 1));
            continue;
        }
        // A glyph no written character maps to: a shaped form (an Arabic letter joined to its
        // neighbours, a ligature) that Qt found under its presentation-form code point. It reads back as
        // the letters it stands for when they were written.
        const char32_t q = qt.value(cid);
        if (q == 0)
            continue;
        const QString form = compatibilityForm(q);
        map.insert(cid, form != QString::fromUcs4(&q, 1) && allWritten(form) ? form : QString::fromUcs4(&q, 1));
    }
    return map;
}

QByteArray PdfToUnicode::apply(const QByteArray& pdf) const
{
    const auto xref = readXref(pdf);
    if (!xref)
        return pdf;
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont /([^\\s/<>\\[\\]()]+)"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    QHash<QByteArray, int> mapObjects; // BaseFont -> its ToUnicode object; 0 when the name is not unique
    for (const auto& [offset, number] : xref->objects) {
        const QByteArray text = objectText(pdf, *xref, number);
        if (!text.contains("/Subtype /Type0"))
            continue;
        const auto name = baseFont.match(QString::fromLatin1(text));
        const auto map = toUnicode.match(QString::fromLatin1(text));
        if (!name.hasMatch() || !map.hasMatch())
            continue;
        const QByteArray key = name.captured(1).toLatin1();
        mapObjects.insert(key, mapObjects.contains(key) ? 0 : map.captured(1).toInt());
    }

    QHash<int, QByteArray> replacements;
    for (auto it = mapObjects.cbegin(); it != mapObjects.cend(); ++it) {
        const auto font = m_fonts.constFind(it.key());
        if (it.value() <= 0 || font == m_fonts.cend())
            continue;
        const QByteArray object = objectText(pdf, *xref, it.value());
        const qsizetype streamAt = object.indexOf("stream\n");
        const qsizetype streamEnd = object.indexOf("endstream", streamAt);
        if (!object.startsWith(QByteArray::number(it.value()) + " 0 obj") || streamAt < 0 || streamEnd < 0)
            continue;
        const auto qt = readToUnicode(object.mid(streamAt + 7, streamEnd - streamAt - 7));
        // The numbering recorded while drawing must be the one Qt gave the subset: every glyph Qt could
        // name is the one recorded under its CID.
        bool agrees = true;
        for (auto q = qt.cbegin(); q != qt.cend() && agrees; ++q)
            agrees = q.key() < font->glyphs.size() && glyphFor(font->raw, q.value()) == font->glyphs[q.key()];
        if (!agrees) {
            spdlog::warn("PDF font {}: glyph numbering differs from the one recorded; its text map is "
                         "left as Qt wrote it",
                         it.key().toStdString());
            continue;
        }
        const QByteArray stream = toUnicodeStream(mapFor(*font, qt));
        replacements.insert(it.value(), QByteArray::number(it.value()) + " 0 obj\n<< /Length " +
                                            QByteArray::number(stream.size()) + " >>\nstream\n" + stream +
                                            "endstream\nendobj\n");
    }
    return replacements.isEmpty() ? pdf : replaceObjects(pdf, *xref, replacements);
}

} // namespace settle
