#include "templates/TemplateEngine.h"
#include "templates/TemplatePlaceholders.h"

#include <gtest/gtest.h>

using namespace settle;

namespace {

using Part = Template::Part;

Template make(const QString& text, const QString& key = QStringLiteral("reminder"),
              const QString& language = QStringLiteral("en"),
              const QString& subject = QStringLiteral("Subject"), const QString& html = {})
{
    Template t;
    t.key = key;
    t.language = language;
    t.subject = subject;
    t.bodyText = text;
    t.bodyHtml = html;
    return t;
}

TemplateContext::Values invoice(const QString& number, qint64 balance, qint64 daysOverdue = 5)
{
    return {{QStringLiteral("invoice.number"), TemplateValue::text(number)},
            {QStringLiteral("invoice.issue_date"), TemplateValue::date(QDate(2026, 1, 15))},
            {QStringLiteral("invoice.due_date"), TemplateValue::date(QDate(2026, 2, 14))},
            {QStringLiteral("invoice.total"), TemplateValue::amount(balance, QStringLiteral("USD"))},
            {QStringLiteral("invoice.balance"), TemplateValue::amount(balance, QStringLiteral("USD"))},
            {QStringLiteral("days_overdue"), TemplateValue::number(daysOverdue)},
            {QStringLiteral("invoice.fee"), TemplateValue::amount(0, QStringLiteral("USD"))},
            {QStringLiteral("invoice.interest"), TemplateValue::amount(0, QStringLiteral("USD"))}};
}

TemplateContext context(int invoiceCount = 0)
{
    TemplateContext c = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Followup, 0);
    for (int n = 1; n <= invoiceCount; ++n)
        c.addInvoice(invoice(QStringLiteral("INV-%1").arg(n), n * 10000, n));
    return c;
}

QStringList messages(const QList<TemplateEngine::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << QStringLiteral("%1:%2:%3: %4")
                   .arg(Template::partName(p.part))
                   .arg(p.line)
                   .arg(p.column)
                   .arg(p.message);
    return out;
}

QStringList renderProblems(const Template& t, const TemplateContext& c)
{
    try {
        TemplateEngine::render(t, c);
    } catch (const InputProblems& e) {
        QStringList out;
        for (const auto& p : e.problems())
            out << p.toString();
        return out;
    }
    return {};
}

const QString kindKey[] = {QStringLiteral("reminder"), QStringLiteral("statement"),
                           QStringLiteral("payment_thanks"), QStringLiteral("invoice")};

} // namespace

// Every placeholder of the one table renders its value, in its scope, for each kind that has it.
TEST(TemplateEngine, EveryPlaceholderOfTheTableRendersItsValue)
{
    for (TemplateKeys::Kind kind : {TemplateKeys::Kind::Followup, TemplateKeys::Kind::Statement,
                                    TemplateKeys::Kind::Payment, TemplateKeys::Kind::Invoice}) {
        const TemplateContext sample = TemplatePlaceholders::sampleContext(kind, 1);
        for (const auto& p : TemplatePlaceholders::available(kind)) {
            const bool inSection = p.scope == TemplatePlaceholders::Scope::Invoice;
            const QString section = TemplatePlaceholders::sectionOf(p.scope);
            const QString tag = QStringLiteral("{{%1}}").arg(p.name);
            const Template t = make(section.isEmpty() ? u'[' + tag + u']'
                                                      : QStringLiteral("[{{#%1}}%2{{/%1}}]").arg(section, tag),
                                    kindKey[int(kind)], QStringLiteral("de"));
            ASSERT_TRUE(TemplateEngine::validate(t).isEmpty()) << p.name.toStdString();
            const auto expected = sample.lookup(p.name, inSection ? &sample.invoices().first() : nullptr);
            ASSERT_TRUE(expected.has_value()) << p.name.toStdString();
            EXPECT_EQ(TemplateEngine::render(t, sample).text,
                      u'[' + expected->format(QStringLiteral("de")) + u']')
                << p.name.toStdString();
        }
    }
}

