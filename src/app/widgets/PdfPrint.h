#pragma once

#include <QCoreApplication>
#include <QString>

class QPdfDocument;
class QPrinter;

namespace settle {

// Prints a PDF that Settle made (an invoice, a statement) on what the print dialog chose.
class PdfPrint
{
    Q_DECLARE_TR_FUNCTIONS(settle::PdfPrint)

public:
    // To a PDF file ("Print to File" in the dialog) the document's own bytes are written, so that the
    // file keeps its text, fonts and PDF/A conformance; to a printer every page goes as pages().
    // Returns an empty string when it printed, else what went wrong, in the user's words.
    static QString print(QPrinter& printer, const QByteArray& pdf, QPdfDocument& document);
    // Every page of `document` drawn as an image at the printer's resolution, fitted to the printable
    // area (a printer takes pages, not PDF). Returns false when the printer cannot be painted on.
    static bool pages(QPrinter& printer, QPdfDocument& document);
};

} // namespace settle
