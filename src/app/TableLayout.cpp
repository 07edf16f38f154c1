#include "TableLayout.h"

#include "AppSettings.h"

#include <QHeaderView>
#include <QTableView>

namespace settle {

void TableLayout::restore(QTableView* table, const AppSettings& settings, const QString& name)
{
    const QByteArray state = settings.tableLayout(name);
    if (!state.isEmpty())
        table->horizontalHeader()->restoreState(state);
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
