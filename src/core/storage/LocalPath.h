#pragma once

#include <QByteArray>
#include <QString>

namespace settle {

// A file name as the file system holds it: bytes. Qt reads every name as UTF-8 and turns bytes
// that are not into U+FFFD, so `l\xe9dger.db` (Latin-1) would become another name. Bytes that are
// not UTF-8 are kept as the lone surrogates U+DC80..U+DCFF (as Python's surrogateescape does) and
// turned back into the same bytes when the file is opened.
class LocalPath
{
public:
    static QString decode(const QByteArray& bytes);
    static QByteArray encode(const QString& path);
    // Whether the name holds bytes that are not UTF-8 (and so cannot go through QFile).
    static bool hasForeignBytes(const QString& path);

    // The name for SQLite's open with SQLITE_OPEN_URI: file:/ABSOLUTE/PATH with every byte but the
    // plain ones percent-escaped, then `?query` when given.
    static QString sqliteUri(const QString& path, const QString& query = {});

    // What the file system says about a name, asked with its own bytes.
    static bool exists(const QString& path);
    static bool isDir(const QString& path);
    static qint64 size(const QString& path);
    static bool isWritable(const QString& path);
    static QString folderOf(const QString& path);
    static bool remove(const QString& path);
};

} // namespace settle
