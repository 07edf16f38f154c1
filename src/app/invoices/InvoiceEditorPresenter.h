#pragma once

#include "domain/Invoice.h"

#include <QObject>

#include <optional>

namespace settle {

class InvoiceLinesModel;
class LedgerSession;

// The invoice being written: customer, dates, terms and lines in; the core's totals, due date and
// discount out, recomputed on every change (live totals and due date). The dialog only
// shows what this holds.
class InvoiceEditorPresenter : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceEditorPresenter(LedgerSession& session, QObject* parent = nullptr);

    InvoiceLinesModel* lines() const { return m_lines; }
    const Invoice& invoice() const { return m_invoice; }
    QStringList termsNames() const;

    void setCustomer(const QString& code);
    void setIssueDate(QDate date);
    void setTerms(const QString& name);
    // A due date the user chose; std::nullopt goes back to the one from the terms.
    void setDueDateOverride(std::optional<QDate> date);
    bool dueDateFromTerms() const { return !m_dueOverride.has_value(); }

    QString problem() const; // the first reason the invoice cannot be saved; empty when it can
    QString dueDateProblem() const;
    QDate discountUntil() const;
    qint64 discountAmount() const;

    // One ledger call each; they return the new draft id / issued number, or throw SettleError.
    qint64 saveDraft();
    QString issue();

Q_SIGNALS:
    void changed();

private:
    void recompute();

    LedgerSession& m_session;
    InvoiceLinesModel* m_lines;
    Invoice m_invoice;
    QList<PaymentTerms> m_terms;
    std::optional<QDate> m_dueOverride;
    QString m_customerProblem;
};

} // namespace settle
