#pragma once

#include "CliRunner.h"
#include "TempLedger.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace settle::test {

// One ledger with what e-invoices are made from, and every e-invoice file made once by the real
// settle-cli (Saxon-free: the checks run xmllint and qpdf, which start fast):
//   partlyPaid()  three lines at 19 %, 7 % and 0 %, terms "2/10 Net 30", 500.00 paid
//   unpaid()      one line at 19 %, Net 30, with a credit note of 59.50 on it
//   creditNote()  that credit note
//   bareInvoice() a customer with a name and nothing else
class EinvoiceFixture
{
public:
    // Made on first use; release() drops it while the application still runs (EinvoiceTest registers
    // that as a global test environment's TearDown), not in static destruction after it.
    static EinvoiceFixture& shared()
    {
        if (!slot())
            slot().reset(new EinvoiceFixture);
        return *slot();
    }
    static void release() { slot().reset(); }

    static void setUpSeller(Ledger& ledger)
    {
        ledger.setSettings({{QStringLiteral("company.address"),
                             QStringLiteral("Musterstraße 1\n10115 Berlin\nGermany")},
                            {QStringLiteral("company.vat_id"), QStringLiteral("DE123456789")},
                            {QStringLiteral("company.iban"), QStringLiteral("DE02120300000000202051")},
                            {QStringLiteral("company.bic"), QStringLiteral("BYLADEM1001")},
                            {QStringLiteral("company.phone"), QStringLiteral("+49 30 1234567")},
                            {QStringLiteral("smtp.from"), QStringLiteral("Test Company <billing@test-company.example>")}});
    }