TEST(TemplateEngine, FillsCustomerCompanyAndTotalsInTextSubjectAndHtml)
{
    TemplateContext c = context(1);
    c.set(QStringLiteral("customer.name"), TemplateValue::text(QStringLiteral("Acme Ltd")));
    c.set(QStringLiteral("total_balance"), TemplateValue::amount(123456, QStringLiteral("USD")));
    const Template t =
        make(QStringLiteral("Dear {{customer.name}}, {{ total_balance }} to {{company.name}}."), {}, {},
             QStringLiteral("Open: {{total_balance}}"),
             QStringLiteral("<p>{{customer.name}} owes {{total_balance}}</p>"));
    const auto r = TemplateEngine::render(t, c);
    EXPECT_EQ(r.subject, QStringLiteral("Open: 1,234.56 USD"));
    EXPECT_EQ(r.text, QStringLiteral("Dear Acme Ltd, 1,234.56 USD to Northwind Design Studio."));
    EXPECT_EQ(r.html, QStringLiteral("<p>Acme Ltd owes 1,234.56 USD</p>"));
}

TEST(TemplateEngine, SectionRepeatsOncePerInvoiceInOrder)
{
    const Template t = make(QStringLiteral("Open:\n{{#invoices}}- {{invoice.number}} {{invoice.balance}} "
                                           "({{days_overdue}} d) for {{customer.code}}\n{{/invoices}}End"));
    EXPECT_EQ(TemplateEngine::render(t, context(0)).text, QStringLiteral("Open:\nEnd"));
    EXPECT_EQ(TemplateEngine::render(t, context(1)).text,
              QStringLiteral("Open:\n- INV-1 100.00 USD (1 d) for C001\nEnd"));
    EXPECT_EQ(TemplateEngine::render(t, context(3)).text,
              QStringLiteral("Open:\n- INV-1 100.00 USD (1 d) for C001\n- INV-2 200.00 USD (2 d) for C001\n"
                             "- INV-3 300.00 USD (3 d) for C001\nEnd"));
}

TEST(TemplateEngine, InvertedSectionShowsOnlyWhenNoInvoiceIsListed)
{
    const Template t = make(
        QStringLiteral("{{#invoices}}{{invoice.number}};{{/invoices}}{{^invoices}}nothing open{{/invoices}}"),
        QStringLiteral("statement"));
    TemplateContext none = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Statement, 0);
    EXPECT_EQ(TemplateEngine::render(t, none).text, QStringLiteral("nothing open"));
    TemplateContext two = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Statement, 2);
    EXPECT_EQ(TemplateEngine::render(t, two).text, QStringLiteral("INV-0042;INV-0043;"));
}

TEST(TemplateEngine, EscapesEveryValueInHtmlOnly)
{
    TemplateContext c = context(1);
    const QString evil = QStringLiteral("<script>alert(\"x\")</script> & 'Sons'");
    c.set(QStringLiteral("customer.name"), TemplateValue::text(evil));
    TemplateContext::Values inv = invoice(QStringLiteral("A&B<1>"), 100);
    TemplateContext withInvoice = c;
    withInvoice.addInvoice(inv);
    const Template t =
        make(QStringLiteral("{{customer.name}}"), {}, {}, QStringLiteral("To {{customer.name}}"),
             QStringLiteral("<b>{{customer.name}}</b>{{#invoices}}<i>{{invoice.number}}</i>{{/invoices}}"));
    const auto r = TemplateEngine::render(t, withInvoice);
    EXPECT_EQ(r.html,
              QStringLiteral("<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Sons&#39;</b>"
                             "<i>INV-1</i><i>A&amp;B&lt;1&gt;</i>"));
    EXPECT_EQ(r.text, evil);
    EXPECT_EQ(r.subject, QStringLiteral("To ") + evil);
}

TEST(TemplateEngine, LineBreaksOfAValueBecomeBrInHtmlAndFoldInTheSubject)
{
    TemplateContext c = context(0);
    c.set(QStringLiteral("company.address"), TemplateValue::text(QStringLiteral("1 Main St\nSpringfield")));
    const Template t =
        make(QStringLiteral("{{company.address}}"), {}, {}, QStringLiteral("From {{company.address}}"),
             QStringLiteral("<p>{{company.address}}</p>"));
    const auto r = TemplateEngine::render(t, c);
    EXPECT_EQ(r.text, QStringLiteral("1 Main St\nSpringfield"));
    EXPECT_EQ(r.subject, QStringLiteral("From 1 Main St Springfield"));
    EXPECT_EQ(r.html, QStringLiteral("<p>1 Main St<br>\nSpringfield</p>"));
}

