// Invoices and follow-up letters as PDF/A, and what any document must survive: long names and
// descriptions that wrap inside the page, right-to-left and CJK names.

#include "FollowupTestLedger.h"
#include "PdfProbe.h"

#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/DocumentLocale.h"
#include "documents/InvoicePdf.h"
#include "documents/LetterPdf.h"
#include "documents/StatementPdf.h"
#include "storage/LetterRepository.h"
#include "storage/StatementRepository.h"

#include <QImage>
#include <QPainter>
#include <QProcess>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

// pdftotext marks right-to-left runs with embedding controls (U+202A..U+202E); the words are what count.
QString withoutBidiControls(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{200E}\\x{200F}]")));
    return text;
}

QString renderStatement(TempLedger& ledger, const QString& code, const QString& name)
{
    StatementRepository repository(ledger->database());
    const auto statement =
        AccountStatement::read(repository, AccountStatement::Kind::Activity, ledger->requireCustomer(code),
                               QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString path = ledger.file(name);
    StatementPdf::write(statement, CompanyProfile::load(*ledger), path);
    return path;
}

void addNamedCustomer(TempLedger& ledger, const QString& code, const QString& name, const QString& address)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.address = address;
    c.currency = QStringLiteral("USD");
    ledger->addCustomer(c);
}

} // namespace

TEST(InvoicePdf, ShowsLinesTaxTotalsAndTheTermsInWords)
{
    TempLedger ledger;
    ledger->setSetting(QStringLiteral("company.name"), QStringLiteral("Invoice Test Company"));
    ledger->setSetting(QStringLiteral("company.payment_details"), QStringLiteral("IBAN XX00 9999"));
    ledger.addCustomer(QStringLiteral("C1"), QStringLiteral("2/10 Net 30"));
    Invoice draft;
    draft.customerCode = QStringLiteral("C1");
    draft.issueDate = QDate(2026, 2, 28);
    InvoiceLine design;
    design.description = QStringLiteral("Design work");
    design.quantity = 25'000; // 2.5
    design.unitPrice = 8000;
    design.taxRate = Rate::fromPercent(20);
    InvoiceLine print;
    print.description = QStringLiteral("Printing");
    print.unitPrice = 5000;
    draft.lines << design << print;
    const Invoice issued = ledger->issue(ledger->createDraft(draft), draft.issueDate);
    const auto detail = ledger->invoice(issued.number, QDate(2026, 3, 31));
    const QString path = ledger.file(QStringLiteral("invoice.pdf"));
    InvoicePdf::write(detail, ledger->requireCustomer(QStringLiteral("C1")), CompanyProfile::load(*ledger),
                      path);

    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    ASSERT_TRUE(pdf.allFontsEmbedded());
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Title")), QStringLiteral("Invoice ") + issued.number);
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Author")), QStringLiteral("Invoice Test Company"));
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("Design work"), {}),
              (QStringList{QStringLiteral("Design"), QStringLiteral("work"), QStringLiteral("2.5"),
                           QStringLiteral("80.00"), QStringLiteral("20"), QStringLiteral("%"),
                           QStringLiteral("200.00")}));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Subtotal")), QStringLiteral("250.00"));
    EXPECT_EQ(pdf.fieldsOfLineStartingWith(QStringLiteral("Tax"), {}).value(1), QStringLiteral("40.00"));
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Total USD")), QStringLiteral("290.00"));
    // 2/10 Net 30 from 2026-02-28: the discount until 03-10, net due 03-30.
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("2 % discount if paid by 2026-03-10, net due 2026-03-30")))
        << qPrintable(pdf.text());
    EXPECT_TRUE(pdf.text().contains(QStringLiteral("IBAN XX00 9999")));
}

