#include "mail/MimeMessage.h"
#include "errors/SettleError.h"
#include "mail/MailAddress.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace settle;

namespace {

MimeMessage::Content content()
{
    MimeMessage::Content c;
    c.from = QStringLiteral("Test Company <billing@test-company.example>");
    c.to = QStringLiteral("ap@customer.example");
    c.subject = QStringLiteral("Reminder: invoice INV-0001");
    c.text = QStringLiteral("Hello,\nplease pay.\n");
    c.date = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    c.messageId = QStringLiteral("abc.settle@test-company.example");
    return c;
}

// Decodes a header value made of RFC 2047 "B" words (whitespace between words is dropped, as the
// RFC says), independently of the encoder.
QString decodeWords(const QByteArray& header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray bytes;
    auto it = word.globalMatch(QString::fromLatin1(header));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

QByteArray header(const QByteArray& message, const QByteArray& name)
{
    const qsizetype start = message.indexOf("\r\n" + name + ": ");
    if (start < 0)
        return {};
    qsizetype end = start + 2;
    // The value with its continuation lines.
    while ((end = message.indexOf("\r\n", end + 1)) >= 0 && end + 2 < message.size() &&
           (message[end + 2] == ' ' || message[end + 2] == '\t')) {
    }
    return message.mid(start + 4 + name.size(), end - start - 4 - name.size());
}

QString badInputMessage(const MimeMessage::Content& c)
{
    try {
        MimeMessage message(c);
        return {};
    } catch (const SettleError& e) {
        EXPECT_EQ(e.kind(), SettleError::Kind::BadInput);
        return e.message();
    }
}

} // namespace

TEST(Mime, AsciiHeaderStaysAsItIs)
{
    EXPECT_EQ(MimeMessage::encodeHeader(QStringLiteral("Reminder: invoice INV-0001"), 9),
              QByteArray("Reminder: invoice INV-0001"));
}

TEST(Mime, NonAsciiHeaderBecomesEncodedWordsThatDecodeToTheSameText)
{
    const QString subject = QStringLiteral("Zahlungserinnerung über 1.234,56 € — bitte prüfen");
    const QByteArray encoded = MimeMessage::encodeHeader(subject, 9);
    EXPECT_TRUE(encoded.startsWith("=?UTF-8?B?"));
    EXPECT_EQ(decodeWords(encoded), subject);
    for (const char c : encoded)
        EXPECT_TRUE(c == '\r' || c == '\n' || (c >= 0x20 && c < 0x7f)) << "only ASCII goes into a header";
}

TEST(Mime, LongSubjectTakesSeveralWordsOfAtMost75CharactersNeverSplittingACharacter)
{
    QString subject;
    for (int k = 0; k < 12; ++k)
        subject += QStringLiteral("Überfällige Rechnung € %1 — ").arg(k);
    const QByteArray encoded = MimeMessage::encodeHeader(subject, 9);
    const QList<QByteArray> lines = encoded.split('\n');
    EXPECT_GT(lines.size(), 5);
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    auto it = word.globalMatch(QString::fromLatin1(encoded));
    int words = 0;
    while (it.hasNext()) {
        const auto match = it.next();
        ++words;
        EXPECT_LE(match.captured(0).size(), 75);
        // Each word decodes on its own to whole characters.
        const QByteArray bytes = QByteArray::fromBase64(match.captured(1).toLatin1());
        EXPECT_EQ(QString::fromUtf8(bytes).toUtf8(), bytes);
        EXPECT_FALSE(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
    }
    EXPECT_EQ(words, lines.size());
    for (qsizetype k = 0; k < lines.size(); ++k) {
        EXPECT_LE(lines[k].size() + (k == 0 ? 9 : 0), 78);
        if (k + 1 < lines.size())
            EXPECT_TRUE(lines[k].endsWith('\r')) << "folded with CRLF";
        if (k > 0)
            EXPECT_TRUE(lines[k].startsWith(' ')) << "continuation lines start with white space";
    }
    EXPECT_EQ(decodeWords(encoded), subject);
}

TEST(Mime, EveryLineEndsWithCrlf)
{
    auto c = content();
    c.text = QStringLiteral("line one\nline two\r\nline three\rline four");
    c.html = QStringLiteral("<p>one</p>\n<p>two</p>");
    c.attachments << MailAttachment{QStringLiteral("a.pdf"), QStringLiteral("application/pdf"),
                                    QByteArray(5000, '\n')};
    const QByteArray bytes = MimeMessage(c).toBytes();
    QByteArray withoutCrlf = bytes;
    withoutCrlf.replace("\r\n", "");
    EXPECT_FALSE(withoutCrlf.contains('\n'));
    EXPECT_FALSE(withoutCrlf.contains('\r'));
    for (const QByteArray& line : bytes.split('\n'))
        EXPECT_LE(line.size(), 79) << line.constData();
}

TEST(Mime, TextOnlyIsASinglePart)
{
    const QByteArray bytes = MimeMessage(content()).toBytes();
    EXPECT_EQ(header(bytes, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    EXPECT_FALSE(bytes.contains("multipart"));
    EXPECT_TRUE(bytes.startsWith("Date: Tue, 31 Mar 2026 12:00:00 +0000\r\n"));
    EXPECT_EQ(header(bytes, "Message-ID"), QByteArray("<abc.settle@test-company.example>"));
    EXPECT_EQ(header(bytes, "MIME-Version"), QByteArray("1.0"));
    EXPECT_EQ(header(bytes, "From"), QByteArray("Test Company <billing@test-company.example>"));
}

TEST(Mime, TextAndHtmlAreAlternativesInsideMixedWhenFilesAreAttached)
{
    auto c = content();
    c.html = QStringLiteral("<p>Hello</p>");
    QByteArray bytes = MimeMessage(c).toBytes();
    EXPECT_TRUE(header(bytes, "Content-Type").startsWith("multipart/alternative;"));
    EXPECT_FALSE(bytes.contains("multipart/mixed"));

    QByteArray pdf("%PDF-1.4\n");
    for (int b = 0; b < 256; ++b)
        pdf += char(b);
    c.attachments << MailAttachment{QStringLiteral("INV-0001.pdf"), QStringLiteral("application/pdf"), pdf};
    bytes = MimeMessage(c).toBytes();
    EXPECT_TRUE(header(bytes, "Content-Type").startsWith("multipart/mixed;"));
    const qsizetype mixed = bytes.indexOf("multipart/mixed");
    const qsizetype alternative = bytes.indexOf("multipart/alternative");
    const qsizetype plain = bytes.indexOf("text/plain");
    const qsizetype html = bytes.indexOf("text/html");
    const qsizetype file = bytes.indexOf("Content-Type: application/pdf");
    EXPECT_TRUE(mixed < alternative && alternative < plain && plain < html && html < file);
    EXPECT_TRUE(bytes.contains("Content-Disposition: attachment; filename=\"INV-0001.pdf\""));
    // The base64 body of the file decodes to the same bytes.
    const qsizetype start = bytes.indexOf("\r\n\r\n", file) + 4;
    const qsizetype end = bytes.indexOf("\r\n--", start);
    QByteArray base64 = bytes.mid(start, end - start);
    base64.replace("\r\n", "");
    EXPECT_EQ(QByteArray::fromBase64(base64), pdf);
}

TEST(Mime, QuotedPrintableKeepsLinesShortAndEncodesWhatMustBe)
{
    const QByteArray qp =
        MimeMessage::quotedPrintable(QStringLiteral("a=b ä \n") + QString(100, u'x') + u'\n');
    EXPECT_TRUE(qp.startsWith("a=3Db =C3=A4=20\r\n")) << qp.constData();
    for (const QByteArray& line : qp.split('\n'))
        EXPECT_LE(line.size(), 77);
    EXPECT_TRUE(qp.contains("=\r\n")) << "a soft break splits the long line";
}

TEST(Mime, NonAsciiDisplayNamesAreEncodedAndSpecialsQuoted)
{
    auto c = content();
    c.to = QStringLiteral("\"Müller, Hans\" <hans@mueller.example>, \"Smith, Jo\" <jo@smith.example>");
    const QByteArray to = header(MimeMessage(c).toBytes(), "To");
    EXPECT_TRUE(to.startsWith("=?UTF-8?B?")) << to.constData();
    EXPECT_EQ(decodeWords(to.left(to.indexOf(" <"))), QStringLiteral("Müller, Hans"));
    EXPECT_TRUE(to.contains("\"Smith, Jo\" <jo@smith.example>")) << to.constData();
}

TEST(Mime, BccIsInTheEnvelopeNeverInTheHeaders)
{
    auto c = content();
    c.cc = QStringLiteral("boss@customer.example, AP@customer.example");
    c.bcc = QStringLiteral("billing@test-company.example");
    const MimeMessage message(c);
    EXPECT_EQ(message.envelopeRecipients(),
              (QStringList{QStringLiteral("ap@customer.example"), QStringLiteral("boss@customer.example"),
                           QStringLiteral("billing@test-company.example")}));
    EXPECT_FALSE(message.toBytes().contains("Bcc"));
}

TEST(Mime, HeaderValuesWithLineBreaksAreRefused)
{
    auto c = content();
    c.subject = QStringLiteral("Hello\r\nBcc: everyone@elsewhere.example");
    EXPECT_EQ(badInputMessage(c),
              QStringLiteral("subject: a header value may not contain a line break (header injection)"));
    c = content();
    c.subject = QStringLiteral("Hello\nX-Spam: no");
    EXPECT_TRUE(badInputMessage(c).contains(QStringLiteral("header injection")));
    c = content();
    c.to = QStringLiteral("ap@customer.example\r\nBcc: x@elsewhere.example");
    EXPECT_EQ(badInputMessage(c),
              QStringLiteral("to: an address may not contain a line break (header injection)"));
    c = content();
    c.attachments << MailAttachment{QStringLiteral("a.pdf\r\nX: y"), QStringLiteral("application/pdf"), "x"};
    EXPECT_TRUE(badInputMessage(c).startsWith(QStringLiteral("attachment file name:")));
}

TEST(Mime, BadAddressesAreNamed)
{
    auto c = content();
    c.to = QStringLiteral("ap@customer.example, accounts at customer.example");
    EXPECT_EQ(badInputMessage(c),
              QStringLiteral("to: \"accounts at customer.example\" is not an email address"));
    c = content();
    c.cc = QStringLiteral("boss@customer");
    EXPECT_EQ(badInputMessage(c), QStringLiteral("cc: \"boss@customer\" is not an email address"));
    c = content();
    c.from = QStringLiteral("Test Company <billing@>");
    EXPECT_EQ(badInputMessage(c),
              QStringLiteral("from: \"Test Company <billing@>\" is not an email address"));
    c = content();
    c.to = QStringLiteral(" ; ");
    EXPECT_EQ(badInputMessage(c), QStringLiteral("to: the message has no recipient"));
    for (const QString bad :
         {QStringLiteral("a@b"), QStringLiteral("@b.example"), QStringLiteral("a b@c.example"),
          QStringLiteral("a@b..example"), QStringLiteral("a@-b.example"), QStringLiteral("a.@b.example"),
          QStringLiteral("ä@b.example")})
        EXPECT_FALSE(MailAddress::isAddress(bad)) << bad.toStdString();
    for (const QString good :
         {QStringLiteral("a@b.example"), QStringLiteral("first.last+tag@sub.b-c.example")})
        EXPECT_TRUE(MailAddress::isAddress(good)) << good.toStdString();
}

TEST(Mime, DateIsEnglishUtcWhateverTheTimeZone)
{
    EXPECT_EQ(MimeMessage::formatDate(QDateTime(QDate(2026, 1, 4), QTime(23, 5, 9), Qt::OffsetFromUTC, 3600)),
              QByteArray("Sun, 04 Jan 2026 22:05:09 +0000"));
}

TEST(Mime, NonAsciiFileNamesUseRfc2231)
{
    auto c = content();
    c.attachments << MailAttachment{QStringLiteral("Rechnung Mär.pdf"), QStringLiteral("application/pdf"),
                                    "x"};
    EXPECT_TRUE(MimeMessage(c).toBytes().contains("filename*=UTF-8''Rechnung%20M%C3%A4r.pdf"));
}
