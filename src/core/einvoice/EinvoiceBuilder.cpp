#include "einvoice/EinvoiceBuilder.h"

#include "documents/DocumentLocale.h"
#include "documents/InvoicePdf.h"
#include "errors/InputProblems.h"
#include "ledger/SettingKeys.h"
#include "mail/MailAddress.h"
#include "money/Currency.h"
#include "money/Decimal.h"

#include <QHash>
#include <QRegularExpression>

namespace settle {

namespace {

// Country names a user types as the last line of an address, in the languages Settle speaks; an
// ISO code on its own line is taken as it is.
const QHash<QString, QString>& countryNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("germany"), QStringLiteral("DE")},       {QStringLiteral("deutschland"), QStringLiteral("DE")},
        {QStringLiteral("allemagne"), QStringLiteral("DE")},     {QStringLiteral("france"), QStringLiteral("FR")},
        {QStringLiteral("frankreich"), QStringLiteral("FR")},    {QStringLiteral("austria"), QStringLiteral("AT")},
        {QStringLiteral("österreich"), QStringLiteral("AT")},    {QStringLiteral("autriche"), QStringLiteral("AT")},
        {QStringLiteral("switzerland"), QStringLiteral("CH")},   {QStringLiteral("schweiz"), QStringLiteral("CH")},
        {QStringLiteral("suisse"), QStringLiteral("CH")},        {QStringLiteral("belgium"), QStringLiteral("BE")},
        {QStringLiteral("belgien"), QStringLiteral("BE")},       {QStringLiteral("belgique"), QStringLiteral("BE")},
        {QStringLiteral("netherlands"), QStringLiteral("NL")},   {QStringLiteral("niederlande"), QStringLiteral("NL")},
        {QStringLiteral("pays-bas"), QStringLiteral("NL")},      {QStringLiteral("luxembourg"), QStringLiteral("LU")},
        {QStringLiteral("luxemburg"), QStringLiteral("LU")},     {QStringLiteral("italy"), QStringLiteral("IT")},
        {QStringLiteral("italien"), QStringLiteral("IT")},       {QStringLiteral("italie"), QStringLiteral("IT")},
        {QStringLiteral("spain"), QStringLiteral("ES")},         {QStringLiteral("spanien"), QStringLiteral("ES")},
        {QStringLiteral("espagne"), QStringLiteral("ES")},       {QStringLiteral("denmark"), QStringLiteral("DK")},
        {QStringLiteral("dänemark"), QStringLiteral("DK")},      {QStringLiteral("poland"), QStringLiteral("PL")},
        {QStringLiteral("polen"), QStringLiteral("PL")},         {QStringLiteral("ireland"), QStringLiteral("IE")},
        {QStringLiteral("united kingdom"), QStringLiteral("GB")}, {QStringLiteral("uk"), QStringLiteral("GB")},
        {QStringLiteral("usa"), QStringLiteral("US")},           {QStringLiteral("united states"), QStringLiteral("US")},
        {QStringLiteral("sweden"), QStringLiteral("SE")},        {QStringLiteral("schweden"), QStringLiteral("SE")},
        {QStringLiteral("portugal"), QStringLiteral("PT")},      {QStringLiteral("czech republic"), QStringLiteral("CZ")},
        {QStringLiteral("tschechien"), QStringLiteral("CZ")},    {QStringLiteral("finland"), QStringLiteral("FI")},
        {QStringLiteral("norway"), QStringLiteral("NO")},        {QStringLiteral("greece"), QStringLiteral("GR")}};
    return names;
}

QString countryOf(const QString& line)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    const QString trimmed = line.trimmed();
    if (code.match(trimmed).hasMatch())
        return trimmed;
    return countryNames().value(trimmed.toLower());
}

QString firstAddress(const QString& list)
{
    for (const QString& part : list.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (MailAddress::isAddress(trimmed))
            return trimmed;
        const auto open = trimmed.indexOf(u'<');
        const auto close = trimmed.indexOf(u'>');
        if (open >= 0 && close > open && MailAddress::isAddress(trimmed.mid(open + 1, close - open - 1)))
            return trimmed.mid(open + 1, close - open - 1);
    }
    return {};
}

