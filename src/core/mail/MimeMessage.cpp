#include "mail/MimeMessage.h"

#include "errors/SettleError.h"

#include <QUuid>

#include <algorithm>

namespace settle {

namespace {

constexpr int maxLine = 76;

[[noreturn]] void badInput(const QString& message)
{
    throw SettleError(SettleError::Kind::BadInput, message);
}

bool isPlainAscii(const QString& value)
{
    for (const QChar c : value)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    // "=?" would read as the start of an encoded word.
    return !value.contains(QStringLiteral("=?"));
}

// A display name that needs no quoting: atoms and spaces.
bool isAtomText(const QString& value)
{
    for (const QChar c : value)
        if (!(c.isLetterOrNumber() || c == u' ' || QStringLiteral("!#$%&'*+-/=?^_`{|}~").contains(c)))
            return false;
    return true;
}

QByteArray crlfLines(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    return normalized.toUtf8();
}

// RFC 5322 2.1.1: no line may be longer than 998 characters. A word, a quoted name or a file name
// longer than this would not fit on a folded line, so it takes a form that folds (encoded words,
// RFC 2231 pieces).
constexpr int longest = 600;

bool hasLongWord(const QString& value)
{
    qsizetype run = 0;
    for (const QChar c : value) {
        run = c == u' ' ? 0 : run + 1;
        if (run > longest)
            return true;
    }
    return false;
}

// Each word "=?UTF-8?B?...?=" carries at most 39 bytes (52 base64 characters, 64 in all), cut
// between characters so that every word decodes on its own (RFC 2047 section 5).
QByteArray encodedWords(const QString& value)
{
    constexpr int maxBytes = 39;
    QByteArray result;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    const auto codePoints = value.toUcs4();
    for (const char32_t codePoint : codePoints) {
        const QByteArray bytes = QString::fromUcs4(&codePoint, 1).toUtf8();
        if (chunk.size() + bytes.size() > maxBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return result;
}

QByteArray fileNameParameters(const QString& fileName)
{
    // RFC 2231 for names that are not plain ASCII; quotes and backslashes never reach a quoted string.
    if (isPlainAscii(fileName) && !fileName.contains(u'"') && !fileName.contains(u'\\') &&
        fileName.size() <= longest)
        return "; filename=\"" + fileName.toLatin1() + "\"";
    const QByteArray encoded = fileName.toUtf8().toPercentEncoding();
    if (encoded.size() <= longest)
        return "; filename*=UTF-8''" + encoded;
    // RFC 2231 section 3: a long name in numbered pieces, each on a line of its own, never splitting a %XX.
    QByteArray out;
    int section = 0;
    for (qsizetype i = 0; i < encoded.size(); ++section) {
        qsizetype end = std::min<qsizetype>(i + 60, encoded.size());
        if (end < encoded.size() && encoded[end - 1] == '%')
            end -= 1;
        else if (end < encoded.size() && encoded[end - 2] == '%')
            end -= 2;
        out += ";\r\n filename*" + QByteArray::number(section) + "*=" + (section == 0 ? "UTF-8''" : "") +
               encoded.mid(i, end - i);
        i = end;
    }
    return out;
}

} // namespace

MimeMessage::MimeMessage(Content content) : m_content(std::move(content))
{
    checkHeaderValue(QStringLiteral("subject"), m_content.subject);
    checkHeaderValue(QStringLiteral("message id"), m_content.messageId);
    for (const auto& attachment : m_content.attachments) {
        checkHeaderValue(QStringLiteral("attachment file name"), attachment.fileName);
        checkHeaderValue(QStringLiteral("attachment type"), attachment.mimeType);
    }
    if (m_content.from.trimmed().isEmpty())
        badInput(QStringLiteral("from: no sender address (settings set smtp.from ADDRESS)"));
    m_from = MailAddress::parse(m_content.from, QStringLiteral("from"));
    m_to = MailAddress::parseList(m_content.to, QStringLiteral("to"));
    m_cc = MailAddress::parseList(m_content.cc, QStringLiteral("cc"));
    m_bcc = MailAddress::parseList(m_content.bcc, QStringLiteral("bcc"));
    m_replyTo = MailAddress::parseList(m_content.replyTo, QStringLiteral("reply-to"));
    if (m_to.isEmpty() && m_cc.isEmpty())
        badInput(QStringLiteral("to: the message has no recipient"));
    if (m_content.messageId.isEmpty())
        m_content.messageId = newMessageId(m_from.domain());
    else if (m_content.messageId.contains(u'<') || m_content.messageId.contains(u'>') ||
             m_content.messageId.contains(u' ') || !m_content.messageId.contains(u'@'))
        badInput(QStringLiteral("message id: \"%1\" is not id-left@id-right").arg(m_content.messageId));
    if (!m_content.date.isValid())
        badInput(QStringLiteral("date: the message has no date"));
    m_boundary = "=_settle_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
}

void MimeMessage::checkHeaderValue(const QString& field, const QString& value)
{
    if (value.contains(u'\r') || value.contains(u'\n'))
        badInput(
            QStringLiteral("%1: a header value may not contain a line break (header injection)").arg(field));
}

QStringList MimeMessage::envelopeRecipients() const
{
    QStringList result;
    for (const auto* list : {&m_to, &m_cc, &m_bcc})
        for (const auto& a : *list)
            if (!result.contains(a.address, Qt::CaseInsensitive))
                result << a.address;
    return result;
}

QString MimeMessage::newMessageId(const QString& domain)
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".settle@") +
           (domain.isEmpty() ? QStringLiteral("localhost") : domain);
}

QByteArray MimeMessage::formatDate(const QDateTime& at)
{
    static const char* days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = at.toUTC();
    const QDate d = utc.date();
    return QStringLiteral("%1, %2 %3 %4 %5 +0000")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year())
        .arg(utc.time().toString(QStringLiteral("HH:mm:ss")))
        .toLatin1();
}

