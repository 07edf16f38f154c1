#include "bank/BankPage.h"
#include "ui_BankPage.h"

#include "bank/BankAssignDialog.h"
#include "bank/BankEntryModel.h"
#include "bank/BankImportJob.h"
#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "widgets/Guarded.h"
#include "widgets/LocaleDates.h"
#include "widgets/MessageBox.h"
#include "widgets/ReadableColours.h"
#include "widgets/TableLayout.h"

#include "bank/BankBook.h"
#include "ledger/Ledger.h"
#include "money/LocaleAmount.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabBar>

#include <utility>

namespace settle {

namespace {

using Status = BankEntryRecord::Status;

// The tabs that show one status (All shows every entry).
constexpr std::pair<BankPage::Tab, Status> tabStatuses[] = {
    {BankPage::SuggestedTab, Status::Suggested}, {BankPage::UnmatchedTab, Status::Unmatched},
    {BankPage::MatchedTab, Status::Matched},     {BankPage::IgnoredTab, Status::Ignored},
    {BankPage::OutgoingTab, Status::Outgoing},
};

std::optional<Status> statusOf(BankPage::Tab tab)
{
    for (const auto& [shown, status] : tabStatuses)
        if (shown == tab)
            return status;
    return std::nullopt;
}

BankPage::Tab tabOf(Status status)
{
    for (const auto& [tab, shown] : tabStatuses)
        if (shown == status)
            return tab;
    return BankPage::AllTab;
}

} // namespace

BankPage::BankPage(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BankPage>()), m_session(session), m_settings(settings),
      m_model(new BankEntryModel(session, this)), m_job(new BankImportJob(session, this))
{
    m_ui->setupUi(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BankEntryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->table->setModel(m_proxy);
    TableLayout::prepare(m_ui->table);
    m_ui->table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->table->sortByColumn(BankEntryModel::Date, Qt::DescendingOrder);
    const bool remembered = !m_settings.tableLayout(QStringLiteral("bank")).isEmpty();
    TableLayout::restore(m_ui->table, m_settings, QStringLiteral("bank"));
    // The suggestion is what a person decides on: it takes the room left; an IBAN and a remittance
    // text are read whole.
    TableLayout::stretch(m_ui->table, BankEntryModel::Suggestion);
    if (!remembered) {
        m_ui->table->setColumnWidth(BankEntryModel::Iban, 190);
        m_ui->table->setColumnWidth(BankEntryModel::Text, 180);
    }
    m_ui->table->installEventFilter(this);

    for (int tab = 0; tab < TabCount; ++tab)
        m_ui->statusTabs->addTab(QString());
    m_ui->statusTabs->setExpanding(false);
    m_ui->statusTabs->setDrawBase(false);
    updateTabs();
    connect(m_ui->statusTabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_tabChosen = true;
        m_model->setStatus(statusOf(Tab(tab)));
        if (m_proxy->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_proxy->index(0, 0));
        updateDetail();
    });
    m_model->setStatus(statusOf(SuggestedTab));

    m_ui->importRow->hide();
    m_ui->importProgress->setRange(0, 0);
    connect(m_ui->importStatement, &QPushButton::clicked, this, &BankPage::chooseFile);
    connect(m_ui->cancelImport, &QPushButton::clicked, this, &BankPage::cancelImport);
    connect(m_job, &BankImportJob::progressed, this, &BankPage::importProgressed);
    connect(m_job, &BankImportJob::finished, this, &BankPage::importDone);

    connect(m_ui->filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->accept, &QPushButton::clicked, this, &BankPage::acceptCurrent);
    connect(m_ui->assign, &QPushButton::clicked, this, &BankPage::assignCurrent);
    connect(m_ui->ignore, &QPushButton::clicked, this, &BankPage::ignoreCurrent);
    connect(m_ui->undo, &QPushButton::clicked, this, &BankPage::undoCurrent);
    // Accept is one key: Enter on the table (see eventFilter), Ctrl+Enter anywhere on the page.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &BankPage::acceptCurrent);
    }
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BankPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTabs();
        // A cursor on the first entry, so that Enter accepts at once; act() moves it where it belongs.
        if (!m_ui->table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_proxy->index(0, 0));
        updateDetail();
    });
    connect(m_model, &BankEntryModel::loadFailed, this,
            [this](const QString& why) { say(tr("Cannot read the bank entries: %1").arg(why), true); });
    connect(&m_session, &LedgerSession::opened, this, [this] {
        m_tabChosen = false;
        m_ui->filter->clear();
        say(QString(), false);
    });
    updateDetail();
}

