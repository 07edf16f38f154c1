#pragma once

#include <QFrame>

class QLabel;

namespace settle {

class LedgerSession;

// The band across the window while a shared ledger's server cannot be reached: it says so and that
// Settle keeps trying; it goes when LedgerSession has the connection back.
class ServerBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ServerBanner(LedgerSession& session, QWidget* parent = nullptr);

    QString text() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace settle
