#include "einvoice/FacturX.h"

#include "errors/SettleError.h"

// qpdf 11 without its old PointerHolder type: std::shared_ptr throughout.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace settle {

namespace {

// The Factur-X 1.0 properties and the PDF/A extension schema that declares them: a PDF/A validator
// accepts only properties whose schema is declared in the packet itself.
const char* const facturXProperties = R"(  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
   <fx:DocumentType>INVOICE</fx:DocumentType>
   <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
   <fx:Version>1.0</fx:Version>
   <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>fx</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>DocumentFileName</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>The name of the embedded XML document</pdfaProperty:description>
        </rdf:li>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>DocumentType</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>The type of the hybrid document in capital letters, e.g. INVOICE or ORDER</pdfaProperty:description>
        </rdf:li>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>Version</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>The actual version of the standard applying to the embedded XML document</pdfaProperty:description>
        </rdf:li>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>ConformanceLevel</pdfaProperty:name>
         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
         <pdfaProperty:category>external</pdfaProperty:category>
         <pdfaProperty:description>The conformance level of the embedded XML document</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
)";

std::string pdfDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

} // namespace

QByteArray FacturX::facturXMetadata(const QByteArray& xmp)
{
    QString packet = QString::fromUtf8(xmp);
    // Qt writes the identification as elements or as attributes, depending on its version.
    static const QRegularExpression partElement(QStringLiteral("<pdfaid:part>\\s*\\d\\s*</pdfaid:part>"));
    static const QRegularExpression partAttribute(QStringLiteral("pdfaid:part=\"\\d\""));
    static const QRegularExpression conformanceElement(QStringLiteral("<pdfaid:conformance>\\s*\\w\\s*</pdfaid:conformance>"));
    static const QRegularExpression conformanceAttribute(QStringLiteral("pdfaid:conformance=\"\\w\""));
    const bool hasPart = packet.contains(partElement) || packet.contains(partAttribute);
    packet.replace(partElement, QStringLiteral("<pdfaid:part>3</pdfaid:part>"));
    packet.replace(partAttribute, QStringLiteral("pdfaid:part=\"3\""));
    packet.replace(conformanceElement, QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>"));
    packet.replace(conformanceAttribute, QStringLiteral("pdfaid:conformance=\"B\""));
    const auto rdfEnd = packet.lastIndexOf(QStringLiteral("</rdf:RDF>"));
    if (!hasPart || rdfEnd < 0)
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("the invoice PDF carries no PDF/A identification to make Factur-X from"));
    packet.insert(rdfEnd, QString::fromUtf8(facturXProperties));
    return packet.toUtf8();
}

QByteArray FacturX::embed(const QByteArray& pdf, const QByteArray& ciiXml, const QDateTime& now)
{
    try {
        QPDF qpdf;
        qpdf.processMemoryFile("invoice.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle root = qpdf.getRoot();

        QPDFObjectHandle metadata = root.getKey("/Metadata");
        if (!metadata.isStream())
            throw SettleError(SettleError::Kind::Runtime, QStringLiteral("the invoice PDF has no XMP metadata"));
        const auto buffer = metadata.getStreamData(qpdf_dl_generalized);
        const QByteArray xmp(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        const QByteArray updated = facturXMetadata(xmp);
        // PDF/A wants the metadata readable as it is: no filter.
        metadata.replaceStreamData(updated.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());

        auto stream = QPDFEFStreamObjectHelper::createEFStream(qpdf, ciiXml.toStdString());
        stream.setSubtype("text/xml");
        stream.setModDate(pdfDate(now));
        stream.setCreationDate(pdfDate(now));
        auto spec = QPDFFileSpecObjectHelper::createFileSpec(qpdf, FileName, stream);
        spec.setDescription("Factur-X invoice, EN 16931");
        QPDFObjectHandle specObject = spec.getObjectHandle();
        specObject.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Alternative"));
        QPDFEmbeddedFileDocumentHelper(qpdf).replaceEmbeddedFile(FileName, spec);
        root.replaceKey("/AF", QPDFObjectHandle::newArray({specObject}));

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        // PDF/A: streams as they are (the XMP unfiltered), an end-of-line before endstream, and no
        // object streams, so a PDF/A-1 reader still finds every object in the classic table.
        writer.setStreamDataMode(qpdf_s_preserve);
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.setNewlineBeforeEndstream(true);
        writer.setDeterministicID(true);
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const auto out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const SettleError&) {
        throw;
    } catch (const std::exception& e) {
        spdlog::warn("Factur-X: qpdf refused the invoice PDF: {}", e.what());
        throw SettleError(SettleError::Kind::Runtime,
                          QStringLiteral("cannot make the Factur-X PDF from the invoice's PDF (see the log)"));
    }
}

} // namespace settle
