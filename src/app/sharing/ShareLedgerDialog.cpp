#include "sharing/ShareLedgerDialog.h"

#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"

#include "ledger/LedgerTransfer.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace settle {

namespace {

struct CopyOutcome
{
    QString error;
    QStringList tables; // "name  rows", in the order copied
};

} // namespace

ShareLedgerDialog::ShareLedgerDialog(LedgerSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Share the Ledger on a Server"));
    setMinimumSize(600, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Copies this ledger into a PostgreSQL database so that several bookkeepers can work on it at once. "
           "The database must be new or hold no customers, invoices or payments yet. The copy is checked "
           "(row counts and balances) before it is kept; the file stays as it is, and changes made to the "
           "file afterwards are not in the copy."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://anna@ledger.example.com/books"));
    m_address->setToolTip(tr("postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD or "
                             "~/.pgpass."));
    form->addRow(tr("&Server address:"), m_address);
    layout->addLayout(form);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentTable"));
    layout->addWidget(m_current);
    m_bar = new QProgressBar(this);
    m_bar->setVisible(false);
    layout->addWidget(m_bar);
    m_done = new QListWidget(this);
    m_done->setObjectName(QStringLiteral("copiedTables"));
    m_done->setVisible(false);
    m_done->setMinimumHeight(160);
    m_done->setAccessibleName(tr("Tables copied"));
    layout->addWidget(m_done, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    m_open = buttons->addButton(tr("&Open the Shared Ledger"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_open->setVisible(false);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ShareLedgerDialog::startCopy);
    connect(m_close, &QPushButton::clicked, this, &ShareLedgerDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString address = m_copiedTo;
        accept();
        Q_EMIT openRequested(address);
    });
    connect(m_address, &QLineEdit::textChanged, this, &ShareLedgerDialog::updateButtons);
    updateButtons();
}

QString ShareLedgerDialog::message() const
{
    return m_message->text();
}

void ShareLedgerDialog::updateButtons()
{
    m_copy->setEnabled(!m_copying && m_copiedTo.isEmpty() && !m_address->text().trimmed().isEmpty());
    m_close->setEnabled(!m_copying);
    m_address->setReadOnly(m_copying || !m_copiedTo.isEmpty());
}

void ShareLedgerDialog::reject()
{
    // The copy is one transaction on the server: it finishes or rolls back, but is not left halfway by
    // closing the window.
    if (m_copying)
        return;
    QDialog::reject();
}

void ShareLedgerDialog::startCopy()
{
    if (m_copying || !m_session.isOpen())
        return;
    const QString to = m_address->text().trimmed();
    if (!Database::isPostgresUrl(to)) {
        m_message->setText(tr("\"%1\" is not the address of a PostgreSQL database; it starts with postgresql://, "
                              "for example postgresql://anna@ledger.example.com/books.")
                               .arg(to));
        return;
    }
    m_copying = true;
    m_message->clear();
    m_done->clear();
    m_done->setVisible(true);
    m_bar->setVisible(true);
    m_bar->setRange(0, 0);
    m_current->setText(tr("Opening %1…").arg(Database::displayName(to)));
    updateButtons();

    const QString from = m_session.location();
    const Clock* clock = &m_session.clock();
    const QPointer<ShareLedgerDialog> self(this);
    // Progress comes from the worker thread; it is shown on the window's.
    const LedgerCopier::Progress progress = [self](const QString& table, qint64 rows, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(), [self, table, rows, total] { if (self) self->showProgress(table, rows, total); },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<CopyOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, to] {
        const CopyOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.error.isEmpty())
            m_copiedTo = to;
        finished(outcome.error, outcome.tables);
    });
    watcher->setFuture(QtConcurrent::run([from, to, clock, progress] {
        CopyOutcome outcome;
        Guarded::run(
            [&] {
                const auto result = LedgerTransfer::copy(from, to, *clock, progress);
                for (const auto& table : result.tables)
                    outcome.tables << QStringLiteral("%1\t%2").arg(table.table).arg(table.rows);
            },
            [&](const QString& why) { outcome.error = why; });
        return outcome;
    }));
}

void ShareLedgerDialog::showProgress(const QString& table, qint64 rows, qint64 total)
{
    const QLocale locale;
    m_current->setText(tr("Copying %1: %2 of %3 rows")
                           .arg(table, locale.toString(rows), locale.toString(total)));
    // The bar counts in thousandths: a table's rows may pass what an int holds.
    m_bar->setRange(0, 1000);
    m_bar->setValue(total > 0 ? int(rows * 1000 / total) : 1000);
    if (rows == total)
        m_done->addItem(tr("%1 — %2 rows").arg(table, locale.toString(total)));
}

void ShareLedgerDialog::finished(const QString& error, const QStringList& tables)
{
    m_copying = false;
    m_bar->setVisible(false);
    if (!error.isEmpty()) {
        m_current->clear();
        m_message->setText(tr("The copy was not made: %1").arg(error));
    } else {
        qint64 rows = 0;
        for (const QString& line : tables)
            rows += line.section(u'\t', 1).toLongLong();
        m_current->setText(tr("Copied %1 tables, %2 rows.").arg(tables.size()).arg(QLocale().toString(rows)));
        m_message->setText(tr("The ledger is on the server; row counts and balances were checked. Open it here to "
                              "work on it, and give the other bookkeepers the same address."));
        m_open->setVisible(true);
        m_open->setDefault(true);
    }
    updateButtons();
}

} // namespace settle
