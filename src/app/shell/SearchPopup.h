#pragma once

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace settle {

class LedgerSession;

// The search field's result list (Ctrl+K): customers and invoices by name, code, number or amount,
// chosen with the arrow keys and Enter or with the mouse.
class SearchPopup : public QObject
{
    Q_OBJECT

public:
    static constexpr int Limit = 8;

    SearchPopup(LedgerSession& session, QLineEdit* field, QObject* parent = nullptr);

    // Runs the search at once (the field waits for a pause in typing); returns the number of hits.
    int search(const QString& text);
    QStandardItemModel* results() const { return m_results; }
    void choose(int row);

Q_SIGNALS:
    void customerChosen(const QString& code);
    void invoiceChosen(const QString& number);

private:
    LedgerSession& m_session;
    QLineEdit* m_field;
    QStandardItemModel* m_results;
    QCompleter* m_completer;
    QTimer* m_typing;
};

} // namespace settle