BankPage::~BankPage() = default;

QTableView* BankPage::table() const
{
    return m_ui->table;
}

void BankPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    if (!m_tabChosen) {
        // Open where there is something to do.
        const Tab first = m_model->count(Status::Suggested) > 0   ? SuggestedTab
                          : m_model->count(Status::Unmatched) > 0 ? UnmatchedTab
                          : m_model->totalCount() > 0             ? AllTab
                                                                  : SuggestedTab;
        showTab(first);
        m_tabChosen = false;
    }
}

bool BankPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~(Qt::ControlModifier | Qt::KeypadModifier))) {
            acceptCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BankPage::showTab(Tab tab)
{
    if (m_ui->statusTabs->currentIndex() == int(tab)) {
        m_model->setStatus(statusOf(tab));
        updateDetail();
    }
    m_ui->statusTabs->setCurrentIndex(int(tab));
}

BankPage::Tab BankPage::currentTab() const
{
    return Tab(m_ui->statusTabs->currentIndex());
}

QString BankPage::tabText(Tab tab) const
{
    return m_ui->statusTabs->tabText(int(tab));
}

void BankPage::updateTabs()
{
    const QLocale locale;
    // No mnemonics on the tabs: the page's buttons and the menus have the letters.
    const auto label = [&](const QString& name, int count) {
        return count > 0 ? tr("%1 (%2)").arg(name, locale.toString(count)) : name;
    };
    m_ui->statusTabs->setTabText(SuggestedTab, label(tr("Suggested"), m_model->count(Status::Suggested)));
    m_ui->statusTabs->setTabText(UnmatchedTab, label(tr("Not matched"), m_model->count(Status::Unmatched)));
    m_ui->statusTabs->setTabText(MatchedTab, label(tr("Matched"), m_model->count(Status::Matched)));
    m_ui->statusTabs->setTabText(IgnoredTab, label(tr("Ignored"), m_model->count(Status::Ignored)));
    m_ui->statusTabs->setTabText(OutgoingTab, label(tr("Outgoing"), m_model->count(Status::Outgoing)));
    m_ui->statusTabs->setTabText(AllTab, label(tr("All"), m_model->totalCount()));
    m_ui->statusTabs->setTabToolTip(SuggestedTab, tr("Settle found the payer or the invoices; you decide"));
    m_ui->statusTabs->setTabToolTip(UnmatchedTab, tr("Nothing certain enough: assign them"));
    m_ui->statusTabs->setTabToolTip(MatchedTab, tr("A payment is recorded for them"));
    m_ui->statusTabs->setTabToolTip(OutgoingTab, tr("Money out: listed, never touches receivables"));
}

const BankEntryRecord* BankPage::current() const
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->table->currentIndex());
    return index.isValid() ? m_model->record(index.row()) : nullptr;
}

std::optional<qint64> BankPage::currentId() const
{
    if (const BankEntryRecord* r = current())
        return r->id;
    return std::nullopt;
}

bool BankPage::selectEntry(qint64 id)
{
    m_model->setActive(true);
    int row = m_model->rowOf(id);
    if (row < 0) {
        showTab(AllTab);
        row = m_model->rowOf(id);
        if (row < 0)
            return false;
        if (const BankEntryRecord* r = m_model->record(row)) {
            showTab(tabOf(r->status));
            row = m_model->rowOf(id);
        }
    }
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_ui->table->setCurrentIndex(at);
    m_ui->table->scrollTo(at);
    updateDetail();
    return true;
}

