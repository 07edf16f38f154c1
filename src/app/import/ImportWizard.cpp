#include "import/ImportWizard.h"
#include "ui_ImportWizard.h"

#include "bank/BankImportJob.h"
#include "shell/AppSettings.h"
#include "shell/LedgerSession.h"
#include "widgets/FieldState.h"
#include "widgets/Guarded.h"

#include "bank/BankCsvMappingStore.h"
#include "dates/Clock.h"
#include "errors/SettleError.h"
#include "money/LocaleAmount.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>

namespace settle {

namespace {

// The kind box's value for a bank statement CSV (the others are Ledger::ImportKind values).
constexpr int BankCsvKind = -1;

// Runs on a worker thread with a connection of its own (Qt SQL connections belong to one thread):
// the same file, the same clock, one transaction.
ImportWizard::Outcome importOnWorker(QString location, const Clock* clock, Ledger::ImportKind kind,
                                     QString path)
{
    ImportWizard::Outcome outcome;
    Guarded::run(
        [&] {
            auto ledger = Ledger::open(location, Database::OpenMode::MustExist, *clock);
            outcome.imported = ledger->import(kind, path);
        },
        [&](const QString& why) { outcome.error = why; });
    return outcome;
}

} // namespace

ImportWizard::ImportWizard(LedgerSession& session, AppSettings& settings, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::ImportWizard>()), m_session(session), m_settings(settings)
{
    m_ui->setupUi(this);
    for (QLabel* message : {m_ui->chooseMessage, m_ui->mapMessage})
        message->setStyleSheet(FieldState::problemStyle(this));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_ui->kind->addItem(tr("Customers"), int(Ledger::ImportKind::Customers));
    m_ui->kind->addItem(tr("Invoices"), int(Ledger::ImportKind::Invoices));
    m_ui->kind->addItem(tr("Payments"), int(Ledger::ImportKind::Payments));
    m_ui->kind->addItem(tr("Bank statement (CSV)"), BankCsvKind);
    auto updateHint = [this] {
        if (isBankStatementCsv()) {
            m_ui->columnsHint->setText(
                tr("Your bank's CSV export: you say which column is the booking date, the amount, the payer, "
                   "the IBAN and the text. Settle remembers it for files with the same columns."));
            return;
        }
        const auto kind = Ledger::ImportKind(m_ui->kind->currentData().toInt());
        m_ui->columnsHint->setText(
            tr("Settle's columns: %1 (needed), %2.")
                .arg(ImportPresenter::requiredColumns(kind).join(QStringLiteral(", ")),
                     ImportPresenter::optionalColumns(kind).join(QStringLiteral(", "))));
    };
    updateHint();
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, updateHint);
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a CSV File"), m_settings.lastFolder(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty()) {
            m_settings.setLastFolder(QFileInfo(path).absolutePath());
            m_ui->filePath->setText(path);
        }
    });
    connect(m_ui->checkAgain, &QPushButton::clicked, this, [this] {
        if (isBankStatementCsv()) {
            // The mended file keeps the columns the user chose.
            const BankCsvMapping chosen = m_bank.mapping();
            if (loadFile()) {
                m_bank.propose(chosen);
                runBankCheck();
            }
            return;
        }
        if (loadFile()) {
            // The mended file keeps the mapping the user chose.
            const auto mapping = m_presenter.mapping();
            m_presenter.proposeMapping(mapping);
            runCheck();
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::pageShown);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportWizard::importDone);
    m_ui->mapping->setColumnCount(3);
    m_ui->mapping->setHorizontalHeaderLabels(
        {tr("Column in your file"), tr("First value"), tr("Settle column")});
    m_ui->mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->mapping->verticalHeader()->hide();
    m_ui->preview->verticalHeader()->hide();
    m_ui->preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->preview->setWordWrap(false);
    m_ui->checkSummary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    // The bank CSV's date format and decimal mark, beside its columns.
    m_ui->bankFormat->hide();
    m_ui->dateFormat->addItems(BankCsvMapping::dateFormats());
    m_ui->decimalSeparator->addItem(tr("1,234.56 (decimal point)"), QStringLiteral("."));
    m_ui->decimalSeparator->addItem(tr("1.234,56 (decimal comma)"), QStringLiteral(","));
    connect(m_ui->dateFormat, &QComboBox::currentTextChanged, this, [this](const QString& format) {
        m_bank.setDateFormat(format.trimmed());
    });
    connect(m_ui->decimalSeparator, &QComboBox::currentIndexChanged, this, [this] {
        m_bank.setDecimalSeparator(m_ui->decimalSeparator->currentData().toString().at(0));
    });
    m_bankJob = new BankImportJob(session, this);
    connect(m_bankJob, &BankImportJob::progressed, this, [this](int done, int total) {
        m_ui->progress->setRange(0, qMax(0, total));
        if (total > 0)
            m_ui->progress->setValue(done);
    });
    connect(m_bankJob, &BankImportJob::finished, this, &ImportWizard::bankImportDone);
}