TEST(InvoicePdf, TermsInWordsFollowTheLanguage)
{
    Invoice invoice;
    invoice.issueDate = QDate(2026, 2, 28);
    invoice.dueDate = QDate(2026, 3, 30);
    invoice.terms.discount = Rate::fromMillionths(25'000); // 2.5 %
    invoice.terms.discountDays = 10;
    EXPECT_EQ(InvoicePdf::termsInWords(invoice, DocumentLocale(QStringLiteral("en"))),
              QStringLiteral("2.5 % discount if paid by 2026-03-10, net due 2026-03-30"));
    EXPECT_EQ(InvoicePdf::termsInWords(invoice, DocumentLocale(QStringLiteral("de"))),
              QStringLiteral("2,5 % Skonto bei Zahlung bis 10.03.2026, netto fällig am 30.03.2026"));
    invoice.terms.discount = Rate();
    invoice.dueDate = invoice.issueDate;
    EXPECT_EQ(InvoicePdf::termsInWords(invoice, DocumentLocale(QStringLiteral("en"))),
              QStringLiteral("Due on receipt (2026-02-28)"));
}

TEST(LetterPdf, PrintsTheFinalNoticeTextWithTheOpenInvoices)
{
    FollowupTestLedger ledger(QDate(2026, 1, 1));
    ledger->setSetting(QStringLiteral("company.name"), QStringLiteral("Letter Test Company"));
    ledger->setSetting(QStringLiteral("company.payment_details"), QStringLiteral("IBAN XX00 4242"));
    ledger.addCustomerWithEmail(QStringLiteral("C1"));
    const QString number = ledger.addInvoiceOn(QStringLiteral("C1"), QDate(2026, 1, 1), 50000); // due 01-31
    // The Standard policy: reminder, second reminder, then the final notice by email and letter.
    for (QDate d(2026, 2, 1); d <= QDate(2026, 3, 31); d = d.addDays(1))
        ledger.runAt(d);
    const auto letters = LetterRepository(ledger->database()).all();
    ASSERT_EQ(letters.size(), 1);
    const auto& letter = letters.first();
    EXPECT_EQ(letter.stageName, QStringLiteral("Final notice"));
    const Customer customer = ledger->requireCustomer(QStringLiteral("C1"));
    const auto open = AccountStatement::openInvoices(
        StatementRepository(ledger->database()).balancesDue(customer.id, letter.date));
    const QString path = ledger.file(QStringLiteral("letter.pdf"));
    LetterPdf::write(letter, customer, open, CompanyProfile::load(*ledger), path);

    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Title")), letter.subject);
    EXPECT_EQ(pdf.infoValue(QStringLiteral("Author")), QStringLiteral("Letter Test Company"));
    const QString text = pdf.text();
    // The stage's text as the engine stored it: its first and last lines are on the page.
    const QStringList bodyLines = letter.body.trimmed().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_FALSE(bodyLines.isEmpty());
    EXPECT_TRUE(text.contains(bodyLines.first().trimmed())) << qPrintable(text);
    EXPECT_TRUE(text.contains(bodyLines.last().trimmed())) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("IBAN XX00 4242")));
    const QStringList row = pdf.fieldsOfLineStartingWith(number, QStringLiteral("Open invoices as of ") +
                                                                     letter.date.toString(Qt::ISODate));
    ASSERT_EQ(row.size(), 6) << qPrintable(text);
    EXPECT_EQ(row[4], QStringLiteral("500.00"));
    EXPECT_EQ(row[5], QString::number(QDate(2026, 1, 31).daysTo(letter.date)));
}

TEST(DocumentPdf, LongNamesAndDescriptionsWrapInsideThePage)
{
    TempLedger ledger;
    // As long as the ledger lets a name be (200 characters), with a word wider than its column.
    const QString longWord = QStringLiteral("Unbreakablecustomernamewithoutanyspaces").repeated(2);
    const QString longName =
        QStringLiteral("The Extraordinarily Long Name Of A Customer ").repeated(2) + longWord;
    addNamedCustomer(ledger, QStringLiteral("LONG"), longName, QStringLiteral("1 Long Road"));
    Invoice draft;
    draft.customerCode = QStringLiteral("LONG");
    draft.issueDate = QDate(2026, 3, 2);
    InvoiceLine line;
    line.description =
        QStringLiteral("A line description that goes on and on about the work done ").repeated(6) +
        QStringLiteral("https://example.com/").append(QString(120, u'x'));
    line.unitPrice = 12345;
    draft.lines << line;
    const Invoice issued = ledger->issue(ledger->createDraft(draft), draft.issueDate);

    const PdfProbe statement(renderStatement(ledger, QStringLiteral("LONG"), QStringLiteral("long.pdf")));
    const QString invoicePath = ledger.file(QStringLiteral("long-invoice.pdf"));
    InvoicePdf::write(ledger->invoice(issued.number, QDate(2026, 3, 31)),
                      ledger->requireCustomer(QStringLiteral("LONG")), CompanyProfile::load(*ledger),
                      invoicePath);
    const PdfProbe invoice(invoicePath);
    for (const PdfProbe* pdf : {&statement, &invoice}) {
        ASSERT_TRUE(pdf->qpdfCheckPasses());
        // A4 is 595 pt wide; the right margin is 20 mm (56.7 pt): no word may reach into it.
        EXPECT_LE(pdf->rightmostWordEdge(), 595.3 - 56.7 + 0.5);
        EXPECT_GT(pdf->rightmostWordEdge(), 400) << "the page has text at its right edge at all";
        // Every piece of the name is there, wrapped over several lines.
        const QString text = pdf->text();
        EXPECT_EQ(text.count(QStringLiteral("Extraordinarily")), 2);
        EXPECT_TRUE(text.contains(QStringLiteral("Unbreakable")));
    }
    EXPECT_EQ(statement.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("123.45"));
}

