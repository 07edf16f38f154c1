#pragma once

#include <QString>

class QTableView;

namespace settle {

class AppSettings;

// Column widths, order and sort of a table, remembered in QSettings by the table's name.
class TableLayout
{
public:
    static void restore(QTableView* table, const AppSettings& settings, const QString& name);
    static void save(const QTableView* table, AppSettings& settings, const QString& name);
    // Shared look: whole-row selection, fixed row height (fast at 100,000 rows), sortable headers.
    static void prepare(QTableView* table);
    // The column that takes the room left over (a name, usually).
    static void stretch(QTableView* table, int column);
    // Widens every column that is narrower than its title (a remembered or default width would show
    // "Credit on accoun"); called by restore().
    static void fitHeaders(QTableView* table);
};

} // namespace settle
