#include "einvoice/EinvoiceExport.h"

#include "dates/Clock.h"
#include "documents/InvoicePdf.h"
#include "documents/StatementBatch.h"
#include "einvoice/CiiWriter.h"
#include "einvoice/CreditNotePdf.h"
#include "einvoice/EinvoiceBuilder.h"
#include "einvoice/FacturX.h"
#include "einvoice/UblWriter.h"
#include "errors/SettleError.h"
#include "storage/CreditNoteRepository.h"

#include <optional>

namespace settle {

namespace {

void checkIssued(const Invoice& invoice, const QString& number)
{
    if (invoice.status == InvoiceStatus::Draft || invoice.number.isEmpty())
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 is a draft: issue it before making its e-invoice").arg(number));
    if (invoice.status == InvoiceStatus::Void)
        throw SettleError(SettleError::Kind::BadInput,
                          QStringLiteral("invoice %1 is void: it has no e-invoice").arg(invoice.number));
}

QByteArray xmlOf(const EinvoiceData& data, EinvoiceFormat::Kind format)
{
    switch (format) {
    case EinvoiceFormat::Kind::FacturX:
        return CiiWriter::write(data, CiiWriter::Guideline::FacturXEn16931);
    case EinvoiceFormat::Kind::XRechnungCii:
        return CiiWriter::write(data, CiiWriter::Guideline::XRechnung);
    case EinvoiceFormat::Kind::XRechnungUbl:
        return UblWriter::write(data);
    }
    return {};
}

} // namespace

struct EinvoiceExport::Document
{
    EinvoiceData data;
    Customer customer;
    std::optional<Ledger::InvoiceDetail> invoice; // none for a credit note
};

EinvoiceExport::Document EinvoiceExport::document(const QString& number, EinvoiceFormat::Kind format, QDate asOf)
{
    const EinvoiceBuilder::Seller seller = EinvoiceBuilder::Seller::load(m_ledger);
    if (const auto note = CreditNoteRepository(m_ledger.database()).findByNumber(number)) {
        const auto detail = m_ledger.invoice(note->invoiceNumber, note->date);
        const Customer customer = m_ledger.requireCustomer(detail.invoice.customerCode);
        return Document{EinvoiceBuilder::creditNote(*note, detail.invoice, customer, seller, format), customer, {}};
    }
    const auto detail = m_ledger.invoice(number, asOf);
    checkIssued(detail.invoice, number);
    const Customer customer = m_ledger.requireCustomer(detail.invoice.customerCode);
    return Document{EinvoiceBuilder::invoice(detail, customer, seller, format), customer, detail};
}

MailAttachment EinvoiceExport::file(const Document& document, const Customer& customer, EinvoiceFormat::Kind format)
{
    const QByteArray xml = xmlOf(document.data, format);
    // "INV-0042.pdf" / "INV-0042.xml", made safe as a statement's file name is.
    const QString base = StatementBatch::fileName(document.data.number).chopped(4);
    if (format != EinvoiceFormat::Kind::FacturX)
        return MailAttachment{base + QStringLiteral(".xml"), QStringLiteral("application/xml"), xml};
    const CompanyProfile company = CompanyProfile::load(m_ledger);
    const QByteArray pdf = document.invoice ? InvoicePdf::render(*document.invoice, customer, company)
                                            : CreditNotePdf::render(document.data, customer, company);
    return MailAttachment{base + QStringLiteral(".pdf"), QStringLiteral("application/pdf"),
                          FacturX::embed(pdf, xml, m_ledger.clock().now())};
}

MailAttachment EinvoiceExport::make(const QString& number, EinvoiceFormat::Kind format, QDate asOf)
{
    const Document doc = document(number, format, asOf);
    return file(doc, doc.customer, format);
}

MailAttachment EinvoiceExport::make(const Ledger::InvoiceDetail& detail, const Customer& customer,
                                    EinvoiceFormat::Kind format)
{
    checkIssued(detail.invoice, detail.invoice.number);
    const EinvoiceBuilder::Seller seller = EinvoiceBuilder::Seller::load(m_ledger);
    return file(Document{EinvoiceBuilder::invoice(detail, customer, seller, format), customer, detail}, customer,
                format);
}

QByteArray EinvoiceExport::xml(const QString& number, EinvoiceFormat::Kind format, QDate asOf)
{
    return xmlOf(document(number, format, asOf).data, format);
}

} // namespace settle
