// What a reader's tools get out of Settle's PDFs: every character written reads back as itself
// (pdftotext, as copy and paste, search and screen readers do), in every script and in emoji; and a
// name of any length costs a bounded layout and stays on its page.

#include "PdfProbe.h"

#include "documents/AccountStatement.h"
#include "documents/CompanyProfile.h"
#include "documents/InvoicePdf.h"
#include "documents/LetterPdf.h"
#include "documents/StatementPdf.h"
#include "storage/LetterRepository.h"
#include "storage/StatementRepository.h"
#include "TempLedger.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace settle::test {

namespace {

// pdftotext marks right-to-left runs with embedding controls (U+202A..U+202E); the words are what count.
QString withoutBidiControls(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{200E}\\x{200F}]")));
    return text;
}

struct Sample
{
    QString code;
    QString name;
    QString address;
    QString description; // of an invoice line
};

// Names, addresses and line descriptions a customer might have, one script each. Look-alike letters
// (Latin A, Greek Alpha, Cyrillic A) and a glyph fonts share between code points (日 and the Kangxi
// radical ⽇) are among them.
QList<Sample> samples()
{
    return {
        {QStringLiteral("LATIN"), QStringLiteral("Ångström & Søn Łódź Straße Œuvre Ça"),
         QStringLiteral("Rua São João 12\nSpringfield"), QStringLiteral("Café crème, naïve façade, fjord")},
        {QStringLiteral("GREEK"), QStringLiteral("Αθηναϊκή Εμπορική Α.Ε."), QStringLiteral("Οδός Ερμού 5\nΑθήνα"),
         QStringLiteral("Σχεδιασμός λογοτύπου μ µ Ω")},
        {QStringLiteral("CYRILLIC"), QStringLiteral("ООО «Ромашка» Москва"),
         QStringLiteral("ул. Тверская, д. 7\nСанкт-Петербург"), QStringLiteral("Разработка сайта, этап А")},
        {QStringLiteral("ARABIC"), QStringLiteral("شركة الأمل للتجارة"), QStringLiteral("شارع الملك فهد\nالرياض"),
         QStringLiteral("تصميم شعار جديد")},
        {QStringLiteral("HEBREW"), QStringLiteral("חברת אופק בע״מ"), QStringLiteral("רחוב הרצל 10\nתל אביב"),
         QStringLiteral("עיצוב אתר אינטרנט")},
        {QStringLiteral("JAPANESE"), QStringLiteral("日本商事株式会社"),
         QStringLiteral("東京都千代田区丸の内1-1"), QStringLiteral("月次保守 日本語版")},
        {QStringLiteral("CHINESE"), QStringLiteral("北京贸易有限公司"), QStringLiteral("北京市朝阳区日坛路"),
         QStringLiteral("网站设计与开发")},
        {QStringLiteral("KOREAN"), QStringLiteral("한국무역 주식회사"), QStringLiteral("서울특별시 중구"),
         QStringLiteral("웹사이트 디자인")},
        {QStringLiteral("RADICAL"), QStringLiteral("部首⽇月研究会"), QStringLiteral("Kyoto"),
         QStringLiteral("Radicals ⽇ and ⽔")},
        {QStringLiteral("EMOJI"), QStringLiteral("Sunny Side Café ☀ 😀"),
         QStringLiteral("12 Party Lane 🎉\nSpringfield"), QStringLiteral("Cake 🎂 and thumbs 👍 ⭐")},
    };
}

void addCustomer(TempLedger& ledger, const Sample& sample)
{
    Customer c;
    c.code = sample.code;
    c.name = sample.name;
    c.address = sample.address;
    c.currency = QStringLiteral("USD");
    ledger->addCustomer(c);
}

QString issueInvoice(TempLedger& ledger, const QString& code, const QString& description)
{
    Invoice draft;
    draft.customerCode = code;
    draft.issueDate = QDate(2026, 3, 2);
    InvoiceLine line;
    line.description = description;
    line.unitPrice = 12345;
    draft.lines << line;
    return ledger->issue(ledger->createDraft(draft), draft.issueDate).number;
}

QString renderStatement(TempLedger& ledger, const Customer& customer, const QString& file)
{
    StatementRepository repository(ledger->database());
    const auto statement = AccountStatement::read(repository, AccountStatement::Kind::Activity, customer,
                                                  QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString path = ledger.file(file);
    StatementPdf::write(statement, CompanyProfile::load(*ledger), path);
    return path;
}

QString renderInvoice(TempLedger& ledger, const QString& number, const QString& code, const QString& file)
{
    const QString path = ledger.file(file);
    InvoicePdf::write(ledger->invoice(number, QDate(2026, 3, 31)), ledger->requireCustomer(code),
                      CompanyProfile::load(*ledger), path);
    return path;
}

// The characters of `text` as code points, for a message that shows what differs.
QString codePoints(const QString& text)
{
    QStringList points;
    for (const char32_t c : QStringView(text).toUcs4())
        points << QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return points.join(u' ');
}

} // namespace

