#include "templates/TemplateEngine.h"

#include "templates/MissingValues.h"
#include "templates/TemplatePlaceholders.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace settle {

namespace {

using Part = Template::Part;
using Problem = TemplateEngine::Problem;

struct Token
{
    enum class Kind { Text, Value, Open, Inverted, Close };
    Kind kind = Kind::Text;
    QString text; // the literal text, or the name
    int line = 1;
    int column = 1;
};

// Splits one part into literal text and tags, reporting tags that cannot be read. A "{{" without
// "}}" on the same line is reported and kept as text, so that the rest of the part is still checked.
QList<Token> tokenize(const QString& source, Part part, QList<Problem>& problems)
{
    QList<Token> tokens;
    QString literal;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype pos = 0;
    auto flush = [&] {
        if (!literal.isEmpty())
            tokens << Token{Token::Kind::Text, literal, 0, 0};
        literal.clear();
    };
    while (pos < source.size()) {
        const QChar c = source[pos];
        if (c == u'\n') {
            literal += c;
            ++line;
            lineStart = ++pos;
            continue;
        }
        if (!(c == u'{' && pos + 1 < source.size() && source[pos + 1] == u'{')) {
            literal += c;
            ++pos;
            continue;
        }
        const int column = int(pos - lineStart) + 1;
        qsizetype lineEnd = source.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = source.size();
        const qsizetype close = source.indexOf(QStringLiteral("}}"), pos + 2);
        if (close < 0 || close > lineEnd) {
            problems << Problem{part, line, column,
                                QStringLiteral("\"{{\" is not closed by \"}}\" on its line")};
            literal += QStringLiteral("{{");
            pos += 2;
            continue;
        }
        QString inner = source.mid(pos + 2, close - pos - 2);
        qsizetype end = close + 2;
        if (inner.startsWith(u'{')) {
            // {{{name}}}: Mustache's unescaped form, which would let a value write HTML.
            if (end < source.size() && source[end] == u'}')
                ++end;
            problems << Problem{part, line, column,
                                QStringLiteral("\"{{{%1}}}\": values cannot be unescaped; write {{%1}}")
                                    .arg(inner.mid(1).trimmed())};
            pos = end;
            continue;
        }
        inner = inner.trimmed();
        Token token{Token::Kind::Value, inner, line, column};
        if (inner.startsWith(u'#'))
            token.kind = Token::Kind::Open;
        else if (inner.startsWith(u'^'))
            token.kind = Token::Kind::Inverted;
        else if (inner.startsWith(u'/'))
            token.kind = Token::Kind::Close;
        else if (inner.startsWith(u'&') || inner.startsWith(u'!') || inner.startsWith(u'>') ||
                 inner.startsWith(u'=')) {
            problems << Problem{part, line, column,
                                QStringLiteral("\"{{%1}}\": only {{name}}, {{#invoices}}, {{^invoices}} and "
                                               "{{/invoices}} are understood")
                                    .arg(inner)};
            pos = end;
            continue;
        }
        if (token.kind != Token::Kind::Value)
            token.text = inner.mid(1).trimmed();
        if (token.text.isEmpty()) {
            problems << Problem{part, line, column, QStringLiteral("\"{{%1}}\" names nothing").arg(inner)};
            pos = end;
            continue;
        }
        flush();
        tokens << token;
        pos = end;
    }
    flush();
    return tokens;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = std::min(
                {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        previous = current;
    }
    return previous[b.size()];
}

QString suggestion(const QString& name)
{
    QString best;
    int bestDistance = 3; // only a near miss is a suggestion
    for (const auto& p : TemplatePlaceholders::all()) {
        const int d = editDistance(name, p.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = p.name;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral("; did you mean {{%1}}?").arg(best);
}

QString sectionTag(const Token& t)
{
    return (t.kind == Token::Kind::Inverted ? QStringLiteral("{{^") : QStringLiteral("{{#")) + t.text +
           QStringLiteral("}}");
}

// Checks the tags of one part against the placeholder table and pairs up its sections.
void check(const QList<Token>& tokens, Part part, TemplateKeys::Kind kind, QList<Problem>& problems)
{
    const Token* open = nullptr; // the section we are in
    bool openIsKnown = false;
    for (const Token& t : tokens) {
        switch (t.kind) {
        case Token::Kind::Text:
            break;
        case Token::Kind::Open:
        case Token::Kind::Inverted:
            if (!TemplatePlaceholders::sectionNames().contains(t.text)) {
                QStringList names;
                for (const QString& name : TemplatePlaceholders::sectionNames())
                    names << QStringLiteral("{{#%1}}").arg(name);
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("unknown section %1; the sections are %2 and %3")
                                        .arg(sectionTag(t), names.mid(0, names.size() - 1).join(QStringLiteral(", ")),
                                             names.last())};
            } else if (const auto* optional = TemplatePlaceholders::optionalSection(t.text);
                       optional && !(optional->kinds & TemplatePlaceholders::kindBit(kind)))
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("%1 has no values in a %2 template (only in: %3)")
                                        .arg(sectionTag(t), TemplateKeys::kindName(kind),
                                             TemplatePlaceholders::kindsText(optional->kinds))};
            if (open) {
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("%1 inside %2 opened on line %3: sections do not nest")
                                        .arg(sectionTag(t), sectionTag(*open))
                                        .arg(open->line)};
                break;
            }
            open = &t;
            openIsKnown = TemplatePlaceholders::sectionNames().contains(t.text);
            break;
        case Token::Kind::Close:
            if (!open)
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("{{/%1}} closes no section").arg(t.text)};
            else if (open->text != t.text)
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("{{/%1}} does not match %2 opened on line %3")
                                        .arg(t.text, sectionTag(*open))
                                        .arg(open->line)};
            open = nullptr;
            break;
        case Token::Kind::Value: {
            const auto* p = TemplatePlaceholders::find(t.text);
            if (!p) {
                problems << Problem{
                    part, t.line, t.column,
                    QStringLiteral("unknown placeholder {{%1}}%2").arg(t.text, suggestion(t.text))};
            } else if (!p->availableIn(kind)) {
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("{{%1}} has no value in a %2 template (only in: %3)")
                                        .arg(t.text, TemplateKeys::kindName(kind),
                                             TemplatePlaceholders::kindsText(p->kinds))};
            } else if (p->scope != TemplatePlaceholders::Scope::Message &&
                       // An invoice's email is about its one invoice: its values stand anywhere.
                       !(p->scope == TemplatePlaceholders::Scope::Invoice && kind == TemplateKeys::Kind::Invoice) &&
                       !(open && openIsKnown && open->kind == Token::Kind::Open &&
                         open->text == TemplatePlaceholders::sectionOf(p->scope))) {
                problems << Problem{part, t.line, t.column,
                                    QStringLiteral("{{%1}} only has a value inside {{#%2}}…{{/%2}}")
                                        .arg(t.text, TemplatePlaceholders::sectionOf(p->scope))};
            }
            break;
        }
        }
    }
    if (open)
        problems << Problem{
            part, open->line, open->column,
            QStringLiteral("%1 is never closed by {{/%2}}").arg(sectionTag(*open), open->text)};
}

