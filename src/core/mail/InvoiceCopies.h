#pragma once

#include "documents/CompanyProfile.h"
#include "domain/Customer.h"
#include "domain/InvoiceCopy.h"
#include "domain/MailAttachment.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace settle {

class Ledger;

// Draws the invoice copies a message names (InvoiceCopy) into the PDFs it carries, each as of its
// date. One lives for a batch of messages, so that the company's letterhead (with its logo file) and
// each customer are read once. Drawing reads the ledger and writes nothing.
class InvoiceCopies
{
public:
    explicit InvoiceCopies(Ledger& ledger) : m_ledger(ledger) {}

    // Throws SettleError(Runtime) without a QGuiApplication (the PDF is drawn with Qt's fonts).
    QList<MailAttachment> draw(const QList<InvoiceCopy>& copies);
    // The file name the copy is sent under, known without drawing it.
    static QString fileName(const InvoiceCopy& copy);

private:
    Ledger& m_ledger;
    std::optional<CompanyProfile> m_company;
    QHash<QString, Customer> m_customers;
};

} // namespace settle
