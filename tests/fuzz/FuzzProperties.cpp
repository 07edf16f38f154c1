#include "FuzzProperties.h"

#include "bank/BankStatementReader.h"
#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "errors/InputProblems.h"
#include "io/CsvTable.h"
#include "io/CsvWriter.h"
#include "io/CustomerCsv.h"
#include "io/InvoiceCsv.h"
#include "io/PaymentCsv.h"
#include "mail/MailAddress.h"
#include "mail/MimeMessage.h"
#include "money/Currency.h"
#include "money/Decimal.h"
#include "money/LocaleAmount.h"
#include "money/Money.h"
#include "money/Rate.h"
#include "templates/TemplateEngine.h"
#include "templates/TemplateKeys.h"
#include "templates/TemplatePlaceholders.h"
#include "terms/DefaultTerms.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

using namespace settle;

namespace {

using Violation = FuzzProperties::Violation;

void require(bool holds, const QString& what)
{
    if (!holds)
        throw Violation(what);
}

QString quoted(const QString& text)
{
    // Short enough to read in a crash report, escaped enough to see what was odd about it.
    QString shown = text.left(200);
    shown.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n"));
    return u'"' + shown + (text.size() > 200 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

qint64 int64At(const QByteArray& data, qsizetype offset)
{
    qint64 value = 0;
    std::memcpy(&value, data.constData() + offset, sizeof value);
    return value;
}

// How many lines a file has as CsvTable counts them: a lone CR ends a line too.
int lineCount(const QByteArray& data)
{
    return int(data.count('\n') + data.count('\r')) + 1;
}

// Every problem names the file, a line inside it (0 for the whole file) and says something.
void checkProblems(const InputProblems& e, const QString& label, int lines, const QStringList& columns = {})
{
    require(!e.problems().isEmpty(), QStringLiteral("InputProblems without a problem"));
    for (const auto& p : e.problems()) {
        require(p.file == label, QStringLiteral("a problem names the file %1, not %2").arg(quoted(p.file), label));
        require(p.line >= 0 && p.line <= lines,
                QStringLiteral("a problem names line %1 of a file of %2 lines: %3").arg(p.line).arg(lines).arg(p.toString()));
        require(!p.message.trimmed().isEmpty(), QStringLiteral("a problem says nothing: %1").arg(p.toString()));
        require(p.column.isEmpty() || columns.isEmpty() || columns.contains(p.column),
                QStringLiteral("a problem names a column the file does not have: %1").arg(p.toString()));
    }
}

// The table's cells as the importers see them (CsvTable::cell), one list per row.
QList<QStringList> cellValues(const CsvTable& table)
{
    QList<QStringList> rows;
    for (const auto& row : table.rows()) {
        QStringList values;
        for (const QString& column : table.header())
            values << table.cell(row, column);
        // A one-column row whose only cell is blank is written as an empty line, which is no record.
        if (!(values.size() == 1 && values.first().isEmpty()))
            rows << values;
    }
    return rows;
}

// The header as it is (the writer's formula guard is for cells, not for the column names) and the
// cells through CsvWriter::writeRow, as the exports write them.
QByteArray tableText(const CsvTable& table)
{
    QStringList names;
    for (const QString& name : table.header())
        names << CsvWriter::quote(name);
    CsvWriter writer;
    for (const QStringList& values : cellValues(table))
        writer.writeRow(values);
    return (names.join(u',') + u'\n' + writer.text()).toUtf8();
}

// The importers run as on a small ledger: three customers in three currencies, the default terms,
// the default policies, an invoice of each status a payment may or may not name.
QList<Customer> ledgerCustomers()
{
    auto customer = [](qint64 id, const char* code, const char* currency, const char* terms) {
        Customer c;
        c.id = id;
        c.code = QString::fromLatin1(code);
        c.name = QStringLiteral("Customer ") + c.code;
        c.currency = QString::fromLatin1(currency);
        c.terms = QString::fromLatin1(terms);
        return c;
    };
    return {customer(1, "C001", "USD", "Net 30"), customer(2, "C002", "EUR", "2/10 Net 30"),
            customer(3, "C003", "JPY", "Net 14"), customer(4, "C004", "KWD", "Net 30 EOM")};
}

QHash<QString, Customer> customersByCode()
{
    QHash<QString, Customer> byCode;
    for (const auto& c : ledgerCustomers())
        byCode.insert(c.code, c);
    return byCode;
}

QHash<QString, PaymentTerms> termsByName()
{
    QHash<QString, PaymentTerms> byName;
    for (const auto& t : DefaultTerms::all())
        byName.insert(t.name, t);
    return byName;
}

struct Table
{
    CsvTable table;
    bool ok = false;
};

// Reads the file, checking the problems when it is no CSV; ok is false then.
Table readTable(const QByteArray& data, const QString& label)
{
    Table result;
    try {
        result.table = CsvTable::parse(data, label);
        result.ok = true;
    } catch (const InputProblems& e) {
        checkProblems(e, label, lineCount(data));
    }
    return result;
}

QStringList knownColumns(const CsvTable& table, const QStringList& required, const QStringList& optional)
{
    return table.header() + required + optional;
}

// One text of the importers' written files, read back the way the import reads it.
CsvTable reread(const QString& written, const QString& label)
{
    try {
        return CsvTable::parse(written.toUtf8(), label);
    } catch (const InputProblems& e) {
        throw Violation(QStringLiteral("what the importer accepted writes a file that is no CSV: %1")
                            .arg(e.problems().first().toString()));
    }
}

template<typename Parse>
auto reimport(const QString& written, const QString& label, Parse parse)
{
    const CsvTable table = reread(written, label);
    try {
        return parse(table);
    } catch (const InputProblems& e) {
        throw Violation(QStringLiteral("what the importer accepted, written back, is refused: %1 in\n%2")
                            .arg(e.problems().first().toString(), written.left(2000)));
    }
}

// Decodes quoted-printable (RFC 2045 6.7) independently of the encoder; line ends become LF.
QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '=' && encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (c == '=') {
            require(i + 2 < encoded.size(), QStringLiteral("quoted-printable ends inside an escape"));
            bool ok = false;
            const int byte = encoded.mid(i + 1, 2).toInt(&ok, 16);
            require(ok && encoded.mid(i + 1, 2) == encoded.mid(i + 1, 2).toUpper(),
                    QStringLiteral("quoted-printable has a bad escape %1").arg(QString::fromLatin1(encoded.mid(i, 3))));
            out += char(byte);
            i += 2;
        } else if (c == '\r' && encoded.mid(i + 1, 1) == "\n") {
            out += '\n';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// The value of a header with its continuation lines unfolded (RFC 5322 2.2.3: CRLF is removed).
QByteArray headerValue(const QByteArray& message, const QByteArray& name)
{
    const qsizetype start = message.indexOf("\r\n" + name + ": ");
    if (start < 0)
        return {};
    const qsizetype from = start + 4 + name.size();
    qsizetype end = message.indexOf("\r\n", from);
    while (end >= 0 && end + 2 < message.size() && (message[end + 2] == ' ' || message[end + 2] == '\t'))
        end = message.indexOf("\r\n", end + 2);
    QByteArray value = message.mid(from, end - from);
    return value.replace("\r\n", "");
}

QString decodeHeader(const QByteArray& value)
{
    if (!value.contains("=?UTF-8?B?"))
        return QString::fromLatin1(value);
    static const QRegularExpression word(QStringLiteral("^(\\s*)=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    QString rest = QString::fromLatin1(value);
    while (!rest.isEmpty()) {
        const auto match = word.match(rest);
        require(match.hasMatch(), QStringLiteral("a header mixes encoded words with other text: %1").arg(quoted(rest)));
        const QByteArray decoded = QByteArray::fromBase64(match.captured(2).toLatin1());
        require(QString::fromUtf8(decoded).toUtf8() == decoded,
                QStringLiteral("an encoded word splits a character: %1").arg(match.captured(0)));
        bytes += decoded;
        rest = rest.mid(match.capturedLength(0));
    }
    return QString::fromUtf8(bytes);
}

QString normalizedLines(const QString& text)
{
    QString normalized = text;
    return normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
}

// The quoted-printable content after `partHeaders`, up to the next boundary (or the message's end).
QByteArray partContent(const QByteArray& message, const QByteArray& partHeaders, qsizetype from, qsizetype* end)
{
    const qsizetype at = message.indexOf(partHeaders, from);
    require(at >= 0, QStringLiteral("the message has no part %1").arg(QString::fromLatin1(partHeaders.left(40))));
    const qsizetype begin = at + partHeaders.size();
    qsizetype stop = message.indexOf("\r\n--=_settle_", begin);
    if (stop < 0)
        stop = message.size();
    *end = stop;
    return message.mid(begin, stop - begin);
}

} // namespace

QStringList FuzzProperties::targets()
{
    return {QStringLiteral("csv_table"),    QStringLiteral("customer_csv"), QStringLiteral("invoice_csv"),
            QStringLiteral("payment_csv"),  QStringLiteral("template"),     QStringLiteral("mime"),
            QStringLiteral("decimal"),      QStringLiteral("locale_amount"), QStringLiteral("iso_date"),
            QStringLiteral("bank_statement")};
}

void FuzzProperties::check(const QString& target, const QByteArray& data)
{
    if (target == u"csv_table")
        csvTable(data);
    else if (target == u"customer_csv")
        customerCsv(data);
    else if (target == u"invoice_csv")
        invoiceCsv(data);
    else if (target == u"payment_csv")
        paymentCsv(data);
    else if (target == u"template")
        templateEngine(data);
    else if (target == u"mime")
        mimeMessage(data);
    else if (target == u"decimal")
        decimal(data);
    else if (target == u"locale_amount")
        localeAmount(data);
    else if (target == u"iso_date")
        isoDate(data);
    else if (target == u"bank_statement")
        bankStatement(data);
    else
        throw std::invalid_argument("unknown fuzz target " + target.toStdString());
}

void FuzzProperties::csvTable(const QByteArray& data)
{
    const QString label = QStringLiteral("fuzz.csv");
    const Table read = readTable(data, label);
    if (!read.ok)
        return;
    const CsvTable& table = read.table;
    require(!table.header().isEmpty(), QStringLiteral("a table without columns"));
    int previousLine = 0;
    for (const auto& row : table.rows()) {
        require(row.cells.size() == table.header().size(),
                QStringLiteral("line %1 has %2 cells, the header %3").arg(row.line).arg(row.cells.size()).arg(table.header().size()));
        require(row.line > previousLine && row.line <= lineCount(data),
                QStringLiteral("row lines out of order or outside the file: %1 after %2").arg(row.line).arg(previousLine));
        previousLine = row.line;
    }

    const QByteArray written = tableText(table);
    CsvTable again;
    try {
        again = CsvTable::parse(written, label);
    } catch (const InputProblems& e) {
        throw Violation(QStringLiteral("a table written with CsvWriter does not read back: %1").arg(e.problems().first().toString()));
    }
    require(again.header() == table.header(), QStringLiteral("the header changed on writing and reading back"));
    const QList<QStringList> before = cellValues(table);
    const QList<QStringList> after = cellValues(again);
    require(after.size() == before.size(), QStringLiteral("%1 rows read back as %2").arg(before.size()).arg(after.size()));
    for (qsizetype i = 0; i < before.size(); ++i)
        require(after[i] == before[i], QStringLiteral("row %1 changed on writing and reading back: %2 became %3")
                                           .arg(i + 1)
                                           .arg(quoted(before[i].join(u'|')), quoted(after[i].join(u'|'))));
}

void FuzzProperties::customerCsv(const QByteArray& data)
{
    const QString label = QStringLiteral("customers.csv");
    const Table read = readTable(data, label);
    if (!read.ok)
        return;
    CustomerCsv::Context context;
    context.existingCodes = {QStringLiteral("C900")};
    for (const auto& t : DefaultTerms::all())
        context.termsNames.insert(t.name);
    context.policyNames = {QStringLiteral("Standard"), QStringLiteral("Gentle")};
    context.defaultCurrency = QStringLiteral("USD");
    const QStringList columns =
        knownColumns(read.table, CustomerCsv::requiredColumns(), CustomerCsv::optionalColumns());

    QList<Customer> customers;
    try {
        customers = CustomerCsv::parse(read.table, context);
    } catch (const InputProblems& e) {
        checkProblems(e, label, lineCount(data), columns);
        return;
    }
    QSet<QString> codes;
    for (const auto& c : customers) {
        require(!c.code.isEmpty() && !c.name.isEmpty(), QStringLiteral("a customer without code or name"));
        require(!codes.contains(c.code) && !context.existingCodes.contains(c.code),
                QStringLiteral("customer %1 twice").arg(quoted(c.code)));
        codes.insert(c.code);
        require(Currency::fromCode(c.currency).has_value(), QStringLiteral("currency %1").arg(quoted(c.currency)));
        require(context.termsNames.contains(c.terms) && context.policyNames.contains(c.policy),
                QStringLiteral("terms or policy the ledger does not have"));
    }

    const QList<Customer> again = reimport(CustomerCsv::write(customers), label,
                                           [&](const CsvTable& t) { return CustomerCsv::parse(t, context); });
    require(again.size() == customers.size(), QStringLiteral("customers written back import as another number"));
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer& a = customers[i];
        const Customer& b = again[i];
        require(a.code == b.code && a.name == b.name && a.email == b.email && a.cc == b.cc && a.phone == b.phone &&
                    a.address == b.address && a.currency == b.currency && a.terms == b.terms &&
                    a.policy == b.policy && a.language == b.language && a.onHold == b.onHold,
                QStringLiteral("customer %1 changed when written back and imported again").arg(quoted(a.code)));
    }
}

void FuzzProperties::invoiceCsv(const QByteArray& data)
{
    const QString label = QStringLiteral("invoices.csv");
    const Table read = readTable(data, label);
    if (!read.ok)
        return;
    InvoiceCsv::Context context;
    context.customersByCode = customersByCode();
    context.termsByName = termsByName();
    context.existingNumbers = {QStringLiteral("INV-0900")};
    const QStringList columns = knownColumns(read.table, InvoiceCsv::requiredColumns(), InvoiceCsv::optionalColumns());

    QList<Invoice> invoices;
    try {
        invoices = InvoiceCsv::parse(read.table, context);
    } catch (const InputProblems& e) {
        checkProblems(e, label, lineCount(data), columns);
        return;
    }
    for (const auto& invoice : invoices) {
        const QString name = quoted(invoice.number);
        require(!invoice.number.isEmpty() && !invoice.lines.isEmpty(), QStringLiteral("an invoice without number or lines"));
        require(invoice.issueDate.isValid() && invoice.dueDate.isValid() && invoice.dueDate >= invoice.issueDate,
                QStringLiteral("invoice %1 has no issue date or is due before it").arg(name));
        const auto currency = Currency::fromCode(invoice.currency);
        require(currency.has_value(), QStringLiteral("invoice %1 in currency %2").arg(name, quoted(invoice.currency)));
        // The totals, recomputed in 128 bits: what the importer accepted must not have wrapped around.
        WideInt subtotal = 0;
        WideInt tax = 0;
        for (const auto& line : invoice.lines) {
            require(line.quantity >= 0 && line.unitPrice >= 0 && line.taxRate.millionths() >= 0 &&
                        line.taxRate.millionths() <= Rate::Scale,
                    QStringLiteral("invoice %1 has a negative quantity or price, or a tax rate beyond 100 %").arg(name));
            const WideInt exact = WideInt(line.quantity) * line.unitPrice;
            const WideInt scale = Decimal::pow10(InvoiceLine::QuantityDecimals);
            WideInt amount = exact / scale;
            if ((exact % scale) * 2 >= scale)
                ++amount;
            require(amount == line.amount,
                    QStringLiteral("invoice %1: a line's amount %2 is not quantity × unit price").arg(name).arg(line.amount));
            WideInt lineTax = amount * line.taxRate.millionths() / Rate::Scale;
            if ((amount * line.taxRate.millionths() % Rate::Scale) * 2 >= Rate::Scale)
                ++lineTax;
            require(lineTax == line.tax, QStringLiteral("invoice %1: a line's tax %2 is not its rate of its amount").arg(name).arg(line.tax));
            subtotal += amount;
            tax += lineTax;
        }
        require(subtotal == invoice.subtotal && tax == invoice.tax && subtotal + tax == invoice.total,
                QStringLiteral("invoice %1: the totals (%2) are not the sum of its lines").arg(name).arg(invoice.total));
    }

    const QList<Invoice> again = reimport(InvoiceCsv::write(invoices), label,
                                          [&](const CsvTable& t) { return InvoiceCsv::parse(t, context); });
    require(again.size() == invoices.size(), QStringLiteral("invoices written back import as another number"));
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice& a = invoices[i];
        const Invoice& b = again[i];
        bool same = a.number == b.number && a.customerId == b.customerId && a.currency == b.currency &&
                    a.issueDate == b.issueDate && a.dueDate == b.dueDate && a.terms.name == b.terms.name &&
                    a.total == b.total && a.lines.size() == b.lines.size();
        for (qsizetype l = 0; same && l < a.lines.size(); ++l)
            same = a.lines[l].description == b.lines[l].description && a.lines[l].quantity == b.lines[l].quantity &&
                   a.lines[l].unitPrice == b.lines[l].unitPrice && a.lines[l].taxRate == b.lines[l].taxRate;
        require(same, QStringLiteral("invoice %1 changed when written back and imported again").arg(quoted(a.number)));
    }
}

void FuzzProperties::paymentCsv(const QByteArray& data)
{
    const QString label = QStringLiteral("payments.csv");
    const Table read = readTable(data, label);
    if (!read.ok)
        return;
    PaymentCsv::Context context;
    context.customersByCode = customersByCode();
    auto ref = [](qint64 id, qint64 customerId, const char* currency, InvoiceStatus status) {
        InvoiceRepository::InvoiceRef r;
        r.id = id;
        r.customerId = customerId;
        r.currency = QString::fromLatin1(currency);
        r.status = status;
        return r;
    };
    context.invoicesByNumber = {{QStringLiteral("INV-0001"), ref(1, 1, "USD", InvoiceStatus::Open)},
                                {QStringLiteral("INV-0002"), ref(2, 2, "EUR", InvoiceStatus::Paid)},
                                {QStringLiteral("INV-0003"), ref(3, 1, "USD", InvoiceStatus::Void)},
                                {QStringLiteral("INV-0004"), ref(4, 3, "JPY", InvoiceStatus::Draft)},
                                {QStringLiteral("INV-0005"), ref(5, 1, "EUR", InvoiceStatus::Open)}};
    const QStringList columns = knownColumns(read.table, PaymentCsv::requiredColumns(), PaymentCsv::optionalColumns());

    QList<Payment> payments;
    try {
        payments = PaymentCsv::parse(read.table, context);
    } catch (const InputProblems& e) {
        checkProblems(e, label, lineCount(data), columns);
        return;
    }
    for (const auto& p : payments) {
        require(p.customerId != 0 && p.date.isValid() && p.amount > 0 && Currency::fromCode(p.currency).has_value(),
                QStringLiteral("a payment of %1 without customer, date, amount or currency").arg(quoted(p.customerCode)));
    }

    const QList<Payment> again = reimport(PaymentCsv::write(payments), label,
                                          [&](const CsvTable& t) { return PaymentCsv::parse(t, context); });
    require(again.size() == payments.size(), QStringLiteral("payments written back import as another number"));
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const Payment& a = payments[i];
        const Payment& b = again[i];
        require(a.customerId == b.customerId && a.date == b.date && a.amount == b.amount && a.currency == b.currency &&
                    a.method == b.method && a.reference == b.reference && a.invoiceNumber == b.invoiceNumber,
                QStringLiteral("the payment on line %1 changed when written back and imported again").arg(i + 2));
    }
}

void FuzzProperties::templateEngine(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    const auto selector = static_cast<unsigned char>(data[0]);
    QStringList keys = TemplateKeys::shipped();
    keys << QStringLiteral("custom_stage"); // a custom policy's own key is a follow-up's
    Template tmpl;
    tmpl.key = keys[(selector & 0x0f) % keys.size()];
    tmpl.language = TemplateKeys::languages()[(selector >> 4) % TemplateKeys::languages().size()];
    const QList<QByteArray> parts = data.mid(1).split('\0');
    tmpl.subject = QString::fromUtf8(parts.value(0));
    tmpl.bodyText = QString::fromUtf8(parts.value(1));
    tmpl.bodyHtml = QString::fromUtf8(parts.value(2));
    const auto kind = TemplateKeys::kindOf(tmpl.key);

    const QList<TemplateEngine::Problem> problems = TemplateEngine::validate(tmpl);
    for (const auto& p : problems) {
        const QString source = tmpl.part(p.part);
        const int lines = int(source.count(u'\n') + source.count(u'\r')) + 1;
        require(p.line >= 1 && p.line <= lines && p.column >= 1 && !p.message.isEmpty(),
                QStringLiteral("a problem at %1:%2 of a part of %3 lines: %4").arg(p.line).arg(p.column).arg(lines).arg(p.message));
    }

    if (problems.isEmpty()) {
        // The engine's promise: a template that validates renders with any context of its kind that
        // has every value.
        for (int invoices : {0, 1, 3}) {
            TemplateEngine::Rendered rendered;
            try {
                rendered = TemplateEngine::render(tmpl, TemplatePlaceholders::sampleContext(kind, invoices));
            } catch (const InputProblems& e) {
                // Without invoices the values made of them (invoice_numbers) are blank, and a blank
                // value is an error by design, never an empty spot in a letter.
                const bool onlyBlanks = std::all_of(e.problems().cbegin(), e.problems().cend(), [](const InputProblem& p) {
                    return p.message.contains(QStringLiteral("has no value"));
                });
                if (invoices == 0 && onlyBlanks)
                    continue;
                throw Violation(QStringLiteral("a template that validates does not render with %1 invoices: %2")
                                    .arg(invoices)
                                    .arg(e.problems().first().toString()));
            }
            require(!rendered.subject.contains(u'\n') && !rendered.subject.contains(u'\r'),
                    QStringLiteral("a rendered subject of several lines"));
            require(!rendered.subject.isEmpty() || tmpl.subject.contains(QStringLiteral("{{")),
                    QStringLiteral("a subject without placeholders renders empty"));
            if (!tmpl.bodyText.contains(QStringLiteral("{{")))
                require(rendered.text == tmpl.bodyText, QStringLiteral("a text body without placeholders changed"));
            if (tmpl.bodyHtml.isEmpty())
                require(rendered.html.isEmpty(), QStringLiteral("an HTML body appeared from nothing"));
        }
    } else {
        try {
            TemplateEngine::render(tmpl, TemplatePlaceholders::sampleContext(kind, 2));
            throw Violation(QStringLiteral("a template with problems rendered"));
        } catch (const InputProblems& e) {
            require(e.problems().size() == problems.size(),
                    QStringLiteral("render lists %1 problems, validate %2").arg(e.problems().size()).arg(problems.size()));
        }
    }

    // Escaping for the HTML body leaves nothing that could open a tag or end an attribute, and
    // reads back to the value.
    const QString escaped = TemplateEngine::escapeHtml(tmpl.bodyHtml);
    for (QChar c : {u'<', u'>', u'"', u'\''})
        require(!escaped.contains(c), QStringLiteral("escapeHtml left %1").arg(c));
    QString unescaped = escaped;
    unescaped.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    require(unescaped == tmpl.bodyHtml, QStringLiteral("escapeHtml does not read back"));
}

void FuzzProperties::mimeMessage(const QByteArray& data)
{
    const QList<QByteArray> fields = data.split('\0');
    auto field = [&](int i) { return QString::fromUtf8(fields.value(i)); };
    MimeMessage::Content content;
    content.from = field(0);
    content.to = field(1);
    content.cc = field(2);
    content.bcc = field(3);
    content.replyTo = field(4);
    content.subject = field(5);
    content.text = field(6);
    content.html = field(7);
    if (fields.size() > 8)
        content.attachments << MailAttachment{field(8), QStringLiteral("application/pdf"), fields.value(9)};
    content.date = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    content.messageId = QStringLiteral("fuzz.settle@test-company.example");

    std::optional<MimeMessage> message;
    try {
        message.emplace(content);
    } catch (const SettleError& e) {
        require(e.kind() == SettleError::Kind::BadInput, QStringLiteral("a message refused with an error that is not bad input"));
        require(!e.message().isEmpty(), QStringLiteral("a message refused without saying why"));
        return;
    }
    for (const QString& recipient : message->envelopeRecipients())
        require(MailAddress::isAddress(recipient), QStringLiteral("envelope recipient %1").arg(quoted(recipient)));

    const QByteArray bytes = message->toBytes();
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        require(c < 0x80 && (c >= 0x20 || c == '\r' || c == '\n' || c == '\t'),
                QStringLiteral("byte 0x%1 at %2 of the message").arg(c, 2, 16, QLatin1Char('0')).arg(i));
        if (c == '\r')
            require(i + 1 < bytes.size() && bytes[i + 1] == '\n', QStringLiteral("a bare CR at %1").arg(i));
        if (c == '\n') {
            require(i > 0 && bytes[i - 1] == '\r', QStringLiteral("a bare LF at %1").arg(i));
            // RFC 5322 2.1.1: a line MUST be no longer than 998 characters.
            require(i - 1 - lineStart <= 998, QStringLiteral("a line of %1 characters: %2")
                                                  .arg(i - 1 - lineStart)
                                                  .arg(QString::fromLatin1(bytes.mid(lineStart, 80))));
            lineStart = i + 1;
        }
    }
    require(bytes.size() - lineStart <= 998, QStringLiteral("the last line is too long"));

    const QString subject = decodeHeader(headerValue(bytes, "Subject"));
    require(subject == content.subject,
            QStringLiteral("the subject %1 reads back as %2").arg(quoted(content.subject), quoted(subject)));

    const bool multipart = !content.html.isEmpty() || !content.attachments.isEmpty();
    qsizetype textEnd = 0;
    QByteArray text = partContent(bytes,
                                  "Content-Type: text/plain; charset=UTF-8\r\n"
                                  "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
                                  0, &textEnd);
    for (const QByteArray& line : text.split('\n'))
        require(line.size() <= 77, QStringLiteral("a quoted-printable line of %1 characters").arg(line.size() - 1));
    QByteArray expected = normalizedLines(content.text).toUtf8();
    QByteArray decoded = decodeQuotedPrintable(text);
    if (!multipart) {
        // A single part ends its last line; a text with or without a final line break reads the same.
        require(decoded.isEmpty() || decoded.endsWith('\n'),
                QStringLiteral("a text-only message does not end its last line"));
        if (decoded.endsWith('\n'))
            decoded.chop(1);
        if (expected.endsWith('\n'))
            expected.chop(1);
    }
    require(decoded == expected, QStringLiteral("the text body %1 reads back as %2")
                                     .arg(quoted(QString::fromUtf8(expected)), quoted(QString::fromUtf8(decoded))));
    if (!content.html.isEmpty()) {
        qsizetype htmlEnd = 0;
        const QByteArray html = partContent(bytes,
                                            "Content-Type: text/html; charset=UTF-8\r\n"
                                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n",
                                            textEnd, &htmlEnd);
        require(decodeQuotedPrintable(html) == normalizedLines(content.html).toUtf8(),
                QStringLiteral("the HTML body does not read back"));
    }
}

void FuzzProperties::decimal(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    const int scale = static_cast<unsigned char>(data[0]) % 7;
    const QString text = QString::fromUtf8(data.mid(1));
    const Decimal::Parsed parsed = Decimal::parse(text, scale);
    // The one form Decimal accepts: a sign, ASCII digits, at most one dot, nothing else.
    static const QRegularExpression shape(QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)$"));
    const bool wellFormed = shape.match(text.trimmed()).hasMatch();
    if (parsed.value) {
        require(wellFormed, QStringLiteral("%1 parsed though it is not a plain decimal").arg(quoted(text)));
        for (const QString& written : {Decimal::format(*parsed.value, scale), Decimal::formatShort(*parsed.value, scale)}) {
            const auto again = Decimal::parse(written, scale);
            require(again.value == parsed.value,
                    QStringLiteral("%1 (scale %2) formats as %3, which reads back differently").arg(quoted(text)).arg(scale).arg(written));
        }
    } else {
        require(!wellFormed || parsed.error != Decimal::ParseError::NotANumber,
                QStringLiteral("%1 is a plain decimal but called not a number").arg(quoted(text)));
    }

    if (const auto rate = Rate::parsePercent(text)) {
        const auto again = Rate::parsePercent(rate->toPercentString());
        require(again && *again == *rate, QStringLiteral("rate %1 does not read back").arg(quoted(text)));
    }

    if (data.size() >= 9) {
        const qint64 value = int64At(data, 1);
        // The one value format() can write that parse() cannot read: its magnitude is not a qint64.
        if (value != std::numeric_limits<qint64>::min()) {
            const QString written = Decimal::format(value, scale);
            require(Decimal::parse(written, scale).value == value,
                    QStringLiteral("%1 at scale %2 formats as %3, which reads back differently").arg(value).arg(scale).arg(written));
        }
    }
}

void FuzzProperties::localeAmount(const QByteArray& data)
{
    if (data.size() < 2)
        return;
    static const QList<QLocale> locales = {
        QLocale::c(),
        QLocale(QLocale::English, QLocale::UnitedStates),
        QLocale(QLocale::German, QLocale::Germany),
        QLocale(QLocale::German, QLocale::Switzerland),
        QLocale(QLocale::French, QLocale::France),
        QLocale(QLocale::Swedish, QLocale::Sweden),
        QLocale(QLocale::Arabic, QLocale::Egypt),
        QLocale(QLocale::Hindi, QLocale::India),
        QLocale(QLocale::Persian, QLocale::Iran),
        QLocale(QLocale::Spanish, QLocale::Spain),
        QLocale(QLocale::NorwegianBokmal, QLocale::Norway),
        QLocale(QLocale::Japanese, QLocale::Japan),
    };
    static const QStringList codes = {QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY"),
                                      QStringLiteral("KWD"), QStringLiteral("CLF"), QStringLiteral("CHF")};
    const QLocale& locale = locales[static_cast<unsigned char>(data[0]) % locales.size()];
    const QString code = codes[static_cast<unsigned char>(data[1]) % codes.size()];
    const Currency currency = Currency::require(code);
    const QString text = QString::fromUtf8(data.mid(2));
    const QString where = QStringLiteral(" (%1, %2)").arg(locale.name(), code);

    Money money;
    const QString error = LocaleAmount::parse(text, currency, locale, &money);
    if (error.isEmpty()) {
        const QString written = LocaleAmount::format(money.minor(), code, locale);
        Money again;
        const QString againError = LocaleAmount::parse(written, currency, locale, &again);
        require(againError.isEmpty() && again.minor() == money.minor(),
                QStringLiteral("%1 reads as %2, which is written %3 and reads back as %4%5")
                    .arg(quoted(text))
                    .arg(money.minor())
                    .arg(quoted(written), againError.isEmpty() ? QString::number(again.minor()) : againError, where));
        qint64 scaled = 0;
        require(LocaleAmount::parseScaled(text, currency.minorDigits(), locale, &scaled).isEmpty() &&
                    scaled == money.minor(),
                QStringLiteral("%1 is an amount but not a number of as many decimals%2").arg(quoted(text), where));
    } else if (!text.trimmed().isEmpty()) {
        require(error.contains(text.trimmed()),
                QStringLiteral("the error for %1 does not name what was typed: %2%3").arg(quoted(text), error, where));
    }

    if (data.size() >= 10) {
        // Every amount up to the largest one a ledger holds, written in the locale, reads back.
        constexpr qint64 largest = 10'000'000'000'000;
        const qint64 value = int64At(data, 2) % (largest + 1);
        const QString written = LocaleAmount::format(value, code, locale);
        Money again;
        const QString againError = LocaleAmount::parse(written, currency, locale, &again);
        require(againError.isEmpty() && again.minor() == value,
                QStringLiteral("%1 is written %2, which reads back as %3%4")
                    .arg(value)
                    .arg(quoted(written), againError.isEmpty() ? QString::number(again.minor()) : againError, where));
        const int scale = static_cast<unsigned char>(data[1]) % 5;
        const QString short_ = LocaleAmount::formatScaled(value, scale, locale);
        qint64 scaled = 0;
        const QString scaledError = LocaleAmount::parseScaled(short_, scale, locale, &scaled);
        require(scaledError.isEmpty() && scaled == value,
                QStringLiteral("%1 at scale %2 is written %3, which reads back as %4%5")
                    .arg(value)
                    .arg(scale)
                    .arg(quoted(short_), scaledError.isEmpty() ? QString::number(scaled) : scaledError, where));
    }
}

void FuzzProperties::isoDate(const QByteArray& data)
{
    const QString text = QString::fromUtf8(data);
    if (const auto date = IsoDate::parse(text)) {
        require(date->isValid(), QStringLiteral("%1 parsed as an invalid date").arg(quoted(text)));
        require(IsoDate::format(*date) == text.trimmed(),
                QStringLiteral("%1 parsed as %2").arg(quoted(text), IsoDate::format(*date)));
    }
    if (data.size() >= 8) {
        const qint64 first = QDate(1, 1, 1).toJulianDay();
        const qint64 last = QDate(9999, 12, 31).toJulianDay();
        const quint64 offset = static_cast<quint64>(int64At(data, 0)) % quint64(last - first + 1);
        const QDate date = QDate::fromJulianDay(first + qint64(offset));
        const QString written = IsoDate::format(date);
        const auto again = IsoDate::parse(written);
        require(again && *again == date, QStringLiteral("%1 does not read back").arg(written));
    }
}

void FuzzProperties::bankStatement(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    using Format = BankStatementReader::Format;
    const Format formats[] = {Format::Detect, Format::Camt053, Format::Mt940, Format::Ofx, Format::Csv};
    const Format format = formats[quint8(data.at(0)) % 5];
    const QString label = QStringLiteral("fuzz.sta");
    BankCsvReader::Options csv;
    csv.defaultCurrency = QStringLiteral("EUR");
    BankStatement statement;
    try {
        statement = BankStatementReader::parse(data.mid(1), label, format, csv);
    } catch (const SettleError& e) {
        require(e.kind() == SettleError::Kind::BadInput,
                QStringLiteral("a bad statement is refused as %1, not as bad input: %2").arg(int(e.kind())).arg(e.message()));
        require(e.message().startsWith(label + QStringLiteral(": ")) && e.message().size() > label.size() + 3,
                QStringLiteral("a refusal does not name the file: %1").arg(quoted(e.message())));
        return;
    }
    require(statement.fileName == label, QStringLiteral("the statement names the file %1").arg(quoted(statement.fileName)));
    for (const BankEntry& entry : statement.entries) {
        const auto currency = Currency::fromCode(entry.currency);
        require(currency.has_value(), QStringLiteral("an entry in the currency %1").arg(quoted(entry.currency)));
        require(InputLimits::amountProblem(entry.amount, *currency).isEmpty(),
                QStringLiteral("an entry of %1 minor units of %2").arg(entry.amount).arg(entry.currency));
        require(InputLimits::dateProblem(entry.bookingDate).isEmpty(),
                QStringLiteral("an entry booked on %1").arg(entry.bookingDate.toString(Qt::ISODate)));
        require(!entry.valueDate.isValid() || InputLimits::dateProblem(entry.valueDate).isEmpty(),
                QStringLiteral("an entry valued on %1").arg(entry.valueDate.toString(Qt::ISODate)));
        require(entry.where.startsWith(QStringLiteral("entry ")), QStringLiteral("an entry at %1").arg(quoted(entry.where)));
    }
}