ImportWizard::~ImportWizard()
{
    m_watcher.waitForFinished();
}

void ImportWizard::setKind(Ledger::ImportKind kind)
{
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(int(kind)));
}

void ImportWizard::setBankStatementCsv()
{
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(BankCsvKind));
}

bool ImportWizard::isBankStatementCsv() const
{
    return m_ui->kind->currentData().toInt() == BankCsvKind;
}

void ImportWizard::setFile(const QString& path)
{
    m_ui->filePath->setText(path);
}

bool ImportWizard::loadFile()
{
    if (!Guarded::run(
            [&] {
                if (isBankStatementCsv())
                    m_bank.load(m_ui->filePath->text().trimmed());
                else
                    m_presenter.load(Ledger::ImportKind(m_ui->kind->currentData().toInt()),
                                     m_ui->filePath->text().trimmed());
            },
            [&](const QString& why) {
                m_ui->chooseMessage->setText(why);
                m_ui->checkSummary->setText(why);
            }))
        return false;
    m_ui->chooseMessage->clear();
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ChoosePage:
        if (m_ui->filePath->text().trimmed().isEmpty()) {
            m_ui->chooseMessage->setText(tr("Choose a file to import."));
            return false;
        }
        if (!loadFile())
            return false;
        if (isBankStatementCsv()) {
            std::optional<BankCsvMapping> remembered;
            Guarded::run([&] { remembered = BankCsvMappingStore(m_session.ledger()).forHeader(m_bank.table().header); },
                         [](const QString&) {}); // none remembered: the names are recognised
            m_bank.propose(remembered);
            return true;
        }
        m_presenter.proposeMapping(m_settings.importMapping(ImportPresenter::kindKey(m_presenter.kind())));
        return true;
    case MapPage: {
        if (isBankStatementCsv()) {
            const QString problem = m_bank.mappingProblem();
            m_ui->mapMessage->setText(problem);
            return problem.isEmpty();
        }
        const QString problem = m_presenter.mappingProblem();
        m_ui->mapMessage->setText(problem);
        if (problem.isEmpty())
            m_settings.setImportMapping(ImportPresenter::kindKey(m_presenter.kind()), m_presenter.mapping());
        return problem.isEmpty();
    }
    case CheckPage:
        if (isBankStatementCsv())
            return m_bankChecked;
        return m_presenter.problemCount() == 0 && !m_presenter.mappedPath().isEmpty();
    case ImportPage:
        return m_imported && !m_watcher.isRunning() && !m_bankJob->isRunning();
    }
    return true;
}

void ImportWizard::pageShown(int id)
{
    switch (id) {
    case MapPage:
        if (isBankStatementCsv())
            fillBankMapping();
        else
            fillMapping();
        break;
    case CheckPage:
        if (isBankStatementCsv())
            runBankCheck();
        else
            runCheck();
        break;
    case ImportPage:
        if (isBankStatementCsv())
            startBankImport();
        else
            startImport();
        break;
    default:
        break;
    }
}

