#pragma once

#include "domain/MailAttachment.h"
#include "einvoice/EinvoiceFormat.h"
#include "ledger/Ledger.h"

#include <QDate>

namespace settle {

// An issued invoice or a credit note as an e-invoice file (docs/EINVOICE.md): what
// `invoice einvoice`, `invoice send` and the invoice viewer's Save and Email make.
class EinvoiceExport
{
public:
    explicit EinvoiceExport(Ledger& ledger) : m_ledger(ledger) {}

    // `number` names an issued invoice or a credit note. Throws InputProblems (exit 3) naming every
    // field a valid e-invoice lacks, SettleError(BadInput) for a draft, void or unknown number.
    // Factur-X needs a QGuiApplication (the PDF is drawn with QPainter).
    MailAttachment make(const QString& number, EinvoiceFormat::Kind format, QDate asOf);
    // The same for an invoice already read, with its customer.
    MailAttachment make(const Ledger::InvoiceDetail& detail, const Customer& customer, EinvoiceFormat::Kind format);
    // The XML alone, in the syntax of `format` (the CII of Factur-X for factur-x).
    QByteArray xml(const QString& number, EinvoiceFormat::Kind format, QDate asOf);

private:
    struct Document;
    Document document(const QString& number, EinvoiceFormat::Kind format, QDate asOf);
    MailAttachment file(const Document& document, const Customer& customer, EinvoiceFormat::Kind format);

    Ledger& m_ledger;
};

} // namespace settle
