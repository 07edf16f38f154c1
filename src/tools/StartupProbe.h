#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace settle {

class MainWindow;

// `settle-tools --measure-startup`: the two timings of docs/PERFORMANCE.md, taken in the real program —
// start to the first painted window, and opening the invoice table and jumping to its end — printed
// on stdout before the program quits. Not used otherwise.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow& window, const QElapsedTimer& sinceMain, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void measureInvoiceTable();

    MainWindow& m_window;
    const QElapsedTimer& m_sinceMain;
    bool m_painted = false;
    bool m_dashboardReported = false;
};

} // namespace settle
