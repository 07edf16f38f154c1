#include "widgets/TableLayout.h"

#include "shell/AppSettings.h"

#include <QHeaderView>
#include <QTableView>

namespace settle {

void TableLayout::restore(QTableView* table, const AppSettings& settings, const QString& name)
{
    const QByteArray state = settings.tableLayout(name);
    if (!state.isEmpty())
        table->horizontalHeader()->restoreState(state);
    fitHeaders(table);
}

void TableLayout::fitHeaders(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    if (!table->model())
        return;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(column);
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

void TableLayout::save(const QTableView* table, AppSettings& settings, const QString& name)
{
    settings.setTableLayout(name, table->horizontalHeader()->saveState());
}

void TableLayout::prepare(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Uniform rows: the view never measures 100,000 of them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(false);
}

void TableLayout::stretch(QTableView* table, int column)
{
    table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

} // namespace settle
