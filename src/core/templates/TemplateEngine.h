#pragma once

#include "errors/InputProblems.h"
#include "domain/Template.h"
#include "templates/TemplateContext.h"
#include "templates/TemplateKeys.h"

#include <QList>
#include <QString>

namespace settle {

// Mustache-like templates: {{name}} placeholders from TemplatePlaceholders
// and the one repeated section {{#invoices}}…{{/invoices}} (with {{^invoices}}…{{/invoices}} for a
// message that lists none). Sections do not nest; there is no unescaped form.
//
// Rules: a template that validates renders with any context of its kind that has every value;
// a value that is missing or blank is an error, never an empty spot in a letter; every value is
// HTML-escaped in the HTML body (and its line breaks become <br>), shown as it is in the text body,
// and folded onto one line in the subject.
class TemplateEngine
{
public:
    struct Problem
    {
        Template::Part part = Template::Part::Text;
        int line = 0;   // 1-based, within the part
        int column = 0; // 1-based
        QString message;
    };

    struct Rendered
    {
        QString subject;
        QString text;
        QString html; // empty when the template has no HTML body
        QString language; // the template's: English where the customer's had none (TemplateLibrary::resolve)
    };

    // Every problem of the template: syntax, unknown or misplaced placeholders and sections, a
    // placeholder its kind does not have, an empty subject or text, a subject of several lines.
    static QList<Problem> validate(const Template& tmpl);
    // Renders in the template's language. Throws InputProblems listing every problem: those of
    // validate() or, for a valid template, every placeholder the context has no value for (then as
    // MissingValues, which names them).
    static Rendered render(const Template& tmpl, const TemplateContext& context);

    // The problems as the InputProblems the core throws ("reminder (de), html:3: column 7: ...").
    static InputProblems toInputProblems(const Template& tmpl, const QList<Problem>& problems);
    static QString escapeHtml(const QString& text);
    // A plain text as an HTML body that says exactly the same: escaped, a blank line starts a new
    // paragraph, a single line break stays one. What a person's edit of a text becomes in the HTML part,
    // so that the part most mail programs show never contradicts the text.
    static QString htmlFromText(const QString& text);
};

} // namespace settle
