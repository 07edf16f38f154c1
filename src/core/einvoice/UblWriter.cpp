#include "einvoice/UblWriter.h"

#include "einvoice/EinvoiceXml.h"

#include <QXmlStreamWriter>

namespace settle {

namespace {

const QString cac = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString cbc = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

class Writer
{
public:
    Writer(QByteArray* out, const EinvoiceData& data)
        : m_xml(out), m_data(data), m_credit(data.type == EinvoiceData::Type::CreditNote)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void start(const QString& name) { m_xml.writeStartElement(cac, name); }
    void end() { m_xml.writeEndElement(); }
    void text(const QString& name, const QString& value) { m_xml.writeTextElement(cbc, name, value); }
    void withAttribute(const QString& name, const QString& attribute, const QString& attributeValue,
                       const QString& value)
    {
        m_xml.writeStartElement(cbc, name);
        m_xml.writeAttribute(attribute, attributeValue);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }
    void amount(const QString& name, qint64 minor)
    {
        withAttribute(name, QStringLiteral("currencyID"), m_data.currency,
                      EinvoiceXml::amount(minor, m_data.minorDigits));
    }
    void taxScheme(const QString& id)
    {
        start(QStringLiteral("TaxScheme"));
        text(QStringLiteral("ID"), id);
        end();
    }

    void party(const QString& element, const EinvoiceData::Party& party, bool seller)
    {
        start(element);
        start(QStringLiteral("Party"));
        if (!party.email.isEmpty())
            withAttribute(QStringLiteral("EndpointID"), QStringLiteral("schemeID"), QStringLiteral("EM"), party.email);
        if (!party.id.isEmpty()) {
            start(QStringLiteral("PartyIdentification"));
            text(QStringLiteral("ID"), party.id);
            end();
        }
        start(QStringLiteral("PostalAddress"));
        if (!party.address.street.isEmpty())
            text(QStringLiteral("StreetName"), party.address.street);
        if (!party.address.city.isEmpty())
            text(QStringLiteral("CityName"), party.address.city);
        if (!party.address.postcode.isEmpty())
            text(QStringLiteral("PostalZone"), party.address.postcode);
        start(QStringLiteral("Country"));
        text(QStringLiteral("IdentificationCode"), party.address.country);
        end();
        end();
        if (!party.vatId.isEmpty()) {
            start(QStringLiteral("PartyTaxScheme"));
            text(QStringLiteral("CompanyID"), party.vatId);
            taxScheme(QStringLiteral("VAT"));
            end();
        }
        if (seller && !party.taxNumber.isEmpty()) {
            start(QStringLiteral("PartyTaxScheme"));
            text(QStringLiteral("CompanyID"), party.taxNumber);
            taxScheme(QStringLiteral("FC"));
            end();
        }
        start(QStringLiteral("PartyLegalEntity"));
        text(QStringLiteral("RegistrationName"), party.name);
        end();
        if (seller) {
            start(QStringLiteral("Contact"));
            text(QStringLiteral("Name"), party.name);
            if (!party.phone.isEmpty())
                text(QStringLiteral("Telephone"), party.phone);
            if (!party.email.isEmpty())
                text(QStringLiteral("ElectronicMail"), party.email);
            end();
        }
        end();
        end();
    }

    void category(const QString& element, const QString& id, Rate rate)
    {
        start(element);
        text(QStringLiteral("ID"), id);
        text(QStringLiteral("Percent"), rate.toPercentString());
        taxScheme(QStringLiteral("VAT"));
        end();
    }

