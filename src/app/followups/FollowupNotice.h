#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace settle {

class FollowupMonitor;

// A band above a page that says why follow-ups stopped, in the user's words, with a button to the
// setting that mends it ("Your payment details are not set yet … [Open Settings → Company]"). It
// follows the monitor: it goes as soon as a run went through or another ledger is open.
class FollowupNotice : public QFrame
{
    Q_OBJECT

public:
    explicit FollowupNotice(QWidget* parent = nullptr);

    void setMonitor(FollowupMonitor* monitor);
    QString text() const;

Q_SIGNALS:
    // The Settings page, on this tab (object name), with the focus in this field.
    void settingRequested(const QString& tab, const QString& field);

private:
    void refresh();

    FollowupMonitor* m_monitor = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
};

} // namespace settle
