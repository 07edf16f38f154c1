#include "shell/LedgerSession.h"

#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "ledger/DemoLedger.h"
#include "ledger/Ledger.h"
#include "ledger/SettingKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace settle {

LedgerSession::LedgerSession(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    // A shared ledger's server may restart or drop off the network: asked every few seconds, so that the
    // window says so (and stops taking changes) and carries on by itself when it is back.
    m_serverWatch = new QTimer(this);
    m_serverWatch->setInterval(3000);
    connect(m_serverWatch, &QTimer::timeout, this, &LedgerSession::checkServer);
}

void LedgerSession::checkServer()
{
    if (!m_ledger)
        return;
    const bool reachable = m_ledger->database().isReachable();
    if (reachable == !m_serverLost)
        return;
    m_serverLost = !reachable;
    if (m_serverLost) {
        Q_EMIT serverLost();
        return;
    }
    Q_EMIT serverBack();
    // What the pages show may be an error read while the server was away, or out of date: other desks
    // may have worked meanwhile. Every page reads again.
    m_ledger->noteChangedElsewhere(Ledger::everything());
}

LedgerSession::~LedgerSession()
{
    close();
}

QDate LedgerSession::today() const
{
    return m_clock.today();
}

QString LedgerSession::displayName() const
{
    if (!m_ledger)
        return {};
    const QString company = m_ledger->setting(SettingKeys::CompanyName);
    // A shared ledger is named by its address (without a password), a file by its name.
    const QString file =
        Database::isPostgresUrl(m_location) ? Database::displayName(m_location) : QFileInfo(m_location).fileName();
    return company.isEmpty() ? file : QStringLiteral("%1 (%2)").arg(company, file);
}

void LedgerSession::adopt(std::unique_ptr<Ledger> ledger, const QString& location)
{
    close();
    m_ledger = std::move(ledger);
    m_location = location;
    if (m_ledger->database().engine() == Database::Engine::PostgreSQL)
        m_serverWatch->start();
    Q_EMIT opened();
}

void LedgerSession::open(const QString& location)
{
    if (location.trimmed().isEmpty())
        throw SettleError(SettleError::Kind::Usage, tr("No ledger file was given."));
    auto ledger = Ledger::open(location, Database::OpenMode::MustExist, m_clock);
    refuseReadOnly(*ledger, location);
    adopt(std::move(ledger), location);
}

void LedgerSession::refuseReadOnly(Ledger& ledger, const QString& location)
{
    // Every page of the window edits; opened read-only, the first save would fail. Better to say
    // at once why it cannot be worked on, and what to do (settle-cli still reads it).
    if (ledger.database().isReadOnly())
        throw SettleError(SettleError::Kind::Runtime,
                          tr("%1 is read-only: the file or its folder cannot be written, so Settle cannot work on it. "
                             "Copy it to a folder you can write to, or ask for write permission; settle-cli can "
                             "still read it (lists, reports, statements).")
                              .arg(QDir::toNativeSeparators(location)));
}

void LedgerSession::create(const QString& location, const NewLedger& profile)
{
    if (QFileInfo(location).exists() && QFileInfo(location).size() > 0)
        throw SettleError(SettleError::Kind::Usage,
                          tr("%1 already exists; open it instead, or choose another name.").arg(location));
    if (profile.companyName.trimmed().isEmpty())
        throw SettleError(SettleError::Kind::BadInput, tr("The company needs a name."));
    QDir().mkpath(QFileInfo(location).absolutePath());
    auto ledger = Ledger::open(location, Database::OpenMode::CreateIfMissing, m_clock);
    ledger->initialize(profile.companyName.trimmed(), profile.currency);
    // One audited call per setting; empty ones are left unset.
    const std::pair<const char*, QString> values[] = {{"company.address", profile.address},
                                                      {"company.payment_details", profile.paymentDetails},
                                                      {"company.paper_size", profile.paperSize}};
    for (const auto& [key, value] : values)
        if (!value.trimmed().isEmpty())
            ledger->setSetting(QString::fromLatin1(key), value.trimmed());
    adopt(std::move(ledger), location);
}

void LedgerSession::openDemo(const QString& location)
{
    QDir().mkpath(QFileInfo(location).absolutePath());
    const bool fresh = !QFileInfo(location).exists() || QFileInfo(location).size() == 0;
    auto ledger = Ledger::open(location, fresh ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist,
                               m_clock);
    refuseReadOnly(*ledger, location);
    if (fresh) {
        ledger->initialize(QStringLiteral("Northwind Design Studio"), QStringLiteral("USD"));
        DemoLedger::populate(*ledger);
    }
    adopt(std::move(ledger), location);
}

void LedgerSession::close()
{
    if (!m_ledger)
        return;
    Q_EMIT aboutToClose();
    m_serverWatch->stop();
    m_serverLost = false;
    m_ledger.reset();
    m_location.clear();
    Q_EMIT closed();
}

} // namespace settle