QString percentTwoDecimals(Rate rate)
{
    // Millionths of one: 1 % is 10'000, so hundredths of a percent are hundreds of millionths.
    return Decimal::format(Decimal::divideRounded(rate.millionths(), 100), 2);
}

struct Check
{
    QString document;
    QList<InputProblem> problems;
    void need(bool present, const QString& field, const QString& what)
    {
        if (!present)
            problems << InputProblem{document, 0, field, what};
    }
};

void checkParty(Check& check, const EinvoiceData::Party& party, bool seller, EinvoiceFormat::Kind format)
{
    const QString nameField = seller ? QStringLiteral("company.name") : QStringLiteral("customer name");
    const QString addressField = seller ? QStringLiteral("company.address") : QStringLiteral("customer address");
    const QString who = seller ? QStringLiteral("the seller's") : QStringLiteral("the buyer's");
    check.need(!party.name.isEmpty(), nameField, who + QStringLiteral(" name (BT-%1) is missing").arg(seller ? 27 : 44));
    check.need(!party.address.country.isEmpty(), addressField,
               who + QStringLiteral(" country (BT-%1) is missing: end the address with a line naming the country, "
                                    "e.g. \"Germany\" or \"DE\"")
                         .arg(seller ? 40 : 55));
    check.need(!party.address.city.isEmpty() && !party.address.postcode.isEmpty(), addressField,
               who + QStringLiteral(" postcode and city (BT-%1, BT-%2) are missing: give a line such as \"10115 Berlin\"")
                         .arg(seller ? 38 : 53)
                         .arg(seller ? 37 : 52));
    if (format == EinvoiceFormat::Kind::FacturX)
        return;
    if (seller) {
        check.need(!party.phone.isEmpty(), QStringLiteral("company.phone"),
                   QStringLiteral("the seller contact's telephone (BT-42) is missing; XRechnung requires it"));
        check.need(!party.email.isEmpty(), QStringLiteral("smtp.from"),
                   QStringLiteral("the seller's email address (BT-34, BT-43) is missing; set smtp.from or "
                                  "smtp.reply_to; XRechnung requires it"));
    } else {
        check.need(!party.email.isEmpty(), QStringLiteral("customer email"),
                   QStringLiteral("the buyer's electronic address (BT-49) is missing; XRechnung requires an email "
                                  "address"));
    }
}

EinvoiceData::Party sellerParty(const EinvoiceBuilder::Seller& seller)
{
    EinvoiceData::Party party;
    party.name = seller.company.name.trimmed();
    party.vatId = seller.company.vatId;
    party.taxNumber = seller.taxNumber.trimmed();
    // BR-CO-26 wants a seller identifier, a legal registration or a VAT ID; a business without a VAT
    // ID is known to its buyers by its tax number.
    if (party.vatId.isEmpty())
        party.id = party.taxNumber;
    party.address = EinvoiceBuilder::parseAddress(seller.company.address, party.vatId);
    party.email = seller.email;
    party.phone = seller.phone.trimmed();
    return party;
}

EinvoiceData::Party buyerParty(const Customer& customer)
{
    EinvoiceData::Party party;
    party.name = customer.name.trimmed();
    party.vatId = customer.vatId.trimmed();
    party.address = EinvoiceBuilder::parseAddress(customer.address, party.vatId);
    party.email = firstAddress(customer.email);
    return party;
}

EinvoiceData common(const QString& number, const Invoice& invoice, const Customer& customer,
                    const EinvoiceBuilder::Seller& seller, EinvoiceFormat::Kind format, Check& check)
{
    EinvoiceData data;
    data.number = number;
    data.currency = invoice.currency;
    const auto currency = Currency::fromCode(invoice.currency);
    data.minorDigits = currency ? currency->minorDigits() : 2;
    data.buyerReference = customer.buyerReference.trimmed();
    data.seller = sellerParty(seller);
    data.buyer = buyerParty(customer);
    data.iban = seller.company.iban;
    data.bic = seller.company.bic;
    data.remittance = invoice.number;

    checkParty(check, data.seller, true, format);
    checkParty(check, data.buyer, false, format);
    check.need(!data.seller.vatId.isEmpty() || !data.seller.taxNumber.isEmpty(), QStringLiteral("company.vat_id"),
               QStringLiteral("the seller's VAT ID (BT-31) is missing: set company.vat_id, or company.tax_number "
                              "(BT-32) where you have no VAT ID"));
    if (format != EinvoiceFormat::Kind::FacturX)
        check.need(!data.buyerReference.isEmpty(), QStringLiteral("customer buyer_reference"),
                   QStringLiteral("the buyer reference (BT-10, e.g. a Leitweg-ID) is missing; XRechnung requires "
                                  "it: ask the customer for it"));
    return data;
}

} // namespace

