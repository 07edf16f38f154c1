#include "mail/SmtpPassword.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace settle {

namespace {

const QString service = QStringLiteral("settle-smtp");

// Runs a keychain job to its end. Qt6Keychain 0.13 has no isAvailable(): without a Secret Service the
// job fails at once with an error; the timer only guards against a keyring that never answers.
QString runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return QStringLiteral("the keyring did not answer within 15 seconds");
    // Qt6Keychain's own texts can be as bare as "Unknown error"; say what the code means.
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("no keyring service is running: %1").arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QStringLiteral("the keyring refused access: %1").arg(job.errorString());
    case QKeychain::EntryNotFound:
        return QStringLiteral("no entry");
    default:
        return QStringLiteral("keyring error %1: %2").arg(int(job.error())).arg(job.errorString());
    }
}

} // namespace

SmtpPassword::Lookup SmtpPassword::lookup(const QString& user, const QString& host)
{
    Lookup result;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyringKey(user, host));
    const QString error = runJob(job);
    if (error.isEmpty() && !job.textData().isEmpty()) {
        result.password = job.textData();
        result.source = Source::Keyring;
        result.note =
            QStringLiteral("SMTP password for %1 from the system keyring").arg(keyringKey(user, host));
        return result;
    }
    const QString why = error.isEmpty() || error == u"no entry"
                            ? QStringLiteral("the keyring has no password for %1").arg(keyringKey(user, host))
                            : QStringLiteral("no keyring (%1)").arg(error);
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        result.password = qEnvironmentVariable(environmentVariable);
        result.source = Source::Environment;
        result.note =
            QStringLiteral("SMTP password from %1: %2").arg(QLatin1String(environmentVariable), why);
        return result;
    }
    result.note = QStringLiteral("no SMTP password: %1, and %2 is not set")
                      .arg(why, QLatin1String(environmentVariable));
    return result;
}

QString SmtpPassword::store(const QString& user, const QString& host, const QString& password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyringKey(user, host));
    job.setTextData(password);
    return runJob(job);
}

} // namespace settle