    void write()
    {
        const QString root = m_credit ? QStringLiteral("CreditNote") : QStringLiteral("Invoice");
        const QString ns = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:%1-2").arg(root);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(ns);
        m_xml.writeNamespace(cac, QStringLiteral("cac"));
        m_xml.writeNamespace(cbc, QStringLiteral("cbc"));
        m_xml.writeStartElement(ns, root);
        text(QStringLiteral("CustomizationID"), QString::fromLatin1(EinvoiceXml::XRechnungCustomization));
        text(QStringLiteral("ProfileID"), QString::fromLatin1(EinvoiceXml::PeppolBillingProcess));
        text(QStringLiteral("ID"), m_data.number);
        text(QStringLiteral("IssueDate"), m_data.issueDate.toString(Qt::ISODate));
        if (!m_credit && m_data.dueDate.isValid())
            text(QStringLiteral("DueDate"), m_data.dueDate.toString(Qt::ISODate));
        text(m_credit ? QStringLiteral("CreditNoteTypeCode") : QStringLiteral("InvoiceTypeCode"),
             EinvoiceData::typeCode(m_data.type));
        if (!m_data.note.isEmpty())
            text(QStringLiteral("Note"), m_data.note);
        text(QStringLiteral("DocumentCurrencyCode"), m_data.currency);
        if (!m_data.buyerReference.isEmpty())
            text(QStringLiteral("BuyerReference"), m_data.buyerReference);
        if (!m_data.precedingInvoice.isEmpty()) {
            start(QStringLiteral("BillingReference"));
            start(QStringLiteral("InvoiceDocumentReference"));
            text(QStringLiteral("ID"), m_data.precedingInvoice);
            if (m_data.precedingInvoiceDate.isValid())
                text(QStringLiteral("IssueDate"), m_data.precedingInvoiceDate.toString(Qt::ISODate));
            end();
            end();
        }
        party(QStringLiteral("AccountingSupplierParty"), m_data.seller, true);
        party(QStringLiteral("AccountingCustomerParty"), m_data.buyer, false);
        if (!m_data.iban.isEmpty()) {
            start(QStringLiteral("PaymentMeans"));
            text(QStringLiteral("PaymentMeansCode"), EinvoiceXml::paymentMeansCode(m_data.currency));
            text(QStringLiteral("PaymentID"), m_data.remittance);
            start(QStringLiteral("PayeeFinancialAccount"));
            text(QStringLiteral("ID"), m_data.iban);
            if (!m_data.bic.isEmpty()) {
                start(QStringLiteral("FinancialInstitutionBranch"));
                text(QStringLiteral("ID"), m_data.bic);
                end();
            }
            end();
            end();
        }
        start(QStringLiteral("PaymentTerms"));
        QString terms = m_data.paymentTerms;
        if (!m_data.discountTerms.isEmpty())
            terms += u'\n' + m_data.discountTerms;
        text(QStringLiteral("Note"), terms);
        end();

        start(QStringLiteral("TaxTotal"));
        amount(QStringLiteral("TaxAmount"), m_data.taxTotal);
        for (const auto& group : m_data.vat) {
            start(QStringLiteral("TaxSubtotal"));
            amount(QStringLiteral("TaxableAmount"), group.basis);
            amount(QStringLiteral("TaxAmount"), group.tax);
            category(QStringLiteral("TaxCategory"), group.category, group.rate);
            end();
        }
        end();

        start(QStringLiteral("LegalMonetaryTotal"));
        amount(QStringLiteral("LineExtensionAmount"), m_data.lineTotal);
        amount(QStringLiteral("TaxExclusiveAmount"), m_data.lineTotal);
        amount(QStringLiteral("TaxInclusiveAmount"), m_data.grandTotal);
        if (m_data.prepaid != 0)
            amount(QStringLiteral("PrepaidAmount"), m_data.prepaid);
        amount(QStringLiteral("PayableAmount"), m_data.due);
        end();

        for (const auto& line : m_data.lines) {
            start(m_credit ? QStringLiteral("CreditNoteLine") : QStringLiteral("InvoiceLine"));
            text(QStringLiteral("ID"), line.id);
            withAttribute(m_credit ? QStringLiteral("CreditedQuantity") : QStringLiteral("InvoicedQuantity"),
                          QStringLiteral("unitCode"), line.unitCode, EinvoiceXml::quantity(line.quantity));
            amount(QStringLiteral("LineExtensionAmount"), line.amount);
            start(QStringLiteral("Item"));
            text(QStringLiteral("Name"), line.description);
            category(QStringLiteral("ClassifiedTaxCategory"), line.category, line.rate);
            end();
            start(QStringLiteral("Price"));
            amount(QStringLiteral("PriceAmount"), line.netPrice);
            end();
            end();
        }
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    QXmlStreamWriter m_xml;
    const EinvoiceData& m_data;
    bool m_credit;
};

} // namespace

QByteArray UblWriter::write(const EinvoiceData& data)
{
    QByteArray out;
    Writer(&out, data).write();
    return out;
}

} // namespace settle
