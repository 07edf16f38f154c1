#include "storage/LocalPath.h"

#include <QDir>

#include <sys/stat.h>
#include <unistd.h>

#include <climits>

namespace settle {

namespace {

constexpr char16_t escapeBase = 0xDC00;

bool isEscape(char16_t c)
{
    return c >= 0xDC80 && c <= 0xDCFF;
}

// The length of the valid UTF-8 sequence starting at `at`, or 0 when the byte there starts none.
int sequenceLength(const QByteArray& bytes, qsizetype at)
{
    const auto byte = [&](qsizetype k) { return k < bytes.size() ? uchar(bytes[k]) : 0u; };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    unsigned code = lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        const uchar next = byte(at + k);
        if ((next & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

QString LocalPath::decode(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype k = 0;
    while (k < bytes.size()) {
        const int length = sequenceLength(bytes, k);
        if (length == 0) {
            out += QChar(char16_t(escapeBase | uchar(bytes[k])));
            ++k;
        } else {
            out += QString::fromUtf8(bytes.constData() + k, length);
            k += length;
        }
    }
    return out;
}

QByteArray LocalPath::encode(const QString& path)
{
    QByteArray out;
    out.reserve(path.size());
    qsizetype start = 0;
    for (qsizetype k = 0; k < path.size(); ++k) {
        if (!isEscape(path[k].unicode()))
            continue;
        // A low surrogate after a high one is half of an ordinary character, not an escape.
        if (k > 0 && path[k - 1].isHighSurrogate())
            continue;
        out += path.mid(start, k - start).toUtf8();
        out += char(path[k].unicode() & 0xFF);
        start = k + 1;
    }
    out += path.mid(start).toUtf8();
    return out;
}

bool LocalPath::hasForeignBytes(const QString& path)
{
    for (qsizetype k = 0; k < path.size(); ++k)
        if (isEscape(path[k].unicode()) && !(k > 0 && path[k - 1].isHighSurrogate()))
            return true;
    return false;
}

QString LocalPath::sqliteUri(const QString& path, const QString& query)
{
    QByteArray bytes = encode(path);
    if (!bytes.startsWith('/')) {
        char cwd[PATH_MAX];
        if (::getcwd(cwd, sizeof cwd))
            bytes = QByteArray(cwd) + '/' + bytes;
    }
    QString uri = QStringLiteral("file:");
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : std::as_const(bytes)) {
        const uchar b = uchar(c);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '/' || b == '.' ||
            b == '-' || b == '_' || b == '~') {
            uri += QChar(b);
        } else {
            uri += u'%';
            uri += QChar(hex[b >> 4]);
            uri += QChar(hex[b & 0xF]);
        }
    }
    if (!query.isEmpty())
        uri += u'?' + query;
    return uri;
}

bool LocalPath::exists(const QString& path)
{
    struct stat info{};
    return ::stat(encode(path).constData(), &info) == 0;
}

bool LocalPath::isDir(const QString& path)
{
    struct stat info{};
    return ::stat(encode(path).constData(), &info) == 0 && S_ISDIR(info.st_mode);
}

qint64 LocalPath::size(const QString& path)
{
    struct stat info{};
    return ::stat(encode(path).constData(), &info) == 0 ? qint64(info.st_size) : -1;
}

bool LocalPath::isWritable(const QString& path)
{
    return ::access(encode(path).constData(), W_OK) == 0;
}

QString LocalPath::folderOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : path.left(slash);
}

bool LocalPath::remove(const QString& path)
{
    return ::unlink(encode(path).constData()) == 0;
}

} // namespace settle
