#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace settle {

class LedgerSession;

// File → Share on a Server…: the open ledger file copied into a PostgreSQL database so that several
// bookkeepers can work on it, with each table's rows shown as they go (a big ledger takes a while),
// and then, if the user wants, opened in this window. The file itself is left as it was.
class ShareLedgerDialog : public QDialog
{
    Q_OBJECT

public:
    ShareLedgerDialog(LedgerSession& session, QWidget* parent = nullptr);

    // Starts the copy to the address typed (as the Copy button does); the result comes back later.
    void startCopy();
    bool isCopying() const { return m_copying; }
    // The sentence under the form: what went wrong, or that the copy is done.
    QString message() const;

Q_SIGNALS:
    // The user asked to work on the copy: the address of the shared ledger.
    void openRequested(const QString& address);

protected:
    void reject() override;

private:
    void showProgress(const QString& table, qint64 rows, qint64 total);
    void finished(const QString& error, const QStringList& tables);
    void updateButtons();

    LedgerSession& m_session;
    QLineEdit* m_address = nullptr;
    QLabel* m_current = nullptr;
    QProgressBar* m_bar = nullptr;
    QListWidget* m_done = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QString m_copiedTo;
    bool m_copying = false;
};

} // namespace settle