EinvoiceBuilder::Seller EinvoiceBuilder::Seller::load(const Ledger& ledger)
{
    Seller seller;
    seller.company = CompanyProfile::load(ledger);
    seller.taxNumber = ledger.setting(SettingKeys::CompanyTaxNumber).trimmed();
    seller.phone = ledger.setting(SettingKeys::CompanyPhone).trimmed();
    seller.email = firstAddress(ledger.setting(SettingKeys::SmtpReplyTo));
    if (seller.email.isEmpty())
        seller.email = firstAddress(ledger.setting(SettingKeys::SmtpFrom));
    return seller;
}

EinvoiceData::Address EinvoiceBuilder::parseAddress(const QString& text, const QString& vatId)
{
    EinvoiceData::Address address;
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    if (!lines.isEmpty() && !countryOf(lines.last()).isEmpty())
        address.country = countryOf(lines.takeLast());
    else if (vatId.size() > 2 && vatId.left(2).toUpper() == vatId.left(2) && vatId.at(0).isLetter() &&
             vatId.at(1).isLetter())
        // A Greek VAT ID starts with EL, the country's code is GR.
        address.country = vatId.left(2) == u"EL" ? QStringLiteral("GR") : vatId.left(2);
    // "10115 Berlin", "D-10115 Berlin", "75008 Paris", "1010 Wien", "SW1A 1AA London".
    static const QRegularExpression postcodeCity(
        QStringLiteral("^(?:[A-Z]{1,2}-)?(\\d{4,5}|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})\\s+(.+)$"));
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const auto match = postcodeCity.match(lines[i]);
        if (match.hasMatch()) {
            address.postcode = match.captured(1);
            address.city = match.captured(2).trimmed();
            address.street = lines.mid(0, i).join(QStringLiteral(", "));
            return address;
        }
    }
    if (!lines.isEmpty()) {
        address.city = lines.takeLast();
        address.street = lines.join(QStringLiteral(", "));
    }
    return address;
}

EinvoiceData EinvoiceBuilder::invoice(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                      const Seller& seller, EinvoiceFormat::Kind format)
{
    const Invoice& invoice = detail.invoice;
    Check check{invoice.number, {}};
    EinvoiceData data = common(invoice.number, invoice, customer, seller, format, check);
    data.type = EinvoiceData::Type::Invoice;
    data.issueDate = invoice.issueDate;
    data.dueDate = invoice.effectiveDueDate();
    check.need(!data.iban.isEmpty(), QStringLiteral("company.iban"),
               QStringLiteral("the IBAN to pay to (BT-84) is missing"));
    if (!check.problems.isEmpty())
        throw InputProblems(check.problems);

    data.paymentTerms = InvoicePdf::termsInWords(invoice, DocumentLocale(customer.language));
    if (invoice.terms.hasDiscount())
        data.discountTerms = QStringLiteral("#SKONTO#TAGE=%1#PROZENT=%2#\n")
                                 .arg(invoice.terms.discountDays)
                                 .arg(percentTwoDecimals(invoice.terms.discount));
    int lineNumber = 0;
    for (const auto& line : invoice.lines) {
        EinvoiceData::Line l;
        l.id = QString::number(++lineNumber);
        l.description = line.description;
        l.quantity = line.quantity;
        l.netPrice = line.unitPrice;
        l.amount = line.amount;
        l.rate = line.taxRate;
        l.category = line.taxRate.isZero() ? QStringLiteral("Z") : QStringLiteral("S");
        data.lines << l;
        // The VAT per rate is the sum of the lines' own taxes, as the invoice adds them up.
        auto group = std::find_if(data.vat.begin(), data.vat.end(), [&](const auto& g) { return g.rate == l.rate; });
        if (group == data.vat.end()) {
            data.vat << EinvoiceData::VatGroup{l.category, l.rate, 0, 0};
            group = data.vat.end() - 1;
        }
        group->basis += line.amount;
        group->tax += line.tax;
    }
    data.lineTotal = invoice.subtotal;
    data.taxTotal = invoice.tax;
    data.grandTotal = invoice.total;
    // What the invoice's PDF shows as paid so far: payments, and the discounts, credit notes and
    // write-offs that lowered the balance, so the file asks for the same balance as the page.
    data.prepaid = invoice.total - detail.balance;
    data.due = detail.balance;
    return data;
}