QByteArray MimeMessage::encodeHeader(const QString& value, int used)
{
    if (isPlainAscii(value) && !hasLongWord(value)) {
        // Fold long ASCII values at spaces (RFC 5322 asks for lines of at most 78 characters).
        QByteArray result;
        int column = used;
        const QStringList words = value.split(u' ');
        for (qsizetype k = 0; k < words.size(); ++k) {
            const QByteArray word = words[k].toLatin1();
            if (k > 0) {
                if (column + 1 + word.size() > 78 && column > used) {
                    result += "\r\n ";
                    column = 1;
                } else {
                    result += ' ';
                    ++column;
                }
            }
            result += word;
            column += int(word.size());
        }
        return result;
    }
    return encodedWords(value);
}

QByteArray MimeMessage::quotedPrintable(const QString& text)
{
    // RFC 2045 6.7: lines of at most 76 characters, soft breaks "=", hard breaks CRLF, trailing
    // white space encoded. Dots at line starts are left to the SMTP layer (libcurl stuffs them).
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = crlfLines(text).split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray& line = lines[l];
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray{"="} + hex[c >> 4] + hex[c & 15];
            if (column + piece.size() > maxLine - 1) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += maxLine)
        out += encoded.mid(i, maxLine) + "\r\n";
    return out;
}

QByteArray MimeMessage::mailbox(const MailAddress& address, int used)
{
    if (address.name.isEmpty())
        return address.address.toLatin1();
    QByteArray name;
    if (!isPlainAscii(address.name) || isAtomText(address.name)) {
        // Atoms fold at their spaces like any header; anything else is encoded words.
        name = encodeHeader(address.name, used);
    } else {
        name = "\"" +
               QString(address.name)
                   .replace(u'\\', QStringLiteral("\\\\"))
                   .replace(u'"', QStringLiteral("\\\""))
                   .toLatin1() +
               "\"";
        if (name.size() > longest) // a quoted string cannot be folded
            name = encodedWords(address.name);
    }
    return name + " <" + address.address.toLatin1() + ">";
}

QByteArray MimeMessage::addressHeader(const char* name, const QList<MailAddress>& addresses) const
{
    QByteArray line = QByteArray(name) + ": ";
    for (qsizetype k = 0; k < addresses.size(); ++k) {
        if (k > 0)
            line += ",\r\n ";
        line += mailbox(addresses[k], k == 0 ? int(qstrlen(name)) + 2 : 1);
    }
    return line + "\r\n";
}

QByteArray MimeMessage::toBytes() const
{
    QByteArray out;
    out += "Date: " + formatDate(m_content.date) + "\r\n";
    out += addressHeader("From", {m_from});
    if (!m_to.isEmpty())
        out += addressHeader("To", m_to);
    if (!m_cc.isEmpty())
        out += addressHeader("Cc", m_cc);
    if (!m_replyTo.isEmpty())
        out += addressHeader("Reply-To", m_replyTo);
    out += "Subject: " + encodeHeader(m_content.subject, 9) + "\r\n";
    out += "Message-ID: <" + m_content.messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";

    // Inside a multipart the CRLF before a boundary belongs to the boundary (RFC 2046 5.1.1), so every
    // part gets one more; a single part only needs to end its last line.
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
                                quotedPrintable(m_content.text) + "\r\n";
    QByteArray body; // the part the attachments go beside: text, or text + HTML
    if (m_content.html.isEmpty() && m_content.attachments.isEmpty()) {
        body = textPart;
        if (body.endsWith("\r\n\r\n"))
            body.chop(2);
        return out + body;
    }
    if (m_content.html.isEmpty()) {
        body = textPart;
    } else {
        const QByteArray inner = m_boundary + "_alt";
        body = "Content-Type: multipart/alternative;\r\n boundary=\"" + inner + "\"\r\n\r\n";
        body += "--" + inner + "\r\n" + textPart;
        body += "--" + inner + "\r\n";
        body +=
            "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
        body += quotedPrintable(m_content.html) + "\r\n";
        body += "--" + inner + "--\r\n";
    }
    if (m_content.attachments.isEmpty())
        return out + body;

    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + m_boundary + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + m_boundary + "\r\n" + body;
    for (const auto& attachment : m_content.attachments) {
        const QByteArray type = attachment.mimeType.isEmpty() ? QByteArray("application/octet-stream")
                                                              : attachment.mimeType.toLatin1();
        out += "--" + m_boundary + "\r\n";
        out += "Content-Type: " + type + "\r\n";
        out += "Content-Disposition: attachment" + fileNameParameters(attachment.fileName) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(attachment.content);
    }
    out += "--" + m_boundary + "--\r\n";
    return out;
}

} // namespace settle
