#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace settle {

// A JSON value that keeps its object keys in the order they were added, so that the CLI's output
// reads like docs/CLI.md shows it (QJsonObject would sort the keys).
class Json
{
public:
    using Array = QList<Json>;
    using Object = QList<std::pair<QString, Json>>;

    Json() = default; // null
    Json(bool value) : m_value(value) {}
    Json(int value) : m_value(qint64(value)) {}
    Json(qint64 value) : m_value(value) {}
    Json(const QString& value) : m_value(value) {}
    Json(const char* value) : m_value(QString::fromUtf8(value)) {}
    Json(Array value) : m_value(std::move(value)) {}
    Json(Object value) : m_value(std::move(value)) {}

    // A number written exactly as given, e.g. "1.5" (for medians that are not whole).
    static Json number(const QString& literal);

    // One line when indent < 0, else pretty with that many spaces.
    QString dump(int indent = 2) const;

private:
    struct NumberLiteral
    {
        QString text;
    };
    void write(QString& out, int indent, int depth) const;
    static void writeString(QString& out, const QString& text);

    std::variant<std::nullptr_t, bool, qint64, NumberLiteral, QString, Array, Object> m_value = nullptr;
};

} // namespace settle