TEST(DocumentPdf, RightToLeftAndCjkNamesRenderWithFontsThatHaveTheGlyphs)
{
    TempLedger ledger;
    const QString japanese = QStringLiteral("東京商事株式会社");
    const QString chinese = QStringLiteral("北京贸易有限公司");
    const QString arabic = QStringLiteral("شركة الأمل للتجارة");
    const QString hebrew = QStringLiteral("חברת אופק");
    addNamedCustomer(ledger, QStringLiteral("JP"), japanese, QStringLiteral("東京都千代田区丸の内1-1"));
    addNamedCustomer(ledger, QStringLiteral("CN"), chinese, {});
    addNamedCustomer(ledger, QStringLiteral("AR"), arabic, QStringLiteral("الرياض"));
    addNamedCustomer(ledger, QStringLiteral("HE"), hebrew, QStringLiteral("תל אביב"));
    for (const auto& [code, name] :
         {std::pair{QStringLiteral("JP"), japanese}, std::pair{QStringLiteral("CN"), chinese},
          std::pair{QStringLiteral("AR"), arabic}, std::pair{QStringLiteral("HE"), hebrew}}) {
        ledger.addInvoice(code, QDate(2026, 3, 5), 10000);
        const PdfProbe pdf(renderStatement(ledger, code, code + QStringLiteral(".pdf")));
        ASSERT_TRUE(pdf.qpdfCheckPasses()) << qPrintable(code);
        EXPECT_TRUE(pdf.allFontsEmbedded()) << qPrintable(code);
        EXPECT_TRUE(withoutBidiControls(pdf.text()).contains(name))
            << qPrintable(code) << qPrintable(pdf.text());
    }
}

TEST(DocumentPdf, TheCompanyLogoIsDrawnWithoutTransparencyAndAMissingOneIsSkipped)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    ledger.addInvoice(QStringLiteral("C1"), QDate(2026, 3, 2), 1000);
    QImage logo(240, 90, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter p(&logo);
        p.fillRect(QRect(10, 10, 220, 70), QColor(0x2a, 0x6f, 0x97));
    }
    const QString logoPath = ledger.file(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(logoPath));
    ledger->setSetting(QStringLiteral("company.logo"), logoPath);
    const QString path = renderStatement(ledger, QStringLiteral("C1"), QStringLiteral("logo.pdf"));
    ASSERT_TRUE(PdfProbe(path).qpdfCheckPasses());
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    images.waitForFinished(60000);
    const QStringList rows =
        QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3) << "a header, a rule and one image";
    EXPECT_TRUE(rows[2].contains(QStringLiteral(" image "))) << qPrintable(rows[2]);
    EXPECT_FALSE(rows[2].contains(QStringLiteral("smask"))) << "PDF/A-1 has no soft masks";

    ledger->setSetting(QStringLiteral("company.logo"), ledger.file(QStringLiteral("gone.png")));
    const PdfProbe without(renderStatement(ledger, QStringLiteral("C1"), QStringLiteral("nologo.pdf")));
    ASSERT_TRUE(without.qpdfCheckPasses());
    EXPECT_EQ(without.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("10.00"));
}

TEST(DocumentPdf, AParagraphLongerThanAPageBreaksBetweenItsLines)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    LetterRepository::Letter letter;
    letter.stageName = QStringLiteral("Final notice");
    letter.date = QDate(2026, 3, 31);
    letter.subject = QStringLiteral("A long letter");
    letter.body = QStringLiteral("Dear customer,\n\nBEGIN ") + QStringLiteral("lorem ").repeated(2500) +
                  QStringLiteral("END\n\nKind regards");
    const QString path = ledger.file(QStringLiteral("long-letter.pdf"));
    LetterPdf::write(letter, ledger->requireCustomer(QStringLiteral("C1")), {}, CompanyProfile::load(*ledger),
                     path);
    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_GE(pdf.pages(), 3);
    const QString text = pdf.text();
    EXPECT_EQ(text.count(QStringLiteral("lorem")), 2500) << "no line lost at a page break";
    EXPECT_LT(text.indexOf(QStringLiteral("BEGIN")), text.indexOf(QStringLiteral("END")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 3 of")));
}

} // namespace settle::test