void BankPage::updateDetail()
{
    const BankEntryRecord* r = current();
    const bool open = r && (r->status == Status::Suggested || r->status == Status::Unmatched);
    m_ui->accept->setEnabled(open && !r->customerCode.isEmpty());
    m_ui->assign->setEnabled(open);
    m_ui->ignore->setEnabled(open);
    m_ui->undo->setEnabled(r && (r->status == Status::Matched || r->status == Status::Ignored));
    if (!r) {
        m_ui->detail->setText(m_model->rowCount() == 0 && m_model->totalCount() == 0
                                  ? tr("No bank entries yet. Import the statement file your bank gives you "
                                       "(camt.053, MT940, OFX or CSV), or drop it on the window.")
                                  : QString());
        return;
    }
    const BankEntry& e = r->entry;
    const QLocale locale;
    QString text = tr("%1: %2 from %3")
                       .arg(LocaleDates::shortDate(e.bookingDate),
                            LocaleAmount::formatWithCode(e.amount, e.currency, locale),
                            e.counterparty.isEmpty() ? tr("an unnamed payer") : e.counterparty);
    if (e.amount < 0)
        text = tr("%1: %2 to %3")
                   .arg(LocaleDates::shortDate(e.bookingDate),
                        LocaleAmount::formatWithCode(-e.amount, e.currency, locale),
                        e.counterparty.isEmpty() ? tr("an unnamed payee") : e.counterparty);
    if (!e.text.isEmpty())
        text += QStringLiteral(" — ") + tr("\"%1\"").arg(e.text);
    const QString suggestion = m_model->suggestionText(*r);
    switch (r->status) {
    case Status::Suggested:
        text += QStringLiteral("\n") + tr("Suggested: %1. Enter records it; Assign chooses otherwise.").arg(suggestion);
        break;
    case Status::Unmatched:
        text += QStringLiteral("\n") +
                (suggestion.isEmpty() ? tr("Settle found no customer for it: Assign chooses one.")
                                      : tr("Not certain: %1. Assign chooses the customer and invoices.").arg(suggestion));
        break;
    case Status::Matched:
        text += QStringLiteral("\n") + tr("Recorded as a payment: %1. Undo removes the payment.").arg(suggestion);
        break;
    case Status::Ignored:
        text += QStringLiteral("\n") + tr("Ignored: not a customer's payment. Undo takes it back.");
        break;
    case Status::Outgoing:
        text += QStringLiteral("\n") + tr("Money out: it never touches receivables.");
        break;
    }
    m_ui->detail->setText(text);
}

void BankPage::say(const QString& text, bool problem)
{
    m_ui->status->setText(text);
    m_statusIsProblem = problem;
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, ReadableColours::problem(palette));
    m_ui->status->setPalette(palette);
}

QString BankPage::statusText() const
{
    return m_ui->status->text();
}

QString BankPage::detailText() const
{
    return m_ui->detail->text();
}

bool BankPage::act(const QString& failureTitle, const std::function<void(qint64 id)>& action)
{
    const BankEntryRecord* r = current();
    if (!r || !m_session.isOpen())
        return false;
    const qint64 id = r->id;
    const int row = m_ui->table->currentIndex().row();
    if (!Guarded::run([&] { action(id); },
                      [&](const QString& why) { say(tr("%1: %2").arg(failureTitle, why), true); }))
        return false;
    // The entry left this tab (or changed in place): the cursor stays at the same place in the list,
    // on the next entry to look at.
    if (m_model->rowOf(id) < 0 && m_proxy->rowCount() > 0)
        m_ui->table->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0));
    else if (m_model->rowOf(id) >= 0)
        m_ui->table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0)));
    updateDetail();
    return true;
}

bool BankPage::acceptCurrent()
{
    const BankEntryRecord* r = current();
    if (!r || r->customerCode.isEmpty() || (r->status != Status::Suggested && r->status != Status::Unmatched))
        return false;
    const QString what = m_model->suggestionText(*r);
    const QString amount = LocaleAmount::formatWithCode(r->entry.amount, r->entry.currency, QLocale());
    return act(tr("Cannot record the payment"), [&](qint64 id) {
        BankBook(m_session.ledger()).accept(id);
        say(tr("Recorded %1 from the bank: %2.").arg(amount, what), false);
    });
}

BankAssignDialog* BankPage::assignCurrent()
{
    const BankEntryRecord* r = current();
    if (!r || (r->status != Status::Suggested && r->status != Status::Unmatched))
        return nullptr;
    auto* dialog = new BankAssignDialog(m_session, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int row = m_ui->table->currentIndex().row();
    connect(dialog, &BankAssignDialog::recorded, this, [this, row](qint64) {
        say(tr("Payment recorded."), false);
        if (m_proxy->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0));
        updateDetail();
    });
    m_assign = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_assign == dialog)
            m_assign = nullptr;
    });
    dialog->open();
    return dialog;
}

