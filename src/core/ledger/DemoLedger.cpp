#include "ledger/DemoLedger.h"

#include "dates/Clock.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <algorithm>

namespace settle {

namespace {

struct DemoCustomer
{
    const char* code;
    const char* name;
    const char* email;
    const char* terms;
    const char* language;
    const char* address;
};

const DemoCustomer customers[] = {
    {"C001", "Acme Bakery Ltd", "accounts@acme-bakery.example", "Net 30", "en", "12 Mill Lane\nSpringfield"},
    {"C002", "Birch & Sons Joinery", "office@birch-joinery.example", "Net 14", "en", "4 Timber Yard\nOak Ridge"},
    {"C003", "Café Müller GmbH", "buchhaltung@cafe-mueller.example", "Net 30", "de", "Hauptstraße 8\n10115 Berlin"},
    {"C004", "Delta Logistics Inc", "ap@delta-logistics.example", "2/10 Net 30", "en", "900 Harbor Blvd\nPort City"},
    {"C005", "Evergreen Dental", "billing@evergreen-dental.example", "Net 30 EOM", "en", "77 Elm Street\nGreenville"},
    {"C006", "Fjord Media AS", "faktura@fjord-media.example", "Net 60", "en", "Bryggen 3\n5003 Bergen"},
    {"C007", "Greenleaf Cafe", "hello@greenleaf.example", "Net 7", "en", "1 Park Row\nLakeside"},
};

struct DemoInvoice
{
    int customer;  // index into customers
    int issuedAgo; // days before today
    const char* description;
    int quantityTenths;
    qint64 unitPriceCents;
    int paidPercent; // of the total, paid 20 days after issue (0: unpaid)
};

const DemoInvoice invoices[] = {
    {0, 150, "Brand workshop", 10, 180000, 100}, {0, 95, "Logo refresh", 10, 240000, 0},
    {0, 40, "Menu design, 12 pages", 120, 9500, 50}, {0, 10, "Social media kit", 10, 65000, 0},
    {1, 120, "Website maintenance, Q2", 30, 45000, 100}, {1, 70, "Website maintenance, Q3", 30, 45000, 0},
    {1, 18, "Product photography", 65, 12000, 0}, {2, 100, "Packaging design", 10, 320000, 100},
    {2, 60, "Label print files", 40, 15000, 0}, {2, 25, "Trade fair banner", 20, 48000, 0},
    {3, 130, "Fleet livery concept", 10, 560000, 0}, {3, 45, "Driver handbook layout", 10, 210000, 100},
    {3, 5, "Annual report design", 10, 740000, 0}, {4, 80, "Patient brochure", 10, 135000, 100},
    {4, 33, "Appointment cards", 50, 2400, 0}, {5, 110, "Video storyboard", 10, 410000, 30},
    {5, 20, "Motion graphics", 80, 11000, 0}, {6, 12, "Chalkboard menu", 10, 22000, 0},
    {6, 2, "Loyalty card design", 10, 18000, 0},
};

} // namespace

void DemoLedger::populate(Ledger& ledger)
{
    const QDate today = ledger.clock().today();
    ledger.setSetting(SettingKeys::CompanyName, QStringLiteral("Northwind Design Studio"));
    ledger.setSetting(SettingKeys::CompanyAddress, QStringLiteral("21 Harbour Street\nSpringfield"));
    ledger.setSetting(SettingKeys::CompanyPaymentDetails,
                      QStringLiteral("Bank transfer to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX"));
    for (const auto& c : customers) {
        Customer customer;
        customer.code = QString::fromUtf8(c.code);
        customer.name = QString::fromUtf8(c.name);
        customer.email = QString::fromUtf8(c.email);
        customer.terms = QString::fromUtf8(c.terms);
        customer.language = QString::fromUtf8(c.language);
        customer.address = QString::fromUtf8(c.address);
        customer.currency = ledger.companyCurrency();
        ledger.addCustomer(customer);
    }
    // Issued in date order, so that the numbers follow the calendar as in a real ledger.
    QList<const DemoInvoice*> byDate;
    for (const auto& i : invoices)
        byDate << &i;
    std::stable_sort(byDate.begin(), byDate.end(),
                     [](const DemoInvoice* a, const DemoInvoice* b) { return a->issuedAgo > b->issuedAgo; });
    for (const DemoInvoice* invoice : byDate) {
        const DemoInvoice& i = *invoice;
        Invoice draft;
        draft.customerCode = QString::fromUtf8(customers[i.customer].code);
        draft.issueDate = today.addDays(-i.issuedAgo);
        InvoiceLine line;
        line.description = QString::fromUtf8(i.description);
        line.quantity = qint64(i.quantityTenths) * 1000;
        line.unitPrice = i.unitPriceCents;
        line.taxRate = Rate::fromPercent(10);
        draft.lines << line;
        const Invoice issued = ledger.issue(ledger.createDraft(draft), draft.issueDate);
        if (i.paidPercent > 0) {
            const qint64 paid = issued.total * i.paidPercent / 100;
            ledger.recordPayment(draft.customerCode, Money(paid, Currency::require(issued.currency)),
                                 draft.issueDate.addDays(20), PaymentMethod::BankTransfer,
                                 QStringLiteral("Remittance %1").arg(issued.number), issued.number);
        }
    }
}

} // namespace settle
