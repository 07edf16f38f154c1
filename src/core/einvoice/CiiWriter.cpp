#include "einvoice/CiiWriter.h"

#include "einvoice/EinvoiceXml.h"

#include <QXmlStreamWriter>

namespace settle {

namespace {

const QString rsm = QStringLiteral("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
const QString ram = QStringLiteral("urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
const QString udt = QStringLiteral("urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
const QString qdt = QStringLiteral("urn:un:unece:uncefact:data:standard:QualifiedDataType:100");

class Writer
{
public:
    Writer(QByteArray* out, const EinvoiceData& data) : m_xml(out), m_data(data)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void start(const QString& ns, const QString& name) { m_xml.writeStartElement(ns, name); }
    void end() { m_xml.writeEndElement(); }
    void text(const QString& name, const QString& value) { m_xml.writeTextElement(ram, name, value); }
    void amount(const QString& name, qint64 minor, bool withCurrency = false)
    {
        m_xml.writeStartElement(ram, name);
        if (withCurrency)
            m_xml.writeAttribute(QStringLiteral("currencyID"), m_data.currency);
        m_xml.writeCharacters(EinvoiceXml::amount(minor, m_data.minorDigits));
        m_xml.writeEndElement();
    }
    void date(const QString& name, const QDate& value, const QString& ns)
    {
        start(ram, name);
        m_xml.writeStartElement(ns, QStringLiteral("DateTimeString"));
        m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
        m_xml.writeCharacters(EinvoiceXml::date102(value));
        end();
        end();
    }
    void id(const QString& value, const QString& scheme)
    {
        m_xml.writeStartElement(ram, QStringLiteral("ID"));
        m_xml.writeAttribute(QStringLiteral("schemeID"), scheme);
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
    }

    void party(const QString& element, const EinvoiceData::Party& party, bool seller)
    {
        start(ram, element);
        if (!party.id.isEmpty())
            text(QStringLiteral("ID"), party.id);
        text(QStringLiteral("Name"), party.name);
        if (seller && (!party.phone.isEmpty() || !party.email.isEmpty())) {
            start(ram, QStringLiteral("DefinedTradeContact"));
            text(QStringLiteral("PersonName"), party.name);
            if (!party.phone.isEmpty()) {
                start(ram, QStringLiteral("TelephoneUniversalCommunication"));
                text(QStringLiteral("CompleteNumber"), party.phone);
                end();
            }
            if (!party.email.isEmpty()) {
                start(ram, QStringLiteral("EmailURIUniversalCommunication"));
                text(QStringLiteral("URIID"), party.email);
                end();
            }
            end();
        }
        start(ram, QStringLiteral("PostalTradeAddress"));
        if (!party.address.postcode.isEmpty())
            text(QStringLiteral("PostcodeCode"), party.address.postcode);
        if (!party.address.street.isEmpty())
            text(QStringLiteral("LineOne"), party.address.street);
        if (!party.address.city.isEmpty())
            text(QStringLiteral("CityName"), party.address.city);
        text(QStringLiteral("CountryID"), party.address.country);
        end();
        if (!party.email.isEmpty()) {
            start(ram, QStringLiteral("URIUniversalCommunication"));
            m_xml.writeStartElement(ram, QStringLiteral("URIID"));
            m_xml.writeAttribute(QStringLiteral("schemeID"), QStringLiteral("EM"));
            m_xml.writeCharacters(party.email);
            end();
            end();
        }
        if (!party.vatId.isEmpty()) {
            start(ram, QStringLiteral("SpecifiedTaxRegistration"));
            id(party.vatId, QStringLiteral("VA"));
            end();
        }
        if (seller && !party.taxNumber.isEmpty()) {
            start(ram, QStringLiteral("SpecifiedTaxRegistration"));
            id(party.taxNumber, QStringLiteral("FC"));
            end();
        }
        end();
    }

    void tax(const QString& category, Rate rate)
    {
        text(QStringLiteral("TypeCode"), QStringLiteral("VAT"));
        text(QStringLiteral("CategoryCode"), category);
        text(QStringLiteral("RateApplicablePercent"), rate.toPercentString());
    }

    void write(CiiWriter::Guideline guideline)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(rsm, QStringLiteral("rsm"));
        m_xml.writeNamespace(ram, QStringLiteral("ram"));
        m_xml.writeNamespace(qdt, QStringLiteral("qdt"));
        m_xml.writeNamespace(udt, QStringLiteral("udt"));
        start(rsm, QStringLiteral("CrossIndustryInvoice"));

        start(rsm, QStringLiteral("ExchangedDocumentContext"));
        if (guideline == CiiWriter::Guideline::XRechnung) {
            start(ram, QStringLiteral("BusinessProcessSpecifiedDocumentContextParameter"));
            text(QStringLiteral("ID"), QString::fromLatin1(EinvoiceXml::PeppolBillingProcess));
            end();
        }
        start(ram, QStringLiteral("GuidelineSpecifiedDocumentContextParameter"));
        text(QStringLiteral("ID"), CiiWriter::guidelineId(guideline));
        end();
        end();

        start(rsm, QStringLiteral("ExchangedDocument"));
        text(QStringLiteral("ID"), m_data.number);
        text(QStringLiteral("TypeCode"), EinvoiceData::typeCode(m_data.type));
        date(QStringLiteral("IssueDateTime"), m_data.issueDate, udt);
        if (!m_data.note.isEmpty()) {
            start(ram, QStringLiteral("IncludedNote"));
            text(QStringLiteral("Content"), m_data.note);
            end();
        }
        end();

        start(rsm, QStringLiteral("SupplyChainTradeTransaction"));
        for (const auto& line : m_data.lines) {
            start(ram, QStringLiteral("IncludedSupplyChainTradeLineItem"));
            start(ram, QStringLiteral("AssociatedDocumentLineDocument"));
            text(QStringLiteral("LineID"), line.id);
            end();
            start(ram, QStringLiteral("SpecifiedTradeProduct"));
            text(QStringLiteral("Name"), line.description);
            end();
            start(ram, QStringLiteral("SpecifiedLineTradeAgreement"));
            start(ram, QStringLiteral("NetPriceProductTradePrice"));
            amount(QStringLiteral("ChargeAmount"), line.netPrice);
            end();
            end();
            start(ram, QStringLiteral("SpecifiedLineTradeDelivery"));
            m_xml.writeStartElement(ram, QStringLiteral("BilledQuantity"));
            m_xml.writeAttribute(QStringLiteral("unitCode"), line.unitCode);
            m_xml.writeCharacters(EinvoiceXml::quantity(line.quantity));
            end();
            end();
            start(ram, QStringLiteral("SpecifiedLineTradeSettlement"));
            start(ram, QStringLiteral("ApplicableTradeTax"));
            tax(line.category, line.rate);
            end();
            start(ram, QStringLiteral("SpecifiedTradeSettlementLineMonetarySummation"));
            amount(QStringLiteral("LineTotalAmount"), line.amount);
            end();
            end();
            end();
        }

        start(ram, QStringLiteral("ApplicableHeaderTradeAgreement"));
        if (!m_data.buyerReference.isEmpty())
            text(QStringLiteral("BuyerReference"), m_data.buyerReference);
        party(QStringLiteral("SellerTradeParty"), m_data.seller, true);
        party(QStringLiteral("BuyerTradeParty"), m_data.buyer, false);
        end();

        start(ram, QStringLiteral("ApplicableHeaderTradeDelivery"));
        end();

        start(ram, QStringLiteral("ApplicableHeaderTradeSettlement"));
        text(QStringLiteral("PaymentReference"), m_data.remittance);
        text(QStringLiteral("InvoiceCurrencyCode"), m_data.currency);
        if (!m_data.iban.isEmpty()) {
            start(ram, QStringLiteral("SpecifiedTradeSettlementPaymentMeans"));
            text(QStringLiteral("TypeCode"), EinvoiceXml::paymentMeansCode(m_data.currency));
            start(ram, QStringLiteral("PayeePartyCreditorFinancialAccount"));
            text(QStringLiteral("IBANID"), m_data.iban);
            end();
            if (!m_data.bic.isEmpty()) {
                start(ram, QStringLiteral("PayeeSpecifiedCreditorFinancialInstitution"));
                text(QStringLiteral("BICID"), m_data.bic);
                end();
            }
            end();
        }
        for (const auto& group : m_data.vat) {
            start(ram, QStringLiteral("ApplicableTradeTax"));
            amount(QStringLiteral("CalculatedAmount"), group.tax);
            text(QStringLiteral("TypeCode"), QStringLiteral("VAT"));
            amount(QStringLiteral("BasisAmount"), group.basis);
            text(QStringLiteral("CategoryCode"), group.category);
            text(QStringLiteral("RateApplicablePercent"), group.rate.toPercentString());
            end();
        }
        start(ram, QStringLiteral("SpecifiedTradePaymentTerms"));
        QString terms = m_data.paymentTerms;
        if (guideline == CiiWriter::Guideline::XRechnung && !m_data.discountTerms.isEmpty())
            terms += u'\n' + m_data.discountTerms;
        text(QStringLiteral("Description"), terms);
        if (m_data.dueDate.isValid())
            date(QStringLiteral("DueDateDateTime"), m_data.dueDate, udt);
        end();
        start(ram, QStringLiteral("SpecifiedTradeSettlementHeaderMonetarySummation"));
        amount(QStringLiteral("LineTotalAmount"), m_data.lineTotal);
        amount(QStringLiteral("TaxBasisTotalAmount"), m_data.lineTotal);
        amount(QStringLiteral("TaxTotalAmount"), m_data.taxTotal, true);
        amount(QStringLiteral("GrandTotalAmount"), m_data.grandTotal);
        if (m_data.prepaid != 0)
            amount(QStringLiteral("TotalPrepaidAmount"), m_data.prepaid);
        amount(QStringLiteral("DuePayableAmount"), m_data.due);
        end();
        if (!m_data.precedingInvoice.isEmpty()) {
            start(ram, QStringLiteral("InvoiceReferencedDocument"));
            text(QStringLiteral("IssuerAssignedID"), m_data.precedingInvoice);
            if (m_data.precedingInvoiceDate.isValid())
                date(QStringLiteral("FormattedIssueDateTime"), m_data.precedingInvoiceDate, qdt);
            end();
        }
        end();

        end(); // SupplyChainTradeTransaction
        end(); // CrossIndustryInvoice
        m_xml.writeEndDocument();
    }

private:
    QXmlStreamWriter m_xml;
    const EinvoiceData& m_data;
};

} // namespace

QString CiiWriter::guidelineId(Guideline guideline)
{
    return QString::fromLatin1(guideline == Guideline::XRechnung ? EinvoiceXml::XRechnungCustomization
                                                                 : EinvoiceXml::En16931);
}

QByteArray CiiWriter::write(const EinvoiceData& data, Guideline guideline)
{
    QByteArray out;
    Writer(&out, data).write(guideline);
    return out;
}

} // namespace settle
