#pragma once

#include "documents/CompanyProfile.h"
#include "documents/PdfDocument.h"
#include "domain/Customer.h"
#include "storage/LetterRepository.h"
#include "storage/StatementRepository.h"

#include <memory>

namespace settle {

// A follow-up letter (the final notice) on the company's letterhead: the stage's text as the engine
// stored it, then the customer's open invoices at the letter's date with their days overdue.
class LetterPdf
{
public:
    static std::unique_ptr<PdfDocument> layout(const LetterRepository::Letter& letter,
                                               const Customer& customer,
                                               const QList<StatementRepository::OpenInvoice>& open,
                                               const CompanyProfile& company);
    static void write(const LetterRepository::Letter& letter, const Customer& customer,
                      const QList<StatementRepository::OpenInvoice>& open, const CompanyProfile& company,
                      const QString& path);
};

} // namespace settle
