#include "LedgerGenerator.h"

#include "SplitMix64.h"

#include "domain/InvoiceLine.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "money/Rate.h"
#include "terms/DefaultTerms.h"

#include <QDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace settle::bench {

namespace {

// ---- the shape of the generated business -------------------------------------------------------

struct CurrencyShape
{
    const char* code;
    int digits;
    std::int64_t minPrice, maxPrice; // unit price range in minor units
    std::array<const char*, 4> taxRates;
    std::array<int, 4> taxWeights;
};

// Mostly USD, some EUR, a few JPY (the brief's mix); tax rates typical of each.
constexpr std::array<CurrencyShape, 3> currencies{{
    {"USD", 2, 500, 250'000, {"0", "7.5", "8.875", "6.25"}, {50, 20, 20, 10}},
    {"EUR", 2, 500, 200'000, {"19", "7", "20", "21"}, {50, 15, 20, 15}},
    {"JPY", 0, 500, 300'000, {"10", "8", "0", "10"}, {80, 15, 5, 0}},
}};
constexpr std::array<int, 3> currencyWeights{85, 12, 3};

// Named terms every new ledger has (DefaultTerms), in the proportions of a typical book.
constexpr std::array<const char*, 7> termNames{"Net 30", "Net 14", "2/10 Net 30",   "Net 30 EOM",
                                               "Net 60", "Net 7",  "Due on receipt"};
constexpr std::array<int, 7> termWeights{40, 15, 15, 15, 8, 4, 3};

// How a customer pays, relative to the due date.
struct PayerShape
{
    int earliest, latest; // days after due
    int neverPerMille;    // invoices never paid
    int partialPercent;   // invoices paid in two instalments
};
constexpr std::array<PayerShape, 4> payers{{
    {-7, 3, 5, 4},     // prompt
    {-2, 25, 15, 8},   // slow
    {10, 80, 40, 12},  // late
    {30, 240, 250, 20} // bad
}};
constexpr std::array<int, 4> payerWeights{40, 35, 20, 5};

enum class ReferenceHabit { Always, Never, Mixed };
constexpr std::array<int, 3> referenceWeights{60, 25, 15};

constexpr std::array<const char*, 7> methods{"bank_transfer", "card", "check", "online", "cash", "other", ""};
constexpr std::array<int, 7> methodWeights{55, 15, 10, 10, 2, 1, 7};

constexpr std::array<const char*, 16> nameStems{
    "Acme",     "Northwind", "Globex",       "Initech",  "Umbrella", "Stark",     "Wayne", "Hooli",
    "Vandelay", "Soylent",   "Müller Söhne", "Café Zoë", "Tyrell",   "Cyberdyne", "Wonka", "Sterling Cooper"};
constexpr std::array<const char*, 8> nameSuffixes{" Inc.",  " Ltd",  " GmbH", " LLC",
                                                  ", Inc.", " & Co", " KK",   " S.A."};
constexpr std::array<const char*, 8> streets{"Main St",   "High Street",  "Elm Avenue",  "Hauptstraße",
                                             "Market Sq", "Harbour Road", "Sakura-dori", "Rue de la Paix"};
constexpr std::array<const char*, 8> cities{"Springfield", "Berlin",  "Lyon",   "Osaka",
                                            "Portland",    "Hamburg", "Austin", "Leeds"};
constexpr std::array<const char*, 10> descriptions{"Consulting, senior (hours)",
                                                   "Support plan",
                                                   "Licence, annual",
                                                   "Hardware",
                                                   "Installation",
                                                   "Training day",
                                                   "Shipping",
                                                   "Spare parts",
                                                   "Maintenance \"Gold\"",
                                                   "Travel expenses"};

__extension__ typedef unsigned __int128 Wide;

struct GenCustomer
{
    std::string code;
    int currency = 0;
    int terms = 0;
    int payer = 0;
    ReferenceHabit references = ReferenceHabit::Always;
};

struct GenPayment
{
    std::int64_t day = 0; // Julian day
    std::int32_t customer = 0;
    std::int32_t method = 0;
    std::int64_t amount = 0;
    std::int64_t invoice = -1;  // index of the invoice it names, -1 for none
    std::int64_t reference = 0; // bank reference number, 0 for none
};

// ---- output ------------------------------------------------------------------------------------

// A buffered RFC 4180 writer with LF line ends: plain stdio, so that a million rows stay fast.
class CsvFile
{
public:
    explicit CsvFile(const QString& path) : m_path(path.toStdString())
    {
        m_file = std::fopen(m_path.c_str(), "wb");
        if (!m_file)
            throw std::runtime_error(m_path + ": cannot write");
        m_buffer.reserve(1 << 20);
    }
    ~CsvFile()
    {
        if (m_file)
            std::fclose(m_file);
    }
    CsvFile(const CsvFile&) = delete;
    CsvFile& operator=(const CsvFile&) = delete;

    void row(std::initializer_list<std::string_view> cells)
    {
        bool first = true;
        for (const std::string_view cell : cells) {
            if (!first)
                m_buffer += ',';
            first = false;
            if (cell.find_first_of(",\"\r\n") == std::string_view::npos)
                m_buffer.append(cell);
            else
                quoted(cell);
        }
        m_buffer += '\n';
        if (m_buffer.size() > (1u << 20))
            flush();
    }

    void close()
    {
        flush();
        const bool failed = std::fclose(m_file) != 0;
        m_file = nullptr;
        if (failed)
            throw std::runtime_error(m_path + ": cannot write");
    }

private:
    void quoted(std::string_view cell)
    {
        m_buffer += '"';
        for (const char c : cell) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }
    void flush()
    {
        if (!m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            throw std::runtime_error(m_path + ": cannot write");
        m_buffer.clear();
    }

    std::string m_path;
    std::FILE* m_file = nullptr;
    std::string m_buffer;
};

std::string isoDate(std::int64_t julianDay)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return text;
}

std::string amount(std::int64_t minor, int digits)
{
    std::string text = std::to_string(minor);
    if (digits == 0)
        return text;
    if (text.size() <= std::size_t(digits))
        text.insert(0, std::size_t(digits) + 1 - text.size(), '0');
    text.insert(text.size() - std::size_t(digits), 1, '.');
    return text;
}

// Ten-thousandths as the shortest decimal: 25000 -> "2.5".
std::string quantity(std::int64_t tenThousandths)
{
    std::string text = amount(tenThousandths, InvoiceLine::QuantityDecimals);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string padded(const char* prefix, std::int64_t value, int width)
{
    std::string digits = std::to_string(value);
    if (digits.size() < std::size_t(width))
        digits.insert(0, std::size_t(width) - digits.size(), '0');
    return prefix + digits;
}

int digitCount(std::int64_t value)
{
    return int(std::to_string(value).size());
}

std::int64_t rateMillionths(const char* percent)
{
    return Rate::parsePercent(QString::fromLatin1(percent))->millionths();
}

} // namespace

LedgerGenerator::LedgerGenerator(Options options) : m_options(options)
{
    if (m_options.invoices < 1)
        throw std::invalid_argument("the number of invoices must be at least 1");
    if (!m_options.asOf.isValid())
        throw std::invalid_argument("the as-of date is not a date");
}

LedgerGenerator::Summary LedgerGenerator::writeTo(const QString& folder) const
{
    if (!QDir().mkpath(folder))
        throw std::runtime_error(folder.toStdString() + ": cannot create the folder");
    const QDir dir(folder);
    SplitMix64 random(m_options.seed);
    Summary summary;

    std::vector<PaymentTerms> terms;
    for (const char* name : termNames) {
        const auto all = DefaultTerms::all();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const PaymentTerms& t) {
            return t.name == QString::fromUtf8(name);
        });
        if (it == all.cend())
            throw std::logic_error(std::string("the default terms lack ") + name);
        terms.push_back(*it);
    }

    // ---- customers: about one per 50 invoices ----
    const std::int64_t customerCount = std::max<std::int64_t>(1, (m_options.invoices + 25) / 50);
    const int codeWidth = std::max(5, digitCount(customerCount));
    std::vector<GenCustomer> customers;
    customers.reserve(std::size_t(customerCount));
    {
        CsvFile file(dir.filePath(QStringLiteral("customers.csv")));
        file.row({"code", "name", "email", "cc", "phone", "address", "currency", "terms", "policy",
                  "language", "on_hold"});
        for (std::int64_t k = 1; k <= customerCount; ++k) {
            GenCustomer c;
            c.code = padded("C", k, codeWidth);
            c.currency = random.weighted(currencyWeights);
            c.terms = random.weighted(termWeights);
            c.payer = random.weighted(payerWeights);
            c.references = ReferenceHabit(random.weighted(referenceWeights));
            const std::string name = std::string(nameStems[random.below(nameStems.size())]) + " " +
                                     std::to_string(k) + nameSuffixes[random.below(nameSuffixes.size())];
            std::string lower = c.code;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](char ch) { return char(ch | 0x20); });
            const std::string email = "ap." + lower + "@example.com";
            const std::string cc = random.percent(20) ? "controller." + lower + "@example.com" : "";
            const std::string phone =
                random.percent(70) ? "+1 555 " + padded("", random.below(10'000'000), 7) : "";
            // A quoted address with a comma and a line break, as a real one has.
            const std::string address = random.percent(60) ? std::to_string(random.between(1, 999)) + " " +
                                                                 streets[random.below(streets.size())] +
                                                                 "\n" + cities[random.below(cities.size())] +
                                                                 ", " + padded("", random.below(100'000), 5)
                                                           : "";
            const char* currencyCell = currencies[c.currency].code;
            if (c.currency == 0 && random.percent(50))
                currencyCell = ""; // the company's currency by default
            const char* termsCell = termNames[c.terms];
            if (c.terms == 0 && random.percent(50))
                termsCell = ""; // Net 30 by default
            // Settle writes in six languages; a customer paying in yen is written to in English.
            const char* language = c.currency == 1 ? (random.percent(50) ? "de" : "fr") : "en";
            const char* onHold = random.percent(2) ? "true" : (random.percent(50) ? "false" : "");
            file.row({c.code, name, email, cc, phone, address, currencyCell, termsCell,
                      random.percent(30) ? "Standard" : "", language, onHold});
            customers.push_back(std::move(c));
        }
        file.close();
        summary.customers = customerCount;
    }

    // Some customers buy far more than others: half the invoices go to a skewed pick over a
    // shuffled order (so that size does not follow the code), half uniformly.
    std::vector<std::int32_t> bySize(customers.size());
    for (std::size_t k = 0; k < bySize.size(); ++k)
        bySize[k] = std::int32_t(k);
    for (std::size_t k = bySize.size(); k > 1; --k)
        std::swap(bySize[k - 1], bySize[std::size_t(random.below(std::int64_t(k)))]);
    auto pickCustomer = [&]() -> std::int32_t {
        if (random.percent(50))
            return std::int32_t(random.below(customerCount));
        const std::uint64_t u = random.next() >> 32; // [0, 2^32): u² spans [0, 2^64)
        return bySize[std::size_t((Wide(u * u) * Wide(std::uint64_t(customerCount))) >> 64)];
    };

    // ---- invoices, with the payments each one receives ----
    const std::int64_t asOf = m_options.asOf.toJulianDay();
    constexpr std::int64_t span = 730; // about two years of history
    const std::int64_t first = asOf - span + 1;
    const int numberWidth = std::max(6, digitCount(m_options.invoices));
    std::vector<GenPayment> payments;
    payments.reserve(std::size_t(m_options.invoices + m_options.invoices / 8));
    auto pay = [&](const GenPayment& p) {
        if (p.day > asOf)
            return false; // not paid yet on the as-of date: it stays in the aging report
        payments.push_back(p);
        return true;
    };
    {
        CsvFile file(dir.filePath(QStringLiteral("invoices.csv")));
        file.row({"number", "customer", "issue_date", "due_date", "terms", "currency", "description",
                  "quantity", "unit_price", "tax_rate"});
        for (std::int64_t k = 0; k < m_options.invoices; ++k) {
            const std::string number = padded("INV-", k + 1, numberWidth);
            // Numbers follow the issue dates; weekend dates move back to the Friday.
            std::int64_t issue = first + (k * span) / m_options.invoices;
            const int weekday = QDate::fromJulianDay(issue).dayOfWeek();
            if (weekday > 5)
                issue -= weekday - 5;
            const std::int32_t ci = pickCustomer();
            const GenCustomer& customer = customers[std::size_t(ci)];
            const CurrencyShape& currency = currencies[std::size_t(customer.currency)];

            int termIndex = customer.terms;
            const bool otherTerms = random.percent(5);
            if (otherTerms)
                termIndex = random.weighted(termWeights);
            const PaymentTerms& invoiceTerms = terms[std::size_t(termIndex)];
            std::int64_t due = invoiceTerms.dueDate(QDate::fromJulianDay(issue)).toJulianDay();
            const bool explicitDue = random.percent(8);
            if (explicitDue)
                due += random.between(0, 15);

            const std::string issueText = isoDate(issue);
            const std::string dueText = explicitDue ? isoDate(due) : std::string();
            const char* termsCell = otherTerms ? termNames[std::size_t(termIndex)] : "";
            const char* currencyCell = random.percent(30) ? currency.code : "";

            const int lineCount = 1 + random.weighted(std::array<int, 4>{40, 30, 20, 10});
            std::int64_t total = 0;
            for (int l = 0; l < lineCount; ++l) {
                InvoiceLine line;
                const int kind = random.weighted(std::array<int, 3>{70, 20, 10});
                if (kind == 0)
                    line.quantity = random.between(1, 10) * 10'000;
                else if (kind == 1)
                    line.quantity = random.between(1, 32) * 2'500; // hours in quarters
                else
                    line.quantity = random.between(100, 1000) * 10'000;
                line.unitPrice = random.between(currency.minPrice, currency.maxPrice);
                if (kind == 2)
                    line.unitPrice = std::max<std::int64_t>(1, line.unitPrice / 100);
                const char* tax = currency.taxRates[std::size_t(random.weighted(currency.taxWeights))];
                line.taxRate = Rate::fromMillionths(rateMillionths(tax));
                line.compute();
                total += line.amount + line.tax;
                const std::string quantityText = quantity(line.quantity);
                const std::string priceText = amount(line.unitPrice, currency.digits);
                file.row({number, customer.code, issueText, dueText, termsCell, currencyCell,
                          descriptions[random.below(descriptions.size())], quantityText, priceText, tax});
            }
            summary.lines += lineCount;

            // How this invoice gets paid.
            const PayerShape& payer = payers[std::size_t(customer.payer)];
            if (total <= 0 || random.perMille(payer.neverPerMille))
                continue;
            const bool named = customer.references == ReferenceHabit::Always ||
                               (customer.references == ReferenceHabit::Mixed && random.percent(50));
            GenPayment p;
            p.customer = ci;
            p.invoice = named ? k : -1;
            p.method = random.weighted(methodWeights);
            p.reference = random.percent(70) ? random.between(10'000'000, 99'999'999) : 0;

            if (invoiceTerms.hasDiscount() && customer.payer == 0 && random.percent(60)) {
                // Paid early with the discount taken, naming the invoice so that the discount applies.
                const std::int64_t discount =
                    Money(total, Currency::require(QString::fromLatin1(currency.code)))
                        .percentOf(invoiceTerms.discount)
                        .minor();
                p.invoice = k;
                p.day = issue + random.between(1, invoiceTerms.discountDays);
                p.amount = total - discount;
                pay(p);
                continue;
            }
            const std::int64_t day = std::max(issue, due + random.between(payer.earliest, payer.latest));
            if (random.percent(payer.partialPercent)) {
                // Two instalments; the second may still be outstanding on the as-of date.
                const std::int64_t firstPart =
                    std::max<std::int64_t>(1, total * random.between(30, 80) / 100);
                p.day = day;
                p.amount = firstPart;
                if (pay(p) && firstPart < total) {
                    p.day = day + random.between(14, 60);
                    p.amount = total - firstPart;
                    p.reference = random.percent(70) ? random.between(10'000'000, 99'999'999) : 0;
                    pay(p);
                }
                continue;
            }
            p.day = day;
            p.amount = total;
            if (random.percent(1))
                p.amount =
                    std::max<std::int64_t>(1, total - random.between(1, 2500)); // bank charges kept back
            else if (!named && random.percent(1))
                p.amount = total + random.between(1, 5000); // rounded up: credit on account
            pay(p);
        }
        file.close();
        summary.invoices = m_options.invoices;
    }

    // ---- payments, in the order a bank statement lists them ----
    std::stable_sort(payments.begin(), payments.end(),
                     [](const GenPayment& a, const GenPayment& b) { return a.day < b.day; });
    {
        CsvFile file(dir.filePath(QStringLiteral("payments.csv")));
        file.row({"customer", "date", "amount", "method", "reference", "invoice"});
        for (const GenPayment& p : payments) {
            const GenCustomer& customer = customers[std::size_t(p.customer)];
            const std::string reference = p.reference ? "TRX" + std::to_string(p.reference) : std::string();
            const std::string invoice =
                p.invoice >= 0 ? padded("INV-", p.invoice + 1, numberWidth) : std::string();
            file.row({customer.code, isoDate(p.day),
                      amount(p.amount, currencies[std::size_t(customer.currency)].digits),
                      methods[std::size_t(p.method)], reference, invoice});
            if (p.invoice >= 0)
                ++summary.referencedPayments;
        }
        file.close();
        summary.payments = std::int64_t(payments.size());
    }
    return summary;
}

} // namespace settle::bench
