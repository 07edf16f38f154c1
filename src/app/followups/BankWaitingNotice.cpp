#include "followups/BankWaitingNotice.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "bank/BankBook.h"
#include "ledger/Ledger.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace settle {

BankWaitingNotice::BankWaitingNotice(LedgerSession& session, QWidget* parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("bankWaitingNotice"));
    // The same band as FollowupNotice: colours from the palette, readable in a dark one.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#bankWaitingNotice { border: 2px solid palette(highlight); border-radius: 4px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bankWaitingText"));
    m_text->setWordWrap(true);
    m_button = new QPushButton(tr("Open the &Bank Page"), this);
    m_button->setObjectName(QStringLiteral("bankWaitingButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &BankWaitingNotice::bankRequested);
    setAccessibleName(tr("Bank entries not matched yet"));
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testFlag(Ledger::Change::Bank))
                refresh();
        });
        refresh();
    });
    connect(&m_session, &LedgerSession::closed, this, &BankWaitingNotice::refresh);
    hide();
}

QString BankWaitingNotice::text() const
{
    return m_text->text();
}

void BankWaitingNotice::refresh()
{
    m_count = 0;
    if (m_session.isOpen())
        Guarded::run([&] { m_count = BankBook(m_session.ledger()).unmatchedCount(); },
                     [&](const QString& why) { m_text->setText(tr("Cannot count the bank entries: %1").arg(why)); });
    m_text->setText(tr("%n bank entry(ies) are not matched yet: a payment among them may be for an invoice "
                       "this queue reminds. Check them before you send.",
                       nullptr, int(m_count)));
    setVisible(m_count > 0);
}

} // namespace settle