QString partLabel(Part part)
{
    switch (part) {
    case Part::Subject:
        return QStringLiteral("the subject");
    case Part::Text:
        return QStringLiteral("the text body");
    case Part::Html:
        return QStringLiteral("the HTML body");
    }
    return {};
}

class Renderer
{
public:
    Renderer(const Template& tmpl, const TemplateContext& context, Part part, QList<Problem>& problems,
             QStringList& missing)
        : m_tmpl(tmpl), m_context(context), m_part(part), m_problems(problems), m_missing(missing)
    {
    }

    QString run(const QList<Token>& tokens)
    {
        QString out;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            if (t.kind == Token::Kind::Open || t.kind == Token::Kind::Inverted) {
                qsizetype end = i + 1;
                while (end < tokens.size() && tokens[end].kind != Token::Kind::Close)
                    ++end;
                const QList<Token> body = tokens.mid(i + 1, end - i - 1);
                if (const auto* optional = TemplatePlaceholders::optionalSection(t.text)) {
                    const auto marker = m_context.lookup(optional->marker);
                    const bool offered = marker && !marker->isEmpty();
                    if (offered == (t.kind == Token::Kind::Open))
                        out += piece(body, nullptr);
                } else if (t.kind == Token::Kind::Open) {
                    for (const auto& invoice : m_context.invoices())
                        out += piece(body, &invoice);
                } else if (m_context.invoices().isEmpty()) {
                    out += piece(body, nullptr);
                }
                i = end;
            } else {
                out += piece({t}, nullptr);
            }
        }
        return out;
    }

