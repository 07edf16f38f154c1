// settle-cli invoice einvoice (docs/EINVOICE.md): Factur-X, XRechnung CII and XRechnung UBL made by
// the real binary for an invoice with several VAT rates, an early-payment discount and a part payment,
// an unpaid one, and a credit note; checked with the CII schema (xmllint --schema), the business rules
// of EN 16931 and XRechnung that the files touch (EinvoiceRulesTest), qpdf and the PDF/A-3
// identification, and read back with xmllint --xpath against `invoice show --json`.

#include "CliRunner.h"
#include "EinvoiceFixture.h"
#include "PdfProbe.h"

#include "einvoice/EinvoiceExport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

QString schemaPath()
{
    return QStringLiteral(SETTLE_TEST_DATA "/einvoice/factur-x-1.07.3-en16931/Factur-X_1.07.3_EN16931.xsd");
}

// xmllint --schema: exit 0 and "validates" for a valid file; the messages otherwise.
QString schemaErrors(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), path});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

// invoice show --json as of the fixture's date: its amounts are strings ("870.22").
QHash<QString, QString> show(EinvoiceFixture& f, const QString& number)
{
    const auto r = f.cli().run({QStringLiteral("invoice"), QStringLiteral("show"), number, QStringLiteral("--json"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QHash<QString, QString> values;
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

class EinvoiceEnvironment : public testing::Environment
{
public:
    void TearDown() override { EinvoiceFixture::release(); }
};

[[maybe_unused]] testing::Environment* const environment = testing::AddGlobalTestEnvironment(new EinvoiceEnvironment);

} // namespace

TEST(Einvoice, CiiFilesValidateAgainstTheFacturXEn16931Schema)
{
    auto& f = EinvoiceFixture::shared();
    for (const QString& file : f.ciiFiles())
        EXPECT_EQ(schemaErrors(file), QString()) << qPrintable(file);
}

TEST(Einvoice, SchemaCheckFailsForAFileOutOfOrder)
{
    // The schema check above can fail: the buyer before the seller is refused.
    auto& f = EinvoiceFixture::shared();
    QString xml = QString::fromUtf8(EinvoiceFixture::read(f.file(f.partlyPaid(), QStringLiteral("xrechnung-cii"))));
    const auto seller = xml.indexOf(QStringLiteral("<ram:SellerTradeParty>"));
    const auto buyer = xml.indexOf(QStringLiteral("<ram:BuyerTradeParty>"));
    const auto buyerEnd = xml.indexOf(QStringLiteral("</ram:BuyerTradeParty>")) + 22;
    ASSERT_GT(buyer, seller);
    const QString buyerBlock = xml.mid(buyer, buyerEnd - buyer);
    xml.remove(buyer, buyerEnd - buyer);
    xml.insert(seller, buyerBlock);
    const QString broken = f.ledger().writeFile(QStringLiteral("broken.xml"), xml.toUtf8());
    EXPECT_NE(schemaErrors(broken), QString());
}

TEST(Einvoice, TotalsReadBackEqualInvoiceShow)
{
    auto& f = EinvoiceFixture::shared();
    for (const QString& number : {f.partlyPaid(), f.unpaid()}) {
        const auto json = show(f, number);
        for (const QString& format : {QStringLiteral("xrechnung-cii"), QStringLiteral("factur-x")}) {
            const QString file = f.xmlFile(number, format);
            const QString sum = QStringLiteral("//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:");
            EXPECT_EQ(f.xpath(file, sum + QStringLiteral("LineTotalAmount/text()")), json.value(QStringLiteral("subtotal"))) << qPrintable(file);
            EXPECT_EQ(f.xpath(file, sum + QStringLiteral("TaxTotalAmount/text()")), json.value(QStringLiteral("tax"))) << qPrintable(file);
            EXPECT_EQ(f.xpath(file, sum + QStringLiteral("GrandTotalAmount/text()")), json.value(QStringLiteral("total"))) << qPrintable(file);
            EXPECT_EQ(f.xpath(file, sum + QStringLiteral("DuePayableAmount/text()")), json.value(QStringLiteral("balance"))) << qPrintable(file);
            EXPECT_EQ(f.xpath(file, QStringLiteral("//rsm:ExchangedDocument/ram:ID/text()")), number);
        }
        const QString ubl = f.file(number, QStringLiteral("xrechnung-ubl"));
        const QString total = QStringLiteral("/*/cac:LegalMonetaryTotal/cbc:");
        EXPECT_EQ(f.xpath(ubl, total + QStringLiteral("LineExtensionAmount/text()")), json.value(QStringLiteral("subtotal")));
        EXPECT_EQ(f.xpath(ubl, QStringLiteral("/*/cac:TaxTotal/cbc:TaxAmount/text()")), json.value(QStringLiteral("tax")));
        EXPECT_EQ(f.xpath(ubl, total + QStringLiteral("TaxInclusiveAmount/text()")), json.value(QStringLiteral("total")));
        EXPECT_EQ(f.xpath(ubl, total + QStringLiteral("PayableAmount/text()")), json.value(QStringLiteral("balance")));
    }
    // The part payment is what was paid so far.
    const auto json = show(f, f.partlyPaid());
    EXPECT_EQ(json.value(QStringLiteral("balance")), QStringLiteral("870.22"));
    EXPECT_EQ(f.xpath(f.file(f.partlyPaid(), QStringLiteral("xrechnung-cii")),
                      QStringLiteral("//ram:TotalPrepaidAmount/text()")),
              QStringLiteral("500.00"));
}

TEST(Einvoice, VatPerRateIsTheSumOfTheLinesTaxes)
{
    auto& f = EinvoiceFixture::shared();
    const QString cii = f.file(f.partlyPaid(), QStringLiteral("xrechnung-cii"));
    auto tax = [&](const QString& rate, const QString& what) {
        return f.xpath(cii, QStringLiteral("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
                                           "[ram:RateApplicablePercent='%1']/ram:%2/text()")
                                .arg(rate, what));
    };
    // 12.5 h x 80.00 at 19 %; 3 x 24.99 at 7 %; 100.00 at 0 %.
    EXPECT_EQ(tax(QStringLiteral("19"), QStringLiteral("BasisAmount")), QStringLiteral("1000.00"));
    EXPECT_EQ(tax(QStringLiteral("19"), QStringLiteral("CalculatedAmount")), QStringLiteral("190.00"));
    EXPECT_EQ(tax(QStringLiteral("7"), QStringLiteral("BasisAmount")), QStringLiteral("74.97"));
    EXPECT_EQ(tax(QStringLiteral("7"), QStringLiteral("CalculatedAmount")), QStringLiteral("5.25"));
    EXPECT_EQ(tax(QStringLiteral("0"), QStringLiteral("BasisAmount")), QStringLiteral("100.00"));
    EXPECT_EQ(tax(QStringLiteral("0"), QStringLiteral("CategoryCode")), QStringLiteral("Z"));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("count(//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax)")),
              QStringLiteral("3"));
}

TEST(Einvoice, DiscountTermsAreInWordsAndInXRechnungsSkontoLine)
{
    auto& f = EinvoiceFixture::shared();
    const QString cii = f.file(f.partlyPaid(), QStringLiteral("xrechnung-cii"));
    const QString terms = f.xpath(cii, QStringLiteral("//ram:SpecifiedTradePaymentTerms/ram:Description/text()"));
    EXPECT_TRUE(terms.contains(QStringLiteral("2 % discount if paid by 2026-03-12"))) << qPrintable(terms);
    EXPECT_TRUE(terms.contains(QStringLiteral("#SKONTO#TAGE=10#PROZENT=2.00#"))) << qPrintable(terms);
    const QString ubl = f.file(f.partlyPaid(), QStringLiteral("xrechnung-ubl"));
    EXPECT_TRUE(f.xpath(ubl, QStringLiteral("/*/cac:PaymentTerms/cbc:Note/text()"))
                    .contains(QStringLiteral("#SKONTO#TAGE=10#PROZENT=2.00#")));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//ram:DueDateDateTime/udt:DateTimeString/text()")), QStringLiteral("20260401"));
}

TEST(Einvoice, CreditNoteIsType381ReferringToItsInvoice)
{
    auto& f = EinvoiceFixture::shared();
    const QString cii = f.file(f.creditNote(), QStringLiteral("xrechnung-cii"));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//rsm:ExchangedDocument/ram:TypeCode/text()")), QStringLiteral("381"));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//ram:InvoiceReferencedDocument/ram:IssuerAssignedID/text()")), f.unpaid());
    // 59.50 of an invoice at 19 %: 50.00 and its 9.50 VAT.
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//ram:GrandTotalAmount/text()")), QStringLiteral("59.50"));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:BasisAmount/text()")),
              QStringLiteral("50.00"));
    EXPECT_EQ(f.xpath(cii, QStringLiteral("//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CalculatedAmount/text()")),
              QStringLiteral("9.50"));
    const QString ubl = f.file(f.creditNote(), QStringLiteral("xrechnung-ubl"));
    EXPECT_EQ(f.xpath(ubl, QStringLiteral("local-name(/*)")), QStringLiteral("CreditNote"));
    EXPECT_EQ(f.xpath(ubl, QStringLiteral("/*/cbc:CreditNoteTypeCode/text()")), QStringLiteral("381"));
    EXPECT_EQ(f.xpath(ubl, QStringLiteral("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID/text()")),
              f.unpaid());
}