TEST(TemplateEngine, AMissingOrBlankValueIsAnErrorNeverAnEmptySpot)
{
    TemplateContext c = context(1);
    c.set(QStringLiteral("company.payment_details"), TemplateValue::text(QStringLiteral("  ")));
    TemplateContext::Values noBalance = invoice(QStringLiteral("INV-9"), 100);
    noBalance.remove(QStringLiteral("invoice.balance"));
    c.addInvoice(noBalance);
    const Template t = make(QStringLiteral(
        "Pay to:\n{{company.payment_details}}\n{{#invoices}}{{invoice.balance}}\n{{/invoices}}"));
    EXPECT_EQ(
        renderProblems(t, c),
        QStringList(
            {QStringLiteral("template reminder (en), text:2: column 1: {{company.payment_details}} has no "
                            "value (from setting company.payment_details)"),
             QStringLiteral("template reminder (en), text:3: column 14: {{invoice.balance}} has no value "
                            "(from the invoice)")}));
    TemplateContext empty;
    EXPECT_EQ(renderProblems(make(QStringLiteral("Dear {{customer.name}}")), empty).size(), 1);
    TemplateContext noDate = context(0);
    noDate.set(QStringLiteral("final_date"), TemplateValue::date(QDate()));
    EXPECT_EQ(renderProblems(make(QStringLiteral("by {{final_date}}")), noDate).size(), 1);
}

TEST(TemplateEngine, ValidationNamesEveryProblemWithItsPartLineAndColumn)
{
    Template t = make(QStringLiteral("Dear {{customer.nme}},\n"
                                     "{{#invoices}}\n"
                                     "{{invoice.number}} {{#invoices}}\n"
                                     "{{/invoices}}\n"
                                     "{{invoice.balance}} {{payment.amount}}\n"
                                     "{{/invoices}} {{/orders}}\n"
                                     "{{#orders}}x{{/invoices}}\n"
                                     "{{ broken\n"
                                     "{{{customer.name}}} {{}} {{&company.name}}\n"
                                     "{{#invoices}}"),
                      QStringLiteral("reminder"), QStringLiteral("en"),
                      QStringLiteral("Hi {{fee}}\nsecond line"), QStringLiteral("<p>\n{{unknown}}</p>"));
    EXPECT_EQ(
        messages(TemplateEngine::validate(t)).join(u'\n').toStdString(),
        QStringList(
            {
                QStringLiteral("subject:2:1: the subject is one line"),
                QStringLiteral(
                    "text:1:6: unknown placeholder {{customer.nme}}; did you mean {{customer.name}}?"),
                QStringLiteral(
                    "text:3:20: {{#invoices}} inside {{#invoices}} opened on line 2: sections do not nest"),
                QStringLiteral(
                    "text:5:1: {{invoice.balance}} only has a value inside {{#invoices}}…{{/invoices}}"),
                QStringLiteral("text:5:21: {{payment.amount}} has no value in a follow-up template (only in: "
                               "payment thank-you)"),
                QStringLiteral("text:6:1: {{/invoices}} closes no section"),
                QStringLiteral("text:6:15: {{/orders}} closes no section"),
                QStringLiteral("text:7:1: unknown section {{#orders}}; the sections are {{#invoices}}, "
                               "{{#discount}} and {{#customer.credit}}"),
                QStringLiteral("text:7:13: {{/invoices}} does not match {{#orders}} opened on line 7"),
                QStringLiteral("text:8:1: \"{{\" is not closed by \"}}\" on its line"),
                QStringLiteral(
                    "text:9:1: \"{{{customer.name}}}\": values cannot be unescaped; write {{customer.name}}"),
                QStringLiteral("text:9:21: \"{{}}\" names nothing"),
                QStringLiteral(
                    "text:9:26: \"{{&company.name}}\": only {{name}}, {{#invoices}}, {{^invoices}} and "
                    "{{/invoices}} are understood"),
                QStringLiteral("text:10:1: {{#invoices}} is never closed by {{/invoices}}"),
                QStringLiteral("html:2:1: unknown placeholder {{unknown}}"),
            })
            .join(u'\n')
            .toStdString());
    // Render refuses the same template with the same problems, naming the template.
    const QStringList refused = renderProblems(t, context(1));
    ASSERT_EQ(refused.size(), 15);
    EXPECT_EQ(refused.first(),
              QStringLiteral("template reminder (en), subject:2: column 1: the subject is one line"));
}