void ImportWizard::fillMapping()
{
    m_ui->bankFormat->hide();
    const QStringList header = m_presenter.table().header();
    const QStringList targets = ImportPresenter::requiredColumns(m_presenter.kind()) +
                                ImportPresenter::optionalColumns(m_presenter.kind());
    m_ui->mapping->setRowCount(int(header.size()));
    for (int r = 0; r < header.size(); ++r) {
        const QString column = header[r];
        auto* name = new QTableWidgetItem(column);
        name->setFlags(Qt::ItemIsEnabled);
        m_ui->mapping->setItem(r, 0, name);
        const QString sample = m_presenter.table().rows().isEmpty()
                                   ? QString()
                                   : m_presenter.table().rows().first().cells.value(r);
        auto* first = new QTableWidgetItem(sample);
        first->setFlags(Qt::ItemIsEnabled);
        m_ui->mapping->setItem(r, 1, first);
        auto* combo = new QComboBox(m_ui->mapping);
        combo->setObjectName(QStringLiteral("map_") + column);
        combo->addItem(tr("(leave out)"), QString());
        for (const QString& target : targets)
            combo->addItem(target, target);
        combo->setCurrentIndex(qMax(0, combo->findData(m_presenter.mapping().value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_presenter.setMapping(column, combo->currentData().toString());
            m_ui->mapMessage->setText(m_presenter.mappingProblem());
        });
        m_ui->mapping->setCellWidget(r, 2, combo);
    }
    m_ui->mapMessage->setText(m_presenter.mappingProblem());
}

void ImportWizard::mapColumn(const QString& fileColumn, const QString& target)
{
    if (auto* combo = m_ui->mapping->findChild<QComboBox*>(QStringLiteral("map_") + fileColumn))
        combo->setCurrentIndex(combo->findData(target));
}

void ImportWizard::runCheck()
{
    QList<InputProblem> problems;
    if (!Guarded::run([&] { problems = m_presenter.check(m_session.ledger()); },
                      [&](const QString& why) { m_ui->checkSummary->setText(why); }))
        return;
    const CsvTable& table = m_presenter.table();
    const auto& byLine = m_presenter.problemsByLine();
    // Every row of the file, with its problem beside it; problems of the file as a whole come first.
    QStringList header{tr("Line"), tr("Problem")};
    header << table.header();
    m_ui->preview->clear();
    m_ui->preview->setColumnCount(int(header.size()));
    m_ui->preview->setHorizontalHeaderLabels(header);
    const QStringList general = byLine.value(0) + byLine.value(1);
    m_ui->preview->setRowCount(int(table.rows().size()) + (general.isEmpty() ? 0 : 1));
    int r = 0;
    const QColor bad(0xd3, 0x2f, 0x2f, 60);
    if (!general.isEmpty()) {
        m_ui->preview->setItem(r, 0, new QTableWidgetItem(tr("file")));
        auto* item = new QTableWidgetItem(general.join(QStringLiteral("; ")));
        item->setBackground(bad);
        m_ui->preview->setItem(r++, 1, item);
    }
    for (const auto& row : table.rows()) {
        m_ui->preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        const QStringList rowProblems = byLine.value(row.line);
        auto* problem = new QTableWidgetItem(rowProblems.join(QStringLiteral("; ")));
        if (!rowProblems.isEmpty())
            problem->setBackground(bad);
        m_ui->preview->setItem(r, 1, problem);
        for (int c = 0; c < row.cells.size(); ++c)
            m_ui->preview->setItem(r, c + 2, new QTableWidgetItem(row.cells[c]));
        ++r;
    }
    m_ui->preview->resizeColumnToContents(0);
    m_ui->preview->setColumnWidth(1, 320);
    const int rows = int(table.rows().size());
    m_ui->checkSummary->setText(
        problems.isEmpty() ? tr("All %n row(s) are fine. Next imports them.", nullptr, rows)
                           : tr("%n problem(s) in %1 rows. Nothing will be imported until they are mended.",
                                nullptr, int(problems.size()))
                                 .arg(rows));
    button(QWizard::NextButton)->setEnabled(problems.isEmpty());
}

void ImportWizard::startImport()
{
    m_imported = false;
    m_ui->progress->setRange(0, 0); // busy: the core imports in one transaction
    m_ui->importMessage->setText(tr("Importing %1 …").arg(QFileInfo(m_presenter.path()).fileName()));
    button(QWizard::FinishButton)->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(importOnWorker, m_session.location(), &m_session.clock(),
                                          m_presenter.kind(), m_presenter.mappedPath()));
}

