#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace settle::test {

struct SmtpServerOptions
{
    // ok, tempfail, reject, reject-rcpt, drop-rcpt, drop-data, silent-greeting, silent-rcpt, silent-data
    QString mode = QStringLiteral("ok");
    double delaySeconds = 0;
    int stopAfter = 0;
    QString user;
    QString password;
    QString tls = QStringLiteral("none"); // none, starttls, ssl (a self-signed certificate, certificate())
    double silenceSeconds = 0; // silent-* modes: how long the server says nothing before it hangs up (0: 30 s)
};

// A real SMTP server on 127.0.0.1 for one test: tests/support/smtp_test_server.py (aiosmtpd) run by
// Debian's /usr/bin/python3. It writes what it accepts into a folder, with the
// message as Python's email parser reads it, so the test compares against an independent decoder.
class SmtpTestServer
{
public:
    using Options = SmtpServerOptions;

    struct Received
    {
        QJsonObject summary; // envelope and parsed message (see the script)
        QString subject() const { return summary.value(QStringLiteral("subject")).toString(); }
        QStringList rcptTos() const
        {
            QStringList result;
            for (const auto& v : summary.value(QStringLiteral("rcpt_tos")).toArray())
                result << v.toString();
            return result;
        }
        QString text(const char* key) const
        {
            return summary.value(QLatin1String(key))
                .toString()
                .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        }
    };

    explicit SmtpTestServer(Options options = Options()) : m_options(std::move(options)) {}
    ~SmtpTestServer() { stop(); }

    static QString script() { return QStringLiteral(SETTLE_TEST_DATA "/../support/smtp_test_server.py"); }

    // Starts on a free port (the first time) or on the port it had (a restart). False when it did not come
    // up.
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{script(),
                         QStringLiteral("--dir"),
                         folder(),
                         QStringLiteral("--port"),
                         QString::number(m_port),
                         QStringLiteral("--mode"),
                         m_options.mode};
        if (m_options.delaySeconds > 0)
            args << QStringLiteral("--delay") << QString::number(m_options.delaySeconds);
        if (m_options.stopAfter > 0)
            args << QStringLiteral("--stop-after") << QString::number(m_options.stopAfter);
        if (m_options.silenceSeconds > 0)
            args << QStringLiteral("--silence") << QString::number(m_options.silenceSeconds);
        if (m_options.tls != u"none")
            args << QStringLiteral("--tls") << m_options.tls;
        if (!m_options.user.isEmpty())
            args << QStringLiteral("--user") << m_options.user << QStringLiteral("--password")
                 << m_options.password;
        m_process->start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 20000) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
            const int at = out.indexOf("PORT ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                m_port = out.mid(at + 5, out.indexOf('\n', at) - at - 5).trimmed().toInt();
                return m_port > 0;
            }
            if (m_process->state() != QProcess::Running)
                break;
        }
        m_error = QString::fromUtf8(m_process->readAllStandardError());
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel(); // the script ends when its stdin closes
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    // Restart with other switches, on the same port and folder.
    bool restart(Options options)
    {
        stop();
        m_options = std::move(options);
        return start();
    }

    int port() const { return m_port; }
    QString error() const { return m_error; }
    QString folder() const { return m_dir.filePath(QStringLiteral("received")); }
    // The server's self-signed certificate (with tls), to name as the trusted CA.
    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

    QList<Received> received() const
    {
        QList<Received> result;
        const QDir dir(folder());
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                result << Received{QJsonDocument::fromJson(file.readAll()).object()};
        }
        return result;
    }

    // Waits until at least `count` messages arrived (or the timeout passed); returns how many did.
    qsizetype waitForCount(qsizetype count, int timeoutMs = 30000) const
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype n = 0;
        while ((n = received().size()) < count && timer.elapsed() < timeoutMs)
            QThread::msleep(20);
        return n;
    }

    // Waits until the data of at least `count` messages has reached the server (answered or not).
    qsizetype waitForStarted(qsizetype count, int timeoutMs = 30000) const
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype n = 0;
        while ((n = QDir(folder()).entryList({QStringLiteral("started-*")}, QDir::Files).size()) < count &&
               timer.elapsed() < timeoutMs)
            QThread::msleep(10);
        return n;
    }

private:
    Options m_options;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_error;
    std::unique_ptr<QProcess> m_process;
};

} // namespace settle::test