TEST(TemplateEngine, EmptySubjectOrTextIsRefusedAndHtmlMayBeEmpty)
{
    EXPECT_EQ(messages(TemplateEngine::validate(make(QStringLiteral(" \n"), {}, {}, QString()))),
              QStringList({QStringLiteral("subject:1:1: the subject is empty"),
                           QStringLiteral("text:1:1: the text body is empty")}));
    const auto r = TemplateEngine::render(make(QStringLiteral("Hello")), context(0));
    EXPECT_TRUE(r.html.isEmpty());
}

TEST(TemplateEngine, PlaceholdersBelongToTheirKind)
{
    EXPECT_TRUE(TemplateEngine::validate(make(QStringLiteral("{{payment.amount}} {{payment.date}}"),
                                              QStringLiteral("payment_thanks")))
                    .isEmpty());
    EXPECT_EQ(messages(TemplateEngine::validate(
                  make(QStringLiteral("{{statement.date}} {{fee}}"), QStringLiteral("payment_thanks")))),
              QStringList(
                  {QStringLiteral("text:1:1: {{statement.date}} has no value in a payment thank-you template "
                                  "(only in: statement)"),
                   QStringLiteral("text:1:20: {{fee}} has no value in a payment thank-you template (only in: "
                                  "follow-up)")}));
    // A custom policy's own template key is a follow-up template.
    EXPECT_TRUE(TemplateEngine::validate(
                    make(QStringLiteral("{{stage.name}} {{final_date}}"), QStringLiteral("my_polite_nudge")))
                    .isEmpty());
}

TEST(TemplateEngine, ReportsThePartOfEachProblem)
{
    const auto problems = TemplateEngine::validate(make(
        QStringLiteral("ok"), {}, {}, QStringLiteral("{{nope}}"), QStringLiteral("a\nb\n{{#invoices}}")));
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].part, Part::Subject);
    EXPECT_EQ(problems[1].part, Part::Html);
    EXPECT_EQ(problems[1].line, 3);
}

TEST(TemplateEngine, DiscountSectionShowsOnlyWhenTheInvoiceOffersOne)
{
    const Template t = make(QStringLiteral("Due {{invoice.balance}} by {{invoice.due_date}}.{{#discount}} Pay "
                                           "{{discount.pay}} by {{discount.until}} ({{discount.rate}}, "
                                           "{{discount.amount}} off).{{/discount}}{{^discount}} Net.{{/discount}}"),
                            QStringLiteral("invoice"));
    ASSERT_TRUE(TemplateEngine::validate(t).isEmpty()) << messages(TemplateEngine::validate(t)).join(u'\n').toStdString();
    const TemplateContext offer = TemplatePlaceholders::sampleContext(TemplateKeys::Kind::Invoice, 1);
    EXPECT_EQ(TemplateEngine::render(t, offer).text,
              QStringLiteral("Due 1,250.00 USD by February 14, 2026. Pay 1,470.00 USD by January 25, 2026 "
                             "(2 %, 30.00 USD off)."));
    TemplateContext none;
    for (auto it = offer.values().cbegin(); it != offer.values().cend(); ++it)
        if (!it.key().startsWith(QStringLiteral("discount.")))
            none.set(it.key(), it.value());
    EXPECT_EQ(TemplateEngine::render(t, none).text, QStringLiteral("Due 1,250.00 USD by February 14, 2026. Net."));
}

TEST(TemplateEngine, DiscountBelongsToTheInvoiceEmailAndItsValuesToTheSection)
{
    const Template reminder =
        make(QStringLiteral("{{#discount}}x{{/discount}}\n{{invoice.number}}"), QStringLiteral("reminder"));
    EXPECT_EQ(messages(TemplateEngine::validate(reminder)),
              QStringList({QStringLiteral("text:1:1: {{#discount}} has no values in a follow-up template (only "
                                          "in: invoice)"),
                           QStringLiteral("text:2:1: {{invoice.number}} only has a value inside "
                                          "{{#invoices}}…{{/invoices}}")}));
    const Template invoice = make(QStringLiteral("{{invoice.number}} {{discount.pay}}"), QStringLiteral("invoice"));
    EXPECT_EQ(messages(TemplateEngine::validate(invoice)),
              QStringList({QStringLiteral("text:1:20: {{discount.pay}} only has a value inside "
                                          "{{#discount}}…{{/discount}}")}));
}