private:
    QString piece(const QList<Token>& tokens, const TemplateContext::Values* invoice)
    {
        QString out;
        for (const Token& t : tokens) {
            if (t.kind == Token::Kind::Text) {
                out += t.text;
                continue;
            }
            const auto value = m_context.lookup(t.text, invoice);
            if (!value || value->isEmpty()) {
                const auto* p = TemplatePlaceholders::find(t.text);
                m_problems << Problem{
                    m_part, t.line, t.column,
                    QStringLiteral("{{%1}} has no value%2")
                        .arg(t.text, p ? QStringLiteral(" (from %1)").arg(p->source) : QString())};
                m_missing << t.text;
                continue;
            }
            out += shown(value->format(m_tmpl.language));
        }
        return out;
    }

    QString shown(const QString& value) const
    {
        switch (m_part) {
        case Part::Subject:
            // A subject is one header line: a value's line breaks must not split it.
            return value.simplified();
        case Part::Html: {
            QString escaped = TemplateEngine::escapeHtml(value);
            escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            return escaped.replace(QStringLiteral("\n"), QStringLiteral("<br>\n"));
        }
        case Part::Text:
            return value;
        }
        return value;
    }

    const Template& m_tmpl;
    const TemplateContext& m_context;
    Part m_part;
    QList<Problem>& m_problems;
    QStringList& m_missing;
};

} // namespace

QString TemplateEngine::escapeHtml(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString TemplateEngine::htmlFromText(const QString& text)
{
    QString plain = text;
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    plain.replace(u'\r', u'\n');
    QString body;
    static const QRegularExpression paragraphBreak(QStringLiteral("\n[ \t]*\n\\s*"));
    for (const QString& paragraph : plain.trimmed().split(paragraphBreak)) {
        QString escaped = escapeHtml(paragraph);
        escaped.replace(u'\n', QStringLiteral("<br>\n"));
        body += QStringLiteral("<p>") + escaped + QStringLiteral("</p>\n");
    }
    // The shipped templates' look, so that an edited message does not stand out in the customer's inbox.
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<body style=\"font-family: Arial, Helvetica, sans-serif; "
                          "font-size: 14px; color: #222222;\">\n") +
           body + QStringLiteral("</body>\n</html>\n");
}

QList<TemplateEngine::Problem> TemplateEngine::validate(const Template& tmpl)
{
    QList<Problem> problems;
    const auto kind = TemplateKeys::kindOf(tmpl.key);
    for (Part part : Template::parts()) {
        const QString source = tmpl.part(part);
        if (part != Part::Html && source.trimmed().isEmpty()) {
            problems << Problem{part, 1, 1, partLabel(part) + QStringLiteral(" is empty")};
            continue;
        }
        if (part == Part::Subject) {
            const qsizetype breakAt = source.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
            if (breakAt >= 0)
                problems << Problem{part, 2, 1, QStringLiteral("the subject is one line")};
        }
        check(tokenize(source, part, problems), part, kind, problems);
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.part, a.line, a.column) < std::tie(b.part, b.line, b.column);
    });
    return problems;
}

TemplateEngine::Rendered TemplateEngine::render(const Template& tmpl, const TemplateContext& context)
{
    QList<Problem> problems = validate(tmpl);
    if (!problems.isEmpty())
        throw toInputProblems(tmpl, problems);
    Rendered rendered;
    rendered.language = tmpl.language;
    QStringList missing;
    for (Part part : Template::parts()) {
        QList<Problem> ignored;
        const QList<Token> tokens = tokenize(tmpl.part(part), part, ignored);
        const QString out = Renderer(tmpl, context, part, problems, missing).run(tokens);
        if (part == Part::Subject)
            rendered.subject = out.trimmed();
        else if (part == Part::Text)
            rendered.text = out;
        else
            rendered.html = out;
    }
    // The template validated: what is left are values the context does not have.
    if (!problems.isEmpty())
        throw MissingValues(toInputProblems(tmpl, problems).problems(), missing);
    return rendered;
}

InputProblems TemplateEngine::toInputProblems(const Template& tmpl, const QList<Problem>& problems)
{
    QList<InputProblem> list;
    for (const auto& p : problems)
        list << InputProblem{QStringLiteral("template %1, %2").arg(tmpl.label(), Template::partName(p.part)),
                             p.line, QStringLiteral("column %1").arg(p.column), p.message};
    return InputProblems(list);
}

} // namespace settle