    // A buyer with everything XRechnung asks for, and an invoice of 100.00 at 19 % to them.
    static QString addBuyerAndInvoice(TempLedger& l, const QString& code = QStringLiteral("ACME"),
                                      const QString& terms = QStringLiteral("Net 30"))
    {
        Customer c;
        c.code = code;
        c.name = QStringLiteral("Acme GmbH");
        c.address = QStringLiteral("Hauptstraße 5\n80331 München\nDeutschland");
        c.vatId = QStringLiteral("DE987654321");
        c.email = QStringLiteral("ap@acme.example");
        c.buyerReference = QStringLiteral("04011000-12345-67");
        c.einvoice = QStringLiteral("xrechnung-cii");
        c.currency = QStringLiteral("EUR");
        c.terms = terms;
        l->addCustomer(c);
        return invoice(l, code, QDate(2026, 3, 2), {{QStringLiteral("Consulting"), 10'000, 10000, 19}});
    }

    struct LineSpec
    {
        QString description;
        qint64 quantity; // ten-thousandths
        qint64 unitPrice;
        int ratePercent;
    };

    static QString invoice(TempLedger& l, const QString& customer, QDate issued, const QList<LineSpec>& lines)
    {
        Invoice draft;
        draft.customerCode = customer;
        draft.issueDate = issued;
        for (const auto& spec : lines) {
            InvoiceLine line;
            line.description = spec.description;
            line.quantity = spec.quantity;
            line.unitPrice = spec.unitPrice;
            line.taxRate = Rate::fromPercent(spec.ratePercent);
            draft.lines << line;
        }
        return l->issue(l->createDraft(draft), issued).number;
    }

    CliRunner& cli() { return m_cli; }
    TempLedger& ledger() { return m_ledger; }
    QDate asOf() const { return QDate(2026, 3, 31); }
    const QString& partlyPaid() const { return m_partlyPaid; }
    const QString& unpaid() const { return m_unpaid; }
    const QString& creditNote() const { return m_creditNote; }
    const QString& bareInvoice() const { return m_bare; }

    // The file settle-cli wrote for (number, format).
    QString file(const QString& number, const QString& format) const { return m_files.value(number + u'/' + format); }
    // The XML of (number, format): for factur-x the factur-x.xml extracted from the PDF.
    QString xmlFile(const QString& number, const QString& format) const
    {
        return format == u"factur-x" ? m_files.value(number + QStringLiteral("/embedded")) : file(number, format);
    }
    QStringList ciiFiles() const
    {
        QStringList files;
        for (const QString& number : {m_partlyPaid, m_unpaid, m_creditNote})
            files << xmlFile(number, QStringLiteral("factur-x")) << file(number, QStringLiteral("xrechnung-cii"));
        return files;
    }
    QStringList allXmlFiles() const
    {
        QStringList files = ciiFiles();
        for (const QString& number : {m_partlyPaid, m_unpaid, m_creditNote})
            files << file(number, QStringLiteral("xrechnung-ubl"));
        return files;
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString run(const QString& program, const QStringList& arguments)
    {
        QProcess p;
        p.start(program, arguments);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // xmllint --xpath (which binds no prefixes): the usual prefixes of both syntaxes are written as
    // local-name() steps, which is unambiguous for the elements these files hold.
    static QString xpath(const QString& path, const QString& expression)
    {
        static const QRegularExpression prefixed(QStringLiteral("\\b(?:rsm|ram|udt|qdt|cac|cbc):([A-Za-z]+)"));
        QString plain = expression;
        plain.replace(prefixed, QStringLiteral("*[local-name()='\\1']"));
        QProcess p;
        p.start(QStringLiteral("xmllint"), {QStringLiteral("--xpath"), plain, path});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    static std::unique_ptr<EinvoiceFixture>& slot()
    {
        static std::unique_ptr<EinvoiceFixture> fixture;
        return fixture;
    }

    EinvoiceFixture() : m_cli(m_ledger.path())
    {
        setUpSeller(*m_ledger);
        m_unpaid = addBuyerAndInvoice(m_ledger);
        Customer two;
        two.code = QStringLiteral("TWO");
        two.name = QStringLiteral("Zweite Kunde AG");
        two.address = QStringLiteral("Ring 9\n20095 Hamburg\nDE");
        two.email = QStringLiteral("rechnung@zweite.example");
        two.buyerReference = QStringLiteral("991-01234-56");
        two.currency = QStringLiteral("EUR");
        two.terms = QStringLiteral("2/10 Net 30");
        m_ledger->addCustomer(two);
        m_partlyPaid = invoice(m_ledger, QStringLiteral("TWO"), QDate(2026, 3, 2),
                               {{QStringLiteral("Consulting hours"), 125'000, 8000, 19},
                                {QStringLiteral("Books"), 30'000, 2499, 7},
                                {QStringLiteral("Export service"), 10'000, 10000, 0}});
        m_ledger->recordPayment(QStringLiteral("TWO"), Money(50000, Currency::require(QStringLiteral("EUR"))),
                                QDate(2026, 3, 10), PaymentMethod::BankTransfer, QStringLiteral("part"), m_partlyPaid);
        m_creditNote = m_ledger->issueCreditNote(m_unpaid, Money(5950, Currency::require(QStringLiteral("EUR"))),
                                                 QDate(2026, 3, 20), QStringLiteral("Half the hours were not used"))
                           .number;
        Customer bare;
        bare.code = QStringLiteral("BARE");
        bare.name = QStringLiteral("Bare Ltd");
        bare.currency = QStringLiteral("EUR");
        m_ledger->addCustomer(bare);
        m_bare = invoice(m_ledger, QStringLiteral("BARE"), QDate(2026, 3, 5), {{QStringLiteral("Work"), 10'000, 5000, 19}});
        m_ledger.close();

        for (const QString& number : {m_partlyPaid, m_unpaid, m_creditNote})
            for (const QString& format :
                 {QStringLiteral("factur-x"), QStringLiteral("xrechnung-cii"), QStringLiteral("xrechnung-ubl")}) {
                const QString path = m_ledger.file(number + u'-' + format +
                                                   (format == u"factur-x" ? QStringLiteral(".pdf") : QStringLiteral(".xml")));
                const auto r = m_cli.run({QStringLiteral("invoice"), QStringLiteral("einvoice"), number,
                                          QStringLiteral("--format"), format, QStringLiteral("--out"), path,
                                          QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
                EXPECT_EQ(r.exitCode, 0) << qPrintable(number) << " " << qPrintable(format) << ": " << qPrintable(r.err);
                m_files.insert(number + u'/' + format, path);
                if (format == u"factur-x") {
                    const QString embedded = m_ledger.file(number + QStringLiteral("-factur-x.xml"));
                    QProcess p;
                    p.start(QStringLiteral("qpdf"), {QStringLiteral("--show-attachment=factur-x.xml"), path});
                    p.waitForFinished(60000);
                    QFile out(embedded);
                    if (out.open(QIODevice::WriteOnly))
                        out.write(p.readAllStandardOutput());
                    m_files.insert(number + QStringLiteral("/embedded"), embedded);
                }
            }
        m_ledger.reopen();
    }

    TempLedger m_ledger;
    CliRunner m_cli;
    QString m_partlyPaid, m_unpaid, m_creditNote, m_bare;
    QHash<QString, QString> m_files;
};

} // namespace settle::test
