#pragma once

#include <QFrame>

class QLabel;

namespace settle {

class LedgerSession;

// A band on the follow-up desk, above the queue and so before anything is sent: "2 emails are in
// English although their customer's language is French", naming the customers and templates. A stage
// template that exists only in English is used for such a customer rather than no message at all
// (TemplateLibrary::resolve), but never silently: the person writes the template in that language on
// the Templates page, or reads the English text before it goes. Reads again whenever follow-ups, the
// outbox, templates or customers change.
class LanguageFallbackNotice : public QFrame
{
    Q_OBJECT

public:
    explicit LanguageFallbackNotice(LedgerSession& session, QWidget* parent = nullptr);

    QString text() const;
    qint64 count() const { return m_count; }

public Q_SLOTS:
    void refresh();

private:
    LedgerSession& m_session;
    QLabel* m_text = nullptr;
    qint64 m_count = 0;
};

} // namespace settle
