#pragma once

#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/PdfDocument.h"

#include <QByteArray>
#include <QString>

namespace settle {

// Lays a statement of account out as a PDF/A-1b document in the customer's language.
class StatementPdf
{
public:
    static QString title(const AccountStatement& statement); // for the metadata and messages
    static std::unique_ptr<PdfDocument> layout(const AccountStatement& statement,
                                               const CompanyProfile& company);
    static void write(const AccountStatement& statement, const CompanyProfile& company, const QString& path);
    // The file's bytes, e.g. for an email attachment.
    static QByteArray render(const AccountStatement& statement, const CompanyProfile& company);
};

} // namespace settle