TEST(PdfText, EveryScriptReadsBackAsWrittenInStatementsAndInvoices)
{
    TempLedger ledger;
    for (const Sample& sample : samples()) {
        addCustomer(ledger, sample);
        const QString number = issueInvoice(ledger, sample.code, sample.description);
        const PdfProbe statement(
            renderStatement(ledger, ledger->requireCustomer(sample.code), sample.code + QStringLiteral(".pdf")));
        const PdfProbe invoice(renderInvoice(ledger, number, sample.code, sample.code + QStringLiteral("-inv.pdf")));
        for (const PdfProbe* pdf : {&statement, &invoice}) {
            ASSERT_TRUE(pdf->qpdfCheckPasses()) << qPrintable(sample.code);
            EXPECT_TRUE(pdf->allFontsEmbedded()) << qPrintable(sample.code);
            // Qt's own maps are written as ranges, Settle's as single characters: none was left as Qt
            // wrote it (which happens when the recorded glyph numbering disagrees with Qt's).
            EXPECT_FALSE(pdf->uncompressed().contains(QStringLiteral("beginbfrange"))) << qPrintable(sample.code);
            const QString text = withoutBidiControls(pdf->text());
            QStringList expected{sample.name};
            expected << sample.address.split(u'\n');
            if (pdf == &invoice)
                expected << sample.description;
            for (const QString& line : expected) {
                // pdftotext orders a line as if it ran left to right: the number ending the
                // right-to-left "רחוב הרצל 10" comes out first. The order is the reader's; which
                // characters come out is the document's, so such a line is checked word by word.
                const bool rightToLeft = line.front().script() == QChar::Script_Hebrew ||
                                         line.front().script() == QChar::Script_Arabic;
                for (const QString& written :
                     rightToLeft ? line.split(u' ', Qt::SkipEmptyParts) : QStringList{line})
                    EXPECT_TRUE(text.contains(written))
                    << qPrintable(sample.code) << ": " << qPrintable(written) << " (" << qPrintable(codePoints(written))
                    << ") is not in\n"
                        << qPrintable(text) << "\n(" << qPrintable(codePoints(text.left(400))) << ")";
            }
        }
    }
}

TEST(PdfText, ALineMixingScriptsAndDirectionsReadsBackCharacterForCharacter)
{
    TempLedger ledger;
    const Sample mixed{QStringLiteral("MIX"), QStringLiteral("Ångström — Αθήνα — Москва — 日本"),
                       QStringLiteral("شارع الملك فهد 12\nרחוב הרצל 10"),
                       QStringLiteral("Logo — تصميم شعار — 网站设计 — עיצוב — 🎉 done")};
    addCustomer(ledger, mixed);
    const QString number = issueInvoice(ledger, mixed.code, mixed.description);
    const PdfProbe pdf(renderInvoice(ledger, number, mixed.code, QStringLiteral("mixed.pdf")));
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_FALSE(pdf.uncompressed().contains(QStringLiteral("beginbfrange")));
    const QString text = withoutBidiControls(pdf.text());
    // pdftotext orders mixed directions its own way; every word must come out as written.
    for (const QString& part : {mixed.name, mixed.address, mixed.description})
        for (const QString& word : part.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            EXPECT_TRUE(text.contains(word)) << qPrintable(word) << " (" << qPrintable(codePoints(word))
                                             << ") is not in\n" << qPrintable(text);
    EXPECT_FALSE(text.contains(QChar(0x2F47)));
}

TEST(PdfText, AGlyphSharedByTwoCodePointsReadsBackAsTheOneWritten)
{
    // Noto Sans CJK draws the ideograph 日 (U+65E5) and the Kangxi radical ⽇ (U+2F47) with one glyph.
    TempLedger ledger;
    const Sample ideograph{QStringLiteral("JP"), QStringLiteral("日本"), QStringLiteral("日"), {}};
    const Sample radical{QStringLiteral("RAD"), QStringLiteral("⽇"), QStringLiteral("⽇⽉"), {}};
    for (const Sample& sample : {ideograph, radical}) {
        addCustomer(ledger, sample);
        ledger.addInvoice(sample.code, QDate(2026, 3, 5), 10000);
    }
    const QString japanese =
        PdfProbe(renderStatement(ledger, ledger->requireCustomer(QStringLiteral("JP")), QStringLiteral("jp.pdf")))
            .text();
    EXPECT_TRUE(japanese.contains(QStringLiteral("日本"))) << qPrintable(codePoints(japanese.left(200)));
    EXPECT_FALSE(japanese.contains(QChar(0x2F47))) << "the radical, never written, reads back";
    const QString radicals =
        PdfProbe(renderStatement(ledger, ledger->requireCustomer(QStringLiteral("RAD")), QStringLiteral("rad.pdf")))
            .text();
    EXPECT_TRUE(radicals.contains(QStringLiteral("⽇⽉"))) << qPrintable(codePoints(radicals.left(200)));
    EXPECT_FALSE(radicals.contains(QChar(0x65E5)));
}

TEST(PdfText, EmojiAreDrawnWithAnEmbeddedOutlineFontAndReadBack)
{
    TempLedger ledger;
    const Sample emoji{QStringLiteral("EMOJI"), QStringLiteral("Party 🎉 Shop 😀"), QStringLiteral("☕ Corner"),
                       {}};
    addCustomer(ledger, emoji);
    ledger.addInvoice(emoji.code, QDate(2026, 3, 5), 10000);
    const QString path =
        renderStatement(ledger, ledger->requireCustomer(emoji.code), QStringLiteral("emoji.pdf"));
    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_TRUE(pdf.allFontsEmbedded());
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(emoji.name)) << qPrintable(codePoints(text.left(300)));
    EXPECT_TRUE(text.contains(emoji.address));
    // The emoji come from Symbola, whose glyphs are outlines a PDF embeds (a colour bitmap font's would
    // be empty).
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {path});
    fonts.waitForFinished(60000);
    EXPECT_TRUE(QString::fromUtf8(fonts.readAllStandardOutput()).contains(QStringLiteral("Symbola")));
}

