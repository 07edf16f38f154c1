#include "TempLedger.h"

#include <QFile>

namespace settle::test {

TempLedger::TempLedger(QDate today) : m_clock(today)
{
    m_ledger = Ledger::open(path(), Database::OpenMode::CreateIfMissing, m_clock);
    m_ledger->initialize(QStringLiteral("Test Company"), QStringLiteral("USD"));
    // What a user sets up before the first reminder: the templates name the address and how to pay.
    m_ledger->setSetting(QStringLiteral("company.address"), QStringLiteral("1 Test Street\nTestville"));
    m_ledger->setSetting(QStringLiteral("company.payment_details"),
                         QStringLiteral("Bank transfer to IBAN DE02 1203 0000 0000 2020 51"));
}

QString TempLedger::writeFile(const QString& name, const QByteArray& content) const
{
    const QString filePath = file(name);
    QFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        throw std::runtime_error("cannot write test file");
    return filePath;
}

void TempLedger::reopen()
{
    m_ledger.reset();
    m_ledger = Ledger::open(path(), Database::OpenMode::MustExist, m_clock);
}

void TempLedger::addCustomer(const QString& code, const QString& terms)
{
    Customer customer;
    customer.code = code;
    customer.name = QStringLiteral("Customer ") + code;
    customer.currency = QStringLiteral("USD");
    customer.terms = terms;
    m_ledger->addCustomer(customer);
}

QString TempLedger::addInvoice(const QString& customer, QDate issued, qint64 cents)
{
    Invoice draft;
    draft.customerCode = customer;
    draft.issueDate = issued;
    InvoiceLine line;
    line.description = QStringLiteral("Services");
    line.unitPrice = cents;
    draft.lines << line;
    return m_ledger->issue(m_ledger->createDraft(draft), issued).number;
}

} // namespace settle::test
