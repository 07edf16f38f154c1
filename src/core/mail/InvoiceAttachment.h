#pragma once

#include "documents/CompanyProfile.h"
#include "domain/Customer.h"
#include "domain/MailAttachment.h"
#include "ledger/Ledger.h"

#include <QString>

namespace settle {

// An issued invoice's PDF as an email attachment: the invoice sent on its own and the copies that go
// with a reminder are the same file, drawn as of the message's date.
class InvoiceAttachment
{
public:
    // Throws SettleError(Runtime) without a QGuiApplication (PdfDocument): the PDF is drawn with Qt's
    // fonts (settle-cli starts a headless QGuiApplication for the commands that need one).
    static MailAttachment make(const Ledger::InvoiceDetail& detail, const Customer& customer,
                               const CompanyProfile& company);
    // What `invoice send` attaches, by the customer's preferred e-invoice format (docs/EINVOICE.md):
    // none, the PDF; factur-x, the Factur-X PDF in its place; xrechnung-cii or -ubl, the PDF and the
    // XML beside it. Throws InputProblems naming what a valid e-invoice lacks: nothing invalid is sent.
    static QList<MailAttachment> forCustomer(Ledger& ledger, const Ledger::InvoiceDetail& detail,
                                             const Customer& customer);
};

} // namespace settle
