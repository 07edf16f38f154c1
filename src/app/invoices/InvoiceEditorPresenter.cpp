#include "invoices/InvoiceEditorPresenter.h"

#include "invoices/InvoiceLinesModel.h"
#include "shell/LedgerSession.h"

#include "ledger/Ledger.h"
#include "terms/TermsCatalog.h"

namespace settle {

InvoiceEditorPresenter::InvoiceEditorPresenter(LedgerSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_lines(new InvoiceLinesModel(this))
{
    m_terms = m_session.ledger().paymentTerms();
    m_invoice.issueDate = m_session.today();
    m_invoice.currency = m_session.ledger().companyCurrency();
    m_lines->setCurrency(m_invoice.currency);
    m_customerProblem = tr("Choose a customer.");
    setTerms(QStringLiteral("Net 30"));
    connect(m_lines, &InvoiceLinesModel::linesChanged, this, &InvoiceEditorPresenter::recompute);
}

QStringList InvoiceEditorPresenter::termsNames() const
{
    QStringList names;
    for (const auto& terms : m_terms)
        names << terms.name;
    return names;
}

void InvoiceEditorPresenter::setCustomer(const QString& code)
{
    const auto customer = code.isEmpty() ? std::nullopt : m_session.ledger().customer(code);
    m_invoice.customerCode = customer ? customer->code : QString();
    m_customerProblem = customer ? QString() : tr("Choose a customer.");
    if (customer) {
        m_invoice.currency = customer->currency;
        m_lines->setCurrency(customer->currency);
        // A retired term stays with the customers that have it: offered for their invoices only.
        if (!termsNames().contains(customer->terms))
            for (const auto& stored : TermsCatalog(m_session.ledger()).all())
                if (stored.terms.name == customer->terms)
                    m_terms << stored.terms;
        setTerms(customer->terms); // the customer's terms are the default; the user may change them
        return;
    }
    recompute();
}

void InvoiceEditorPresenter::setIssueDate(QDate date)
{
    m_invoice.issueDate = date;
    recompute();
}

void InvoiceEditorPresenter::setTerms(const QString& name)
{
    for (const auto& terms : m_terms)
        if (terms.name == name)
            m_invoice.terms = terms;
    recompute();
}

void InvoiceEditorPresenter::setDueDateOverride(std::optional<QDate> date)
{
    m_dueOverride = date;
    recompute();
}

void InvoiceEditorPresenter::recompute()
{
    m_invoice.dueDate = m_dueOverride ? *m_dueOverride : m_invoice.terms.dueDate(m_invoice.issueDate);
    m_invoice.lines = m_lines->lines();
    m_invoice.computeTotals();
    Q_EMIT changed();
}

QString InvoiceEditorPresenter::dueDateProblem() const
{
    if (m_invoice.dueDate.isValid() && m_invoice.issueDate.isValid() && m_invoice.dueDate < m_invoice.issueDate)
        return tr("The due date is before the issue date.");
    return {};
}

QString InvoiceEditorPresenter::problem() const
{
    if (!m_customerProblem.isEmpty())
        return m_customerProblem;
    if (!m_invoice.issueDate.isValid())
        return tr("The invoice needs an issue date.");
    if (const QString due = dueDateProblem(); !due.isEmpty())
        return due;
    return m_lines->firstProblem();
}

QDate InvoiceEditorPresenter::discountUntil() const
{
    return m_invoice.terms.discountUntil(m_invoice.issueDate);
}

qint64 InvoiceEditorPresenter::discountAmount() const
{
    if (!m_invoice.terms.hasDiscount())
        return 0;
    return m_invoice.terms.discountAmount(m_invoice.totalMoney()).minor();
}

qint64 InvoiceEditorPresenter::saveDraft()
{
    return m_session.ledger().createDraft(m_invoice);
}

QString InvoiceEditorPresenter::issue()
{
    Ledger& ledger = m_session.ledger();
    return ledger.issue(ledger.createDraft(m_invoice), m_invoice.issueDate).number;
}

} // namespace settle