void ImportWizard::importDone()
{
    const Outcome outcome = m_watcher.result();
    m_ui->progress->setRange(0, 1);
    m_ui->progress->setValue(outcome.error.isEmpty() ? 1 : 0);
    if (outcome.error.isEmpty()) {
        m_imported = true;
        m_ui->importMessage->setText(tr("Imported %n record(s).", nullptr, outcome.imported));
        // The worker wrote through its own connection: tell this window's views.
        if (m_session.isOpen())
            m_session.ledger().noteChangedElsewhere(Ledger::everything());
    } else {
        m_ui->importMessage->setText(tr("Nothing was imported:\n%1").arg(outcome.error));
    }
    button(QWizard::FinishButton)->setEnabled(true);
    m_imported = true; // Finish closes either way; the message says what happened
    Q_EMIT importFinished(outcome.imported, outcome.error);
}

QList<std::pair<int, QString>> ImportWizard::previewRows() const
{
    QList<std::pair<int, QString>> rows;
    for (int r = 0; r < m_ui->preview->rowCount(); ++r) {
        const auto* line = m_ui->preview->item(r, 0);
        const auto* problem = m_ui->preview->item(r, 1);
        rows << std::pair{line ? line->text().toInt() : 0, problem ? problem->text() : QString()};
    }
    return rows;
}

QString ImportWizard::checkSummary() const
{
    return m_ui->checkSummary->text();
}

QString ImportWizard::importMessage() const
{
    return m_ui->importMessage->text();
}

void ImportWizard::reject()
{
    // A bank statement import stops between two entries and stores nothing; the window closes
    // once the worker has let go.
    if (m_bankJob->isRunning()) {
        m_bankJob->cancel();
        m_ui->importMessage->setText(tr("Cancelling …"));
        return;
    }
    // The import is one transaction that cannot be stopped halfway; the window closes once it is done.
    if (m_watcher.isRunning())
        return;
    QWizard::reject();
}

} // namespace settle

namespace settle {

void ImportWizard::fillBankMapping()
{
    m_ui->bankFormat->show();
    {
        const QSignalBlocker blockFormat(m_ui->dateFormat);
        const QSignalBlocker blockDecimal(m_ui->decimalSeparator);
        m_ui->dateFormat->setCurrentText(m_bank.mapping().dateFormat);
        m_ui->decimalSeparator->setCurrentIndex(
            qMax(0, m_ui->decimalSeparator->findData(QString(m_bank.mapping().decimalSeparator))));
    }
    const BankCsvReader::Table& table = m_bank.table();
    m_ui->mapping->setRowCount(int(table.header.size()));
    QList<QComboBox*> combos;
    for (int r = 0; r < table.header.size(); ++r) {
        const QString column = table.header[r];
        auto* name = new QTableWidgetItem(column);
        name->setFlags(Qt::ItemIsEnabled);
        m_ui->mapping->setItem(r, 0, name);
        auto* first = new QTableWidgetItem(table.rows.isEmpty() ? QString() : table.rows.first().cells.value(r));
        first->setFlags(Qt::ItemIsEnabled);
        m_ui->mapping->setItem(r, 1, first);
        auto* combo = new QComboBox(m_ui->mapping);
        combo->setObjectName(QStringLiteral("map_") + column);
        combo->addItem(tr("(leave out)"), QString());
        for (const QString& target : BankCsvPresenter::targets())
            combo->addItem(BankCsvPresenter::targetLabel(target), target);
        combo->setCurrentIndex(qMax(0, combo->findData(m_bank.targetOf(column))));
        m_ui->mapping->setCellWidget(r, 2, combo);
        combos << combo;
    }
    for (QComboBox* combo : std::as_const(combos)) {
        const QString column = combo->objectName().mid(4);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column, combos] {
            m_bank.setTarget(column, combo->currentData().toString());
            // A column holds one thing and a thing is in one column: the box that held it lets go.
            for (QComboBox* other : combos) {
                const QSignalBlocker block(other);
                other->setCurrentIndex(qMax(0, other->findData(m_bank.targetOf(other->objectName().mid(4)))));
            }
            m_ui->mapMessage->setText(m_bank.mappingProblem());
        });
    }
    m_ui->mapMessage->setText(m_bank.mappingProblem());
}

