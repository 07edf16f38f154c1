#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace settle::test {

// Reads a real PDF back with Debian's poppler-utils and qpdf, as a person's tools would see it.
class PdfProbe
{
public:
    explicit PdfProbe(QString path) : m_path(std::move(path)) {}

    // pdftotext -layout: the text in reading order with the columns kept apart.
    QString text() const
    {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_path, QStringLiteral("-")});
    }
    QStringList lines() const { return text().split(u'\n'); }
    QString info() const { return run(QStringLiteral("pdfinfo"), {m_path}); }
    // The XMP metadata packet (pdfinfo -meta).
    QString xmp() const { return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), m_path}); }
    // pdfinfo's value for a key ("Title", "Author", "Pages", "Page size").
    QString infoValue(const QString& key) const
    {
        for (const QString& line : info().split(u'\n'))
            if (line.startsWith(key + u':'))
                return line.mid(key.size() + 1).trimmed();
        return {};
    }
    int pages() const { return infoValue(QStringLiteral("Pages")).toInt(); }
    // qpdf --check exits 0 for a sound file.
    bool qpdfCheckPasses() const
    {
        QProcess process;
        process.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_path});
        process.waitForFinished(60000);
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    // The fonts the file uses, from pdffonts: every one must be embedded ("emb" column "yes").
    bool allFontsEmbedded() const
    {
        const QStringList lines = run(QStringLiteral("pdffonts"), {m_path}).split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() < 3)
            return false;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            // name type encoding emb sub uni object ID: "emb" is the fourth field from the end but three.
            const QStringList fields = lines[i].split(u' ', Qt::SkipEmptyParts);
            if (fields.size() < 7 || fields[fields.size() - 5] != u"yes")
                return false;
        }
        return true;
    }
    // The largest right edge of any word on any page, in points (pdftotext -bbox).
    double rightmostWordEdge() const
    {
        const QString xml =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_path, QStringLiteral("-")});
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\""));
        double edge = 0;
        for (auto it = word.globalMatch(xml); it.hasNext();)
            edge = std::max(edge, it.next().captured(2).toDouble());
        return edge;
    }

    // The last field of the first line holding `marker` (the running balance of a statement row).
    QString lastFieldOfLine(const QString& marker) const
    {
        for (const QString& line : lines())
            if (line.contains(marker))
                return line.split(u' ', Qt::SkipEmptyParts).last();
        return {};
    }
    // The fields of the line after the first line holding `marker` (a one-row table under its header).
    QStringList fieldsAfter(const QString& marker) const
    {
        const QStringList all = lines();
        for (qsizetype i = 0; i + 1 < all.size(); ++i)
            if (all[i].contains(marker))
                return all[i + 1].split(u' ', Qt::SkipEmptyParts);
        return {};
    }
    // The fields of the first line that starts (after spaces) with `start`, below the first line
    // that reads `section` (a heading) when one is given.
    QStringList fieldsOfLineStartingWith(const QString& start,
                                         const QString& section = QStringLiteral("Open invoices")) const
    {
        bool inSection = section.isEmpty();
        for (const QString& line : lines()) {
            if (!inSection) {
                inSection = line.trimmed() == section;
                continue;
            }
            if (line.trimmed().startsWith(start))
                return line.split(u' ', Qt::SkipEmptyParts);
        }
        return {};
    }
    int count(const QString& needle) const { return int(text().count(needle)); }
    // The file with its streams uncompressed (qpdf --qdf), to look at its objects.
    QString uncompressed() const
    {
        return run(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"),
                                            m_path, QStringLiteral("-")});
    }

private:
    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString m_path;
};

} // namespace settle::test
