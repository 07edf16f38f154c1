#include "mail/SmtpClient.h"

#include <QSysInfo>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

#include <memory>
#include <mutex>

namespace settle {

namespace {

// What one conversation leaves behind: how far the data got, and what the server answered.
struct Conversation
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    bool dataComplete = false; // the read callback gave libcurl the last byte
    QString pendingLines;      // the lines of a multi-line answer so far
    QString lastReply;
    int lastCode = 0;
    QString refusal; // the last answer of 400 or more: what ended the conversation (QUIT's 221 follows it)
    int refusalCode = 0;
    // The refusal answered this message's envelope or data (MAIL, RCPT, DATA, the end of the data), not
    // the greeting, EHLO, STARTTLS or the login: only such an answer is about the message.
    bool refusalAboutMessage = false;
    bool replyAfterData = false;
    QByteArray lastCommand; // the verb of the last command sent
};

// libcurl shows what it sends here (with CURLOPT_VERBOSE): it tells which command an answer belongs to.
int conversationTrace(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type != CURLINFO_HEADER_OUT)
        return 0;
    auto* c = static_cast<Conversation*>(user);
    const QByteArray line(data, qsizetype(size));
    const qsizetype space = line.indexOf(' ');
    // Only the verb: an AUTH line and the login's answers must not be kept anywhere.
    c->lastCommand = line.left(space < 0 ? line.size() : space).trimmed().toUpper();
    return 0;
}

size_t readBody(char* buffer, size_t size, size_t count, void* user)
{
    auto* c = static_cast<Conversation*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = c->data->size() - c->offset;
    const qsizetype n = std::min(room, left);
    if (n > 0)
        std::memcpy(buffer, c->data->constData() + c->offset, size_t(n));
    c->offset += n;
    // With the size announced, libcurl stops asking once it has every byte, so "all handed over" is
    // the last byte copied, not a read that returns nothing.
    if (c->offset >= c->data->size())
        c->dataComplete = true;
    return size_t(n);
}

// libcurl passes every SMTP answer line here (pingpong protocols treat them as "headers").
size_t serverLine(char* buffer, size_t size, size_t count, void* user)
{
    auto* c = static_cast<Conversation*>(user);
    const QString line = QString::fromUtf8(buffer, qsizetype(size * count)).trimmed();
    if (line.size() >= 3) {
        c->pendingLines += (c->pendingLines.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        // "250-..." continues, "250 ..." (or a bare code) ends the answer.
        if (line.size() == 3 || line.at(3) != u'-') {
            c->lastReply = c->pendingLines;
            c->lastCode = line.left(3).toInt();
            c->pendingLines.clear();
            if (c->lastCode >= 400) {
                c->refusal = c->lastReply;
                c->refusalCode = c->lastCode;
                c->refusalAboutMessage = c->dataComplete || c->lastCommand == "MAIL" ||
                                         c->lastCommand == "RCPT" || c->lastCommand == "DATA";
            }
            if (c->dataComplete)
                c->replyAfterData = true;
        }
    }
    return size * count;
}

struct CurlDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, QString password)
    : m_settings(std::move(settings)), m_password(std::move(password))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString SmtpClient::kindName(Result::Kind kind)
{
    switch (kind) {
    case Result::Kind::Accepted:
        return QStringLiteral("accepted");
    case Result::Kind::Transient:
        return QStringLiteral("transient");
    case Result::Kind::Permanent:
        return QStringLiteral("permanent");
    case Result::Kind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

SmtpClient::Result SmtpClient::send(const QString& envelopeFrom, const QStringList& recipients,
                                    const QByteArray& message)
{
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Result{Result::Kind::Transient, {}, QStringLiteral("libcurl could not start"), true};

    Conversation conversation;
    conversation.data = &message;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // The URL's path is the name we greet with (EHLO).
    const QByteArray url = (m_settings.url() + u'/' + QSysInfo::machineHostName()).toUtf8();
    const QByteArray from = ("<" + envelopeFrom + ">").toUtf8();
    std::unique_ptr<curl_slist, ListDeleter> rcpt;
    for (const QString& recipient : recipients) {
        const QByteArray r = ("<" + recipient + ">").toUtf8();
        rcpt.reset(curl_slist_append(rcpt.release(), r.constData()));
    }
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &conversation);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, serverLine);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &conversation);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, conversationTrace);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &conversation);
    // smtp.timeout bounds every phase: the connection (with TLS), each answer the server owes us — the
    // greeting, every command, and the one after the data, which libcurl otherwise waits for 120 s
    // whatever the other limits say — and any stall while the data goes out. The whole conversation
    // has a ceiling too (conversationLimitSeconds), so a server that trickles bytes cannot hold us.
    const long timeout = long(m_settings.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, timeout);
    const int limit = conversationLimitSeconds(m_settings.timeoutSeconds, message.size());
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(limit));
    // Certificates are checked, always; a relay with its own CA names it in smtp.ca_file.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     m_settings.security == SmtpSettings::Security::StartTls ? long(CURLUSESSL_ALL)
                                                                             : long(CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(c);
    Result result;
    result.reply = conversation.lastReply;
    if (code == CURLE_OK) {
        result.kind = Result::Kind::Accepted;
        result.message = conversation.lastReply;
        return result;
    }

    QString what =
        errorBuffer[0] != 0 ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
    if (code == CURLE_OPERATION_TIMEDOUT)
        what = QStringLiteral("no answer within smtp.timeout (%1 s), or the conversation passed its limit of %2 s: %3")
                   .arg(m_settings.timeoutSeconds)
                   .arg(limit)
                   .arg(what);
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    const int replyCode = conversation.refusalCode;
    if (conversation.dataComplete && !conversation.replyAfterData) {
        // The last byte was handed over and no answer came: the server may have queued the message. Sending
        // it again could deliver it twice, so a person decides (docs/DESIGN.md "The outbox's promise").
        result.kind = Result::Kind::Unknown;
        result.message = QStringLiteral("%1: no answer after the whole message was sent (%2); the server may have it")
                             .arg(where, what);
        return result;
    }
    if (code == CURLE_LOGIN_DENIED) {
        // Our credentials, not this message: every message would meet the same.
        result.kind = Result::Kind::Permanent;
        result.serverProblem = true;
        result.message =
            QStringLiteral("%1: authentication rejected for user \"%2\": %3")
                .arg(where, m_settings.user, conversation.refusal.isEmpty() ? what : conversation.refusal);
        return result;
    }
    if (replyCode >= 400) {
        result.kind = replyCode >= 500 ? Result::Kind::Permanent : Result::Kind::Transient;
        // Only the server's answer to this message's envelope or data is about the message; a refused
        // greeting or EHLO, and 421 (the service closes the door for now), meet every message alike.
        result.serverProblem = !conversation.refusalAboutMessage || replyCode == 421;
        result.reply = conversation.refusal;
        result.message = QStringLiteral("%1 refused: %2").arg(where, conversation.refusal);
        return result;
    }
    // No answer about the message at all: nothing listens, the name does not resolve, TLS or the
    // certificate failed, the connection dropped or went silent before the end of the data. That is the
    // server's state, not the message's.
    result.kind = Result::Kind::Transient;
    result.serverProblem = true;
    result.message = QStringLiteral("%1: %2").arg(where, what);
    return result;
}

int SmtpClient::conversationLimitSeconds(int timeoutSeconds, qsizetype messageBytes)
{
    // Ten answers' worth of smtp.timeout for the commands, plus the data at a slow 8 KiB/s.
    return 10 * std::max(timeoutSeconds, 1) + int(messageBytes / 8192) + 1;
}

} // namespace settle