TEST(Einvoice, FacturXIsPdfA3bWithTheCiiEmbeddedAsAlternative)
{
    auto& f = EinvoiceFixture::shared();
    for (const QString& number : {f.partlyPaid(), f.creditNote()}) {
        const QString pdfPath = f.file(number, QStringLiteral("factur-x"));
        const PdfProbe pdf(pdfPath);
        EXPECT_TRUE(pdf.qpdfCheckPasses()) << qPrintable(pdfPath);
        const QString xmp = pdf.xmp();
        EXPECT_TRUE(xmp.contains(QStringLiteral("<pdfaid:part>3</pdfaid:part>")) ||
                    xmp.contains(QStringLiteral("pdfaid:part=\"3\"")))
            << qPrintable(xmp);
        EXPECT_TRUE(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")) ||
                    xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")));
        EXPECT_TRUE(xmp.contains(QStringLiteral("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>")));
        EXPECT_TRUE(xmp.contains(QStringLiteral("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>")));
        EXPECT_TRUE(xmp.contains(QStringLiteral("<pdfaSchema:prefix>fx</pdfaSchema:prefix>")));
        // The catalogue's /AF names the file spec, whose relationship is Alternative.
        const QString json = f.run(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=qpdf"), pdfPath});
        EXPECT_TRUE(json.contains(QStringLiteral("\"/AFRelationship\": \"/Alternative\""))) << qPrintable(json.left(2000));
        EXPECT_TRUE(json.contains(QStringLiteral("\"/AF\": [")));
        EXPECT_TRUE(json.contains(QStringLiteral("\"/Subtype\": \"/text/xml\"")));
        // Read by eye: the page shows the same invoice.
        EXPECT_TRUE(pdf.text().contains(number)) << qPrintable(pdf.text());
    }
}

TEST(Einvoice, EmbeddedXmlEqualsTheStandaloneCii)
{
    auto& f = EinvoiceFixture::shared();
    for (const QString& number : {f.partlyPaid(), f.unpaid(), f.creditNote()}) {
        const QByteArray embedded = EinvoiceFixture::read(f.xmlFile(number, QStringLiteral("factur-x")));
        ASSERT_FALSE(embedded.isEmpty());
        EXPECT_EQ(embedded, EinvoiceExport(*f.ledger()).xml(number, EinvoiceFormat::Kind::FacturX, f.asOf()));
        // pdfdetach, an independent reader, finds the same file.
        const QString list = f.run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), f.file(number, QStringLiteral("factur-x"))});
        EXPECT_TRUE(list.contains(QStringLiteral("factur-x.xml"))) << qPrintable(list);
    }
}