EinvoiceData EinvoiceBuilder::creditNote(const CreditNote& note, const Invoice& invoice, const Customer& customer,
                                         const Seller& seller, EinvoiceFormat::Kind format)
{
    Check check{note.number, {}};
    EinvoiceData data = common(note.number, invoice, customer, seller, format, check);
    if (format != EinvoiceFormat::Kind::FacturX)
        check.need(!data.iban.isEmpty(), QStringLiteral("company.iban"),
                   QStringLiteral("the IBAN (BT-84) is missing; XRechnung requires payment instructions"));
    if (invoice.total <= 0)
        check.need(false, QStringLiteral("invoice"),
                   QStringLiteral("invoice %1 has no total to share the credit over").arg(invoice.number));
    if (!check.problems.isEmpty())
        throw InputProblems(check.problems);

    data.type = EinvoiceData::Type::CreditNote;
    data.issueDate = note.date;
    data.precedingInvoice = invoice.number;
    data.precedingInvoiceDate = invoice.issueDate;
    data.remittance = note.number;
    data.note = note.reason;
    data.paymentTerms = QStringLiteral("Credit note on invoice %1").arg(invoice.number);

    // The invoice's gross amount per rate, in the order the rates first appear.
    struct Share
    {
        Rate rate;
        qint64 gross = 0;
        qint64 credit = 0;
        qint64 remainder = 0;
    };
    QList<Share> shares;
    for (const auto& line : invoice.lines) {
        auto share = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.rate == line.taxRate; });
        if (share == shares.end()) {
            shares << Share{line.taxRate};
            share = shares.end() - 1;
        }
        share->gross += line.amount + line.tax;
    }
    // Largest remainder, so that the shares add up to the credit note's amount exactly.
    qint64 given = 0;
    for (auto& share : shares) {
        const WideInt product = WideInt(note.amount) * share.gross;
        share.credit = qint64(product / invoice.total);
        share.remainder = qint64(product % invoice.total);
        given += share.credit;
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < shares.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return shares[a].remainder > shares[b].remainder; });
    for (qsizetype i = 0; given < note.amount && i < order.size(); ++i, ++given)
        ++shares[order[i]].credit;

    int lineNumber = 0;
    for (const auto& share : shares) {
        if (share.credit == 0)
            continue;
        const qint64 net = Decimal::divideRounded(WideInt(share.credit) * Rate::Scale,
                                                  Rate::Scale + share.rate.millionths());
        EinvoiceData::Line l;
        l.id = QString::number(++lineNumber);
        l.description = note.reason.isEmpty() ? QStringLiteral("Credit on invoice %1").arg(invoice.number)
                                              : QStringLiteral("Credit on invoice %1: %2").arg(invoice.number, note.reason);
        l.quantity = 10'000;
        l.netPrice = net;
        l.amount = net;
        l.rate = share.rate;
        l.category = share.rate.isZero() ? QStringLiteral("Z") : QStringLiteral("S");
        data.lines << l;
        data.vat << EinvoiceData::VatGroup{l.category, l.rate, net, share.credit - net};
        data.lineTotal += net;
        data.taxTotal += share.credit - net;
    }
    data.grandTotal = note.amount;
    data.due = note.amount;
    return data;
}

} // namespace settle