bool BankPage::ignoreCurrent()
{
    return act(tr("Cannot ignore the entry"), [&](qint64 id) {
        BankBook(m_session.ledger()).ignore(id);
        say(tr("Ignored: it is not a customer's payment."), false);
    });
}

bool BankPage::undoCurrent()
{
    const BankEntryRecord* r = current();
    if (!r)
        return false;
    const bool matched = r->status == Status::Matched;
    return act(tr("Cannot undo"), [&](qint64 id) {
        BankBook(m_session.ledger()).undo(id);
        say(matched ? tr("The payment recorded for the entry is removed; the entry waits again.")
                    : tr("The entry waits again."),
            false);
    });
}

void BankPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Bank Statement"), m_settings.lastFolder(),
        tr("Bank statements (*.xml *.camt *.053 *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    importFile(path);
}

bool BankPage::importFile(const QString& path)
{
    if (m_job->isRunning()) {
        say(tr("A statement is still being imported; wait for it or cancel it."), true);
        return false;
    }
    if (!m_job->start(path))
        return false;
    m_ui->importLabel->setText(tr("Importing %1 …").arg(QFileInfo(path).fileName()));
    m_ui->importProgress->setRange(0, 0);
    m_ui->cancelImport->setEnabled(true);
    m_ui->importRow->show();
    m_ui->importStatement->setEnabled(false);
    say(QString(), false);
    return true;
}

void BankPage::cancelImport()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_ui->cancelImport->setEnabled(false);
    m_ui->importLabel->setText(tr("Cancelling …"));
}

bool BankPage::isImporting() const
{
    return m_job->isRunning();
}

void BankPage::importProgressed(int done, int total)
{
    if (total <= 0) {
        m_ui->importProgress->setRange(0, 0); // still reading the file
        return;
    }
    m_ui->importProgress->setRange(0, total);
    m_ui->importProgress->setValue(done);
}

void BankPage::importDone()
{
    m_ui->importRow->hide();
    m_ui->importStatement->setEnabled(true);
    const BankImportJob::Outcome& outcome = m_job->outcome();
    const QString file = QFileInfo(m_job->path()).fileName();
    if (outcome.cancelled) {
        say(tr("Import of %1 cancelled; nothing was imported.").arg(file), false);
        Q_EMIT importFinished(QString());
        return;
    }
    if (!outcome.counts) {
        say(tr("Nothing was imported from %1: %2").arg(file, outcome.error), true);
        Q_EMIT importFinished(outcome.error);
        // A bank CSV whose columns Settle cannot tell: the import wizard lets the user say.
        if (QFileInfo(m_job->path()).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0 &&
            MessageBox::question(this, tr("Bank statement CSV"),
                                 tr("Nothing was imported from %1:\n%2\n\nMatch its columns in the import "
                                    "wizard? Settle remembers them for this bank.")
                                     .arg(file, outcome.error)))
            Q_EMIT csvMappingRequested(m_job->path());
        return;
    }
    const BankImportCounts& c = *outcome.counts;
    QString text = tr("%1: %n entry(ies)", nullptr, c.entries).arg(file);
    if (c.duplicates > 0)
        text += tr(", %n already imported before", nullptr, c.duplicates);
    text += tr("; %n payment(s) matched and recorded", nullptr, c.matched);
    text += tr(", %n suggested", nullptr, c.suggested);
    text += tr(", %n not matched", nullptr, c.unmatched);
    if (c.outgoing > 0)
        text += tr(", %n outgoing", nullptr, c.outgoing);
    say(text + tr("."), false);
    // Show what waits for a person, unless the user is looking at a tab of their choice.
    if (!m_tabChosen || currentTab() == MatchedTab || currentTab() == IgnoredTab || currentTab() == OutgoingTab) {
        showTab(c.suggested > 0 ? SuggestedTab : c.unmatched > 0 ? UnmatchedTab : AllTab);
        m_tabChosen = false;
    }
    Q_EMIT importFinished(QString());
}

void BankPage::saveLayout()
{
    TableLayout::save(m_ui->table, m_settings, QStringLiteral("bank"));
}

} // namespace settle