void ImportWizard::runBankCheck()
{
    m_bankChecked = false;
    QString problem;
    if (m_session.isOpen())
        problem = m_bank.check(m_session.ledger().companyCurrency());
    const BankCsvReader::Table& table = m_bank.table();
    QStringList header{tr("Line"), tr("Problem")};
    header << table.header;
    m_ui->preview->clear();
    m_ui->preview->setColumnCount(int(header.size()));
    m_ui->preview->setHorizontalHeaderLabels(header);
    // The reader stops at the first broken booking and names it (entry, line, field): that sentence
    // heads the table, above every row of the file as the bank wrote it.
    m_ui->preview->setRowCount(int(table.rows.size()) + (problem.isEmpty() ? 0 : 1));
    int r = 0;
    if (!problem.isEmpty()) {
        m_ui->preview->setItem(r, 0, new QTableWidgetItem(tr("file")));
        auto* item = new QTableWidgetItem(problem);
        item->setBackground(QColor(0xd3, 0x2f, 0x2f, 60));
        m_ui->preview->setItem(r++, 1, item);
    }
    for (const auto& row : table.rows) {
        m_ui->preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        m_ui->preview->setItem(r, 1, new QTableWidgetItem());
        for (int c = 0; c < row.cells.size(); ++c)
            m_ui->preview->setItem(r, c + 2, new QTableWidgetItem(row.cells[c]));
        ++r;
    }
    m_ui->preview->resizeColumnToContents(0);
    m_ui->preview->setColumnWidth(1, 320);
    if (!problem.isEmpty()) {
        m_ui->checkSummary->setText(tr("Nothing will be imported until this is mended: %1").arg(problem));
    } else {
        int in = 0, out = 0;
        for (const BankEntry& entry : m_bank.statement().entries)
            (entry.amount < 0 ? out : in)++;
        m_ui->checkSummary->setText(tr("All %n booking(s) read: ", nullptr, int(m_bank.statement().entries.size())) +
                                    tr("%1 money in, %2 money out. Next imports them and matches them to your invoices.")
                                        .arg(in)
                                        .arg(out));
        m_bankChecked = true;
    }
    button(QWizard::NextButton)->setEnabled(m_bankChecked);
}

void ImportWizard::startBankImport()
{
    m_imported = false;
    m_ui->progress->setRange(0, 0);
    m_ui->importMessage->setText(tr("Importing %1 …").arg(QFileInfo(m_bank.path()).fileName()));
    button(QWizard::FinishButton)->setEnabled(false);
    // The statement as checked, and the columns remembered for this bank in the same write: an import
    // that is refused remembers nothing either.
    m_bankJob->start(m_bank.path(), [statement = m_bank.statement(), header = m_bank.table().header,
                                     mapping = m_bank.mapping()](Ledger& ledger, BankBook& book,
                                                                 const BankBook::Progress& progress) {
        return ledger.write(Ledger::Change::Bank | Ledger::Change::Settings, [&](AuditLog&) {
            BankCsvMappingStore(ledger).remember(header, mapping);
            return book.importStatement(statement, progress);
        });
    });
}

void ImportWizard::bankImportDone()
{
    const BankImportJob::Outcome& outcome = m_bankJob->outcome();
    m_ui->progress->setRange(0, 1);
    m_ui->progress->setValue(outcome.counts ? 1 : 0);
    int added = 0;
    if (outcome.counts) {
        const BankImportCounts& c = *outcome.counts;
        added = c.added;
        m_ui->importMessage->setText(
            tr("Imported %n new booking(s)", nullptr, c.added) +
            tr(": %1 matched and recorded, %2 suggested, %3 not matched, %4 outgoing; %5 were imported before. "
               "The Bank page shows them.")
                .arg(c.matched)
                .arg(c.suggested)
                .arg(c.unmatched)
                .arg(c.outgoing)
                .arg(c.duplicates));
    } else if (outcome.cancelled) {
        m_ui->importMessage->setText(tr("Import cancelled; nothing was imported."));
    } else {
        m_ui->importMessage->setText(tr("Nothing was imported:\n%1").arg(outcome.error));
    }
    m_imported = true; // Finish closes either way; the message says what happened
    button(QWizard::FinishButton)->setEnabled(true);
    Q_EMIT importFinished(added, outcome.counts ? QString() : outcome.cancelled ? tr("cancelled") : outcome.error);
}

} // namespace settle