TEST(PdfText, AVeryLongNameIsCutToAFewLinesAndTheStatementStillFitsItsPage)
{
    // A name longer than anything the ledger lets in today, as an older ledger may hold: one word of
    // 200 kB, the case Qt's line breaking is slowest at.
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("LONG"));
    ledger.addInvoice(QStringLiteral("LONG"), QDate(2026, 3, 5), 10000);
    Customer customer = ledger->requireCustomer(QStringLiteral("LONG"));
    const QString start = QStringLiteral("Beginning");
    QString name = start;
    for (int i = 0; name.size() < 200'000; ++i)
        name += QChar(u'a' + i % 26);
    customer.name = name;
    customer.address = QStringLiteral("Line ").repeated(50'000) + QStringLiteral("\nLast line");

    const PdfProbe pdf(renderStatement(ledger, customer, QStringLiteral("long-name.pdf")));
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_EQ(pdf.pages(), 1) << "the letterhead keeps to its page";
    const QString text = pdf.text();
    EXPECT_TRUE(text.contains(start + QStringLiteral("abcdefghij"))) << qPrintable(text.left(2000));
    EXPECT_TRUE(text.contains(QChar(0x2026))) << "the cut is marked";
    EXPECT_LE(pdf.rightmostWordEdge(), 595.3 - 56.7 + 0.5);
    EXPECT_EQ(pdf.lastFieldOfLine(QStringLiteral("Closing balance")), QStringLiteral("100.00"));
}

TEST(PdfText, AParagraphOfOneHugeWordFlowsOverPagesWithNothingLost)
{
    TempLedger ledger;
    ledger.addCustomer(QStringLiteral("C1"));
    LetterRepository::Letter letter;
    letter.stageName = QStringLiteral("Final notice");
    letter.date = QDate(2026, 3, 31);
    letter.subject = QStringLiteral("One long word");
    const QString word = QStringLiteral("ж").repeated(50'000);
    letter.body = QStringLiteral("BEGIN ") + word + QStringLiteral(" END");
    const QString path = ledger.file(QStringLiteral("long-word.pdf"));
    LetterPdf::write(letter, ledger->requireCustomer(QStringLiteral("C1")), {}, CompanyProfile::load(*ledger),
                     path);
    const PdfProbe pdf(path);
    ASSERT_TRUE(pdf.qpdfCheckPasses());
    EXPECT_GE(pdf.pages(), 2);
    const QString text = pdf.text();
    EXPECT_EQ(text.count(u'ж'), word.size()) << "every character of the word is on a page";
    EXPECT_LT(text.indexOf(QStringLiteral("BEGIN")), text.indexOf(QStringLiteral("END")));
    EXPECT_LE(pdf.rightmostWordEdge(), 595.3 - 56.7 + 0.5);
}

} // namespace settle::test
