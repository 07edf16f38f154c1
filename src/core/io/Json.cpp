#include "io/Json.h"

namespace settle {

Json Json::number(const QString& literal)
{
    Json json;
    json.m_value = NumberLiteral{literal};
    return json;
}

QString Json::dump(int indent) const
{
    QString out;
    out.reserve(1024); // most documents are an audit row of a few hundred characters
    write(out, indent, 0);
    return out;
}

void Json::writeString(QString& out, const QString& text)
{
    out += u'"';
    // Runs of characters that need no escape go in at once: audit rows serialise every record of
    // an import, and appending character by character was a tenth of its time.
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default: out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(data + runStart, size - runStart);
    out += u'"';
}

void Json::write(QString& out, int indent, int depth) const
{
    const bool pretty = indent >= 0;
    auto newline = [&](int level) {
        if (pretty)
            out += u'\n' + QString(level * indent, u' ');
    };
    std::visit(
        [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
                out += QStringLiteral("null");
            } else if constexpr (std::is_same_v<T, bool>) {
                out += value ? QStringLiteral("true") : QStringLiteral("false");
            } else if constexpr (std::is_same_v<T, qint64>) {
                out += QString::number(value);
            } else if constexpr (std::is_same_v<T, NumberLiteral>) {
                out += value.text;
            } else if constexpr (std::is_same_v<T, QString>) {
                writeString(out, value);
            } else if constexpr (std::is_same_v<T, Array>) {
                out += u'[';
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (i > 0)
                        out += u',';
                    newline(depth + 1);
                    value[i].write(out, indent, depth + 1);
                }
                if (!value.isEmpty())
                    newline(depth);
                out += u']';
            } else {
                out += u'{';
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (i > 0)
                        out += u',';
                    newline(depth + 1);
                    writeString(out, value[i].first);
                    out += pretty ? QStringLiteral(": ") : QStringLiteral(":");
                    value[i].second.write(out, indent, depth + 1);
                }
                if (!value.isEmpty())
                    newline(depth);
                out += u'}';
            }
        },
        m_value);
}

} // namespace settle
