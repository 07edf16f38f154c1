#include "widgets/PdfPrint.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QSaveFile>

namespace settle {

QString PdfPrint::print(QPrinter& printer, const QByteArray& pdf, QPdfDocument& document)
{
    if (pdf.isEmpty() || document.pageCount() < 1)
        return tr("There is nothing to print.");
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        // Redrawing the pages would turn the text into pictures: the file is the document itself.
        QSaveFile file(printer.outputFileName());
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(printer.outputFileName()), file.errorString());
        return {};
    }
    return pages(printer, document) ? QString() : tr("The printer cannot be used.");
}

bool PdfPrint::pages(QPrinter& printer, QPdfDocument& document)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const QRect area = painter.viewport();
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QSizeF points = document.pagePointSize(page);
        QSize size = (points * printer.resolution() / 72.0).toSize();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QImage image = document.render(page, size);
        painter.drawImage(QRect(area.topLeft(), image.size()), image);
    }
    painter.end();
    return true;
}

} // namespace settle
