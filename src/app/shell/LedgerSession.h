#pragma once

#include <QDate>
#include <QObject>
#include <QString>

class QTimer;

#include <memory>

namespace settle {

class Clock;
class Ledger;

// The ledger the window works on: opens, creates and closes it and tells the window, so that no
// widget holds a ledger that has gone. Opening failures throw SettleError with the core's message.
class LedgerSession : public QObject
{
    Q_OBJECT

public:
    struct NewLedger
    {
        QString companyName;
        QString address;
        QString currency = QStringLiteral("USD");
        QString paymentDetails; // how to pay: bank account, IBAN ...
        QString paperSize = QStringLiteral("A4");
    };

    explicit LedgerSession(const Clock& clock, QObject* parent = nullptr);
    ~LedgerSession() override;

    bool isOpen() const { return m_ledger != nullptr; }
    Ledger& ledger() const { return *m_ledger; }
    const Clock& clock() const { return m_clock; }
    QDate today() const;
    QString location() const { return m_location; }
    // For the window title: the company and the file.
    QString displayName() const;

    void open(const QString& location);
    // A new ledger file with the company profile; refuses to overwrite an existing file.
    void create(const QString& location, const NewLedger& profile);
    // Opens the file, creating it with the demo business when it is missing or empty.
    void openDemo(const QString& location);
    void close();

    // A shared ledger's server: false from the moment it stops answering until it answers again.
    bool isServerReachable() const { return !m_serverLost; }
    // Asks the server now instead of at the next tick (the watch asks every few seconds).
    void checkServer();

Q_SIGNALS:
    void opened();
    void aboutToClose();
    void closed();
    void serverLost();
    void serverBack();

private:
    void adopt(std::unique_ptr<Ledger> ledger, const QString& location);
    static void refuseReadOnly(Ledger& ledger, const QString& location);

    const Clock& m_clock;
    std::unique_ptr<Ledger> m_ledger;
    QString m_location;
    QTimer* m_serverWatch = nullptr;
    bool m_serverLost = false;
};

} // namespace settle