TEST(Einvoice, MissingFieldsAreRefusedNamingEachAndNothingIsWritten)
{
    auto& f = EinvoiceFixture::shared();
    const QString out = f.ledger().file(QStringLiteral("bare.xml"));
    const auto r = f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), f.bareInvoice(),
                                QStringLiteral("--format"), QStringLiteral("xrechnung-ubl"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 3) << qPrintable(r.err);
    for (const QString& field : {QStringLiteral("customer address"), QStringLiteral("customer buyer_reference"),
                                 QStringLiteral("customer email"), QStringLiteral("BT-55"), QStringLiteral("BT-10"),
                                 QStringLiteral("BT-49")})
        EXPECT_TRUE(r.err.contains(field)) << qPrintable(field) << "\n" << qPrintable(r.err);
    EXPECT_FALSE(QFileInfo::exists(out));
    // Factur-X asks for neither a buyer reference nor email addresses.
    const auto facturX = f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), f.bareInvoice(),
                                      QStringLiteral("--format"), QStringLiteral("factur-x"), QStringLiteral("--out"), out});
    EXPECT_EQ(facturX.exitCode, 3);
    EXPECT_TRUE(facturX.err.contains(QStringLiteral("customer address")));
    EXPECT_FALSE(facturX.err.contains(QStringLiteral("buyer_reference"))) << qPrintable(facturX.err);
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(Einvoice, SellerWithoutVatIdOrTaxNumberIsRefused)
{
    TempLedger l;
    EinvoiceFixture::setUpSeller(*l);
    l->setSetting(QStringLiteral("company.vat_id"), QString());
    l->setSetting(QStringLiteral("company.iban"), QString());
    const QString number = EinvoiceFixture::addBuyerAndInvoice(l);
    l.close();
    CliRunner cli(l.path());
    const QString out = l.file(QStringLiteral("x.pdf"));
    const auto r = cli.run({QStringLiteral("invoice"), QStringLiteral("einvoice"), number, QStringLiteral("--format"),
                            QStringLiteral("factur-x"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("company.vat_id"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("company.tax_number"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("company.iban"))) << qPrintable(r.err);
    EXPECT_FALSE(QFileInfo::exists(out));

    // A tax number where there is no VAT ID will do (BT-32).
    l.reopen();
    l->setSetting(QStringLiteral("company.tax_number"), QStringLiteral("201/123/45678"));
    l->setSetting(QStringLiteral("company.iban"), QStringLiteral("DE02120300000000202051"));
    l.close();
    const auto ok = cli.run({QStringLiteral("invoice"), QStringLiteral("einvoice"), number, QStringLiteral("--format"),
                             QStringLiteral("xrechnung-cii"), QStringLiteral("--out"), out});
    EXPECT_EQ(ok.exitCode, 0) << qPrintable(ok.err);
    EXPECT_EQ(schemaErrors(out), QString());
}

TEST(Einvoice, UsageErrors)
{
    auto& f = EinvoiceFixture::shared();
    const QString out = f.ledger().file(QStringLiteral("u.xml"));
    EXPECT_EQ(f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), f.unpaid(), QStringLiteral("--out"), out}).exitCode, 2);
    const auto bad = f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), f.unpaid(),
                                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--format"))) << qPrintable(bad.err);
    EXPECT_EQ(f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), f.unpaid(), QStringLiteral("--format"),
                           QStringLiteral("factur-x")}).exitCode,
              2);
    const auto unknown = f.cli().run({QStringLiteral("invoice"), QStringLiteral("einvoice"), QStringLiteral("NOPE-1"),
                                      QStringLiteral("--format"), QStringLiteral("factur-x"), QStringLiteral("--out"), out});
    EXPECT_EQ(unknown.exitCode, 3) << qPrintable(unknown.err);
    EXPECT_FALSE(QFileInfo::exists(out));
}

} // namespace settle::test
