#include "followups/LanguageFallbackNotice.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "ledger/Ledger.h"
#include "templates/LanguageFallbacks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace settle {

namespace {

QString languageName(const QString& code)
{
    if (code == u"en")
        return QStringLiteral("English");
    const QString name = QLocale::languageToString(QLocale(code).language());
    return name.isEmpty() || QLocale(code).language() == QLocale::C ? code : name;
}

} // namespace

LanguageFallbackNotice::LanguageFallbackNotice(LedgerSession& session, QWidget* parent)
    : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("languageFallbackNotice"));
    // The same band as BankWaitingNotice: colours from the palette, readable in a dark one.
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("#languageFallbackNotice { border: 2px solid palette(highlight); border-radius: 4px; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("languageFallbackText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Emails not in their customer's language"));
    connect(&m_session, &LedgerSession::opened, this, [this] {
        connect(&m_session.ledger(), &Ledger::changed, this, [this](Ledger::Changes changes) {
            if (changes.testFlag(Ledger::Change::Followups) || changes.testFlag(Ledger::Change::Outbox) ||
                changes.testFlag(Ledger::Change::Templates) || changes.testFlag(Ledger::Change::Customers))
                refresh();
        });
        refresh();
    });
    connect(&m_session, &LedgerSession::closed, this, &LanguageFallbackNotice::refresh);
    hide();
}

QString LanguageFallbackNotice::text() const
{
    return m_text->text();
}

void LanguageFallbackNotice::refresh()
{
    m_count = 0;
    QList<LanguageFallbacks::Message> messages;
    if (m_session.isOpen())
        Guarded::run([&] { messages = LanguageFallbacks(m_session.ledger()).onDesk(); },
                     [&](const QString& why) {
                         m_text->setText(tr("Cannot check the languages of the queued emails: %1").arg(why));
                     });
    m_count = messages.size();
    if (m_count == 0) {
        hide();
        return;
    }
    QStringList which;
    for (const auto& m : std::as_const(messages)) {
        const QString line = tr("%1 (%2): \"%3\" in %4 instead of %5")
                                 .arg(m.customerName, m.customerCode, m.templateKey, languageName(m.used),
                                      languageName(m.wanted));
        if (!which.contains(line))
            which << line;
    }
    m_text->setText(tr("%n email(s) in this queue are not in their customer's language, because the template "
                       "is not written in it: %1. Write the template in that language on the Templates page, "
                       "or read the text before you send it.",
                       nullptr, int(m_count))
                        .arg(which.join(QStringLiteral("; "))));
    show();
}

} // namespace settle
