#include "bank/CamtReader.h"

#include "bank/BankAmount.h"
#include "bank/BankFileProblem.h"
#include "bank/BankFileText.h"
#include "dates/IsoDate.h"
#include "domain/InputLimits.h"
#include "money/Currency.h"

#include <QXmlStreamReader>

namespace settle {

namespace {

const QString Camt053Namespace = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:camt.053.001.");

// A party's name and account as one TxDtls gives them (RltdPties/Dbtr, DbtrAcct, ...).
struct Party
{
    QString name;
    QString iban;
};

struct Amount
{
    QString text;
    QString currency;
    bool given() const { return !text.isEmpty(); }
};

struct TxDetails
{
    int line = 0;
    Amount amount;
    QString creditDebit;
    QString endToEndId;
    QString bankReference;
    Party debtor, creditor, ultimateDebtor, ultimateCreditor;
    QStringList unstructured;
    QString creditorReference;
    QStringList additional;
};

struct Entry
{
    int line = 0;
    Amount amount;
    QString creditDebit;
    QString status;
    QString bookingDate, valueDate;
    QString accountServicerReference, entryReference;
    QString additionalInfo;
    QList<TxDetails> transactions;
};

// One pass over the document; every element a reader does not know is skipped whole, so the
// versions' extra elements (and a bank's own) do no harm.
class CamtParser
{
public:
    CamtParser(const QByteArray& data, const QString& fileName) : m_xml(data), m_file(fileName) {}

    BankStatement parse()
    {
        m_statement.format = QStringLiteral("camt053");
        m_statement.fileName = m_file;
        if (!m_xml.readNextStartElement())
            failXml(QStringLiteral("is not a camt.053 bank statement (no XML document in it)"));
        if (m_xml.name() != QLatin1String("Document") || CamtReader::versionOfNamespace(m_xml.namespaceUri()).isEmpty())
            notCamt053();
        each(QLatin1String("BkToCstmrStmt"), [this] { each(QLatin1String("Stmt"), [this] { readStatement(); }); });
        if (m_xml.hasError())
            failXml({});
        return std::move(m_statement);
    }

private:
    template <typename F>
    void children(F&& child)
    {
        while (m_xml.readNextStartElement())
            child(m_xml.name());
    }

    // Calls `read` on each child element called `name` and skips the others.
    template <typename F>
    void each(QLatin1String name, F&& read)
    {
        children([&](QStringView n) {
            if (n == name)
                read();
            else
                m_xml.skipCurrentElement();
        });
    }

    QString text()
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }

    // Nm, or .001.08's Pty/Nm; the postal address and ids are not needed.
    QString partyName()
    {
        QString name;
        children([&](QStringView n) {
            if (n == QLatin1String("Nm"))
                name = text();
            else if (n == QLatin1String("Pty"))
                name = partyName();
            else
                m_xml.skipCurrentElement();
        });
        return name;
    }

    // Id/IBAN, else Id/Othr/Id (an account without an IBAN).
    QString accountId()
    {
        QString iban, other;
        children([&](QStringView n) {
            if (n != QLatin1String("Id")) {
                m_xml.skipCurrentElement();
                return;
            }
            children([&](QStringView id) {
                if (id == QLatin1String("IBAN"))
                    iban = text();
                else if (id == QLatin1String("Othr"))
                    each(QLatin1String("Id"), [&] { other = text(); });
                else
                    m_xml.skipCurrentElement();
            });
        });
        QString id = iban.isEmpty() ? other : iban;
        return id.remove(u' ').toUpper();
    }

    Amount amount()
    {
        Amount a;
        a.currency = m_xml.attributes().value(QLatin1String("Ccy")).toString().trimmed().toUpper();
        a.text = text();
        return a;
    }

    // BookgDt / ValDt: Dt, or DtTm whose date part is the bank's day.
    QString date()
    {
        QString d;
        children([&](QStringView n) {
            if (n == QLatin1String("Dt"))
                d = text();
            else if (n == QLatin1String("DtTm"))
                d = text().left(10);
            else
                m_xml.skipCurrentElement();
        });
        return d;
    }

    void readStatement()
    {
        children([this](QStringView name) {
            if (name == QLatin1String("Acct")) {
                const QString account = accountId();
                if (m_statement.accountIban.isEmpty())
                    m_statement.accountIban = account;
            } else if (name == QLatin1String("Ntry")) {
                readEntry();
            } else {
                m_xml.skipCurrentElement();
            }
        });
    }

    void readEntry()
    {
        Entry e;
        e.line = int(m_xml.lineNumber());
        ++m_entryNumber;
        children([&](QStringView name) {
            if (name == QLatin1String("Amt"))
                e.amount = amount();
            else if (name == QLatin1String("CdtDbtInd"))
                e.creditDebit = text();
            else if (name == QLatin1String("Sts"))
                e.status = text(); // .02: <Sts>BOOK</Sts>; .08: <Sts><Cd>BOOK</Cd></Sts>
            else if (name == QLatin1String("BookgDt"))
                e.bookingDate = date();
            else if (name == QLatin1String("ValDt"))
                e.valueDate = date();
            else if (name == QLatin1String("AcctSvcrRef"))
                e.accountServicerReference = text();
            else if (name == QLatin1String("NtryRef"))
                e.entryReference = text();
            else if (name == QLatin1String("AddtlNtryInf"))
                e.additionalInfo = text();
            else if (name == QLatin1String("NtryDtls"))
                each(QLatin1String("TxDtls"), [&] { e.transactions << txDetails(); });
            else
                m_xml.skipCurrentElement();
        });
        if (m_xml.hasError())
            failXml({});
        addEntry(e);
    }

    TxDetails txDetails()
    {
        TxDetails t;
        t.line = int(m_xml.lineNumber());
        children([&](QStringView name) {
            if (name == QLatin1String("Refs")) {
                children([&](QStringView ref) {
                    if (ref == QLatin1String("EndToEndId"))
                        t.endToEndId = text();
                    else if (ref == QLatin1String("AcctSvcrRef"))
                        t.bankReference = text();
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (name == QLatin1String("Amt")) { // .001.08
                t.amount = amount();
            } else if (name == QLatin1String("AmtDtls")) { // TxAmt is in the account's currency
                children([&](QStringView kind) {
                    if (kind == QLatin1String("TxAmt") || (kind == QLatin1String("InstdAmt") && !t.amount.given()))
                        each(QLatin1String("Amt"), [&] { t.amount = amount(); });
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (name == QLatin1String("CdtDbtInd")) {
                t.creditDebit = text();
            } else if (name == QLatin1String("RltdPties")) {
                children([&](QStringView party) {
                    if (party == QLatin1String("Dbtr"))
                        t.debtor.name = partyName();
                    else if (party == QLatin1String("DbtrAcct"))
                        t.debtor.iban = accountId();
                    else if (party == QLatin1String("Cdtr"))
                        t.creditor.name = partyName();
                    else if (party == QLatin1String("CdtrAcct"))
                        t.creditor.iban = accountId();
                    else if (party == QLatin1String("UltmtDbtr"))
                        t.ultimateDebtor.name = partyName();
                    else if (party == QLatin1String("UltmtCdtr"))
                        t.ultimateCreditor.name = partyName();
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (name == QLatin1String("RmtInf")) {
                children([&](QStringView rmt) {
                    if (rmt == QLatin1String("Ustrd"))
                        t.unstructured << text();
                    else if (rmt == QLatin1String("Strd"))
                        children([&](QStringView strd) {
                            if (strd == QLatin1String("CdtrRefInf"))
                                each(QLatin1String("Ref"), [&] {
                                    const QString ref = text();
                                    if (t.creditorReference.isEmpty())
                                        t.creditorReference = ref;
                                });
                            else if (strd == QLatin1String("AddtlRmtInf"))
                                t.unstructured << text();
                            else
                                m_xml.skipCurrentElement();
                        });
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (name == QLatin1String("AddtlTxInf")) {
                t.additional << text();
            } else {
                m_xml.skipCurrentElement();
            }
        });
        return t;
    }

    qint64 signedAmount(const Amount& a, const QString& creditDebit, const QString& where, const QString& field)
    {
        if (!a.given())
            BankFileProblem::refuse(m_file, where, field, QStringLiteral("is missing"));
        const auto currency = Currency::fromCode(a.currency);
        if (!currency)
            BankFileProblem::refuse(m_file, where, field + QStringLiteral("@Ccy"),
                                    a.currency.isEmpty() ? QStringLiteral("is missing")
                                                         : QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(a.currency));
        qint64 minor = 0;
        if (const QString problem = BankAmount::parse(a.text, u'.', *currency, &minor); !problem.isEmpty())
            BankFileProblem::refuse(m_file, where, field, problem);
        return creditDebit == QLatin1String("DBIT") ? -minor : minor;
    }

    QDate parseDate(const QString& text, const QString& where, const QString& field)
    {
        const auto d = IsoDate::parse(text);
        if (!d)
            BankFileProblem::refuse(m_file, where, field, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        if (const QString problem = InputLimits::dateProblem(*d); !problem.isEmpty())
            BankFileProblem::refuse(m_file, where, field, problem);
        return *d;
    }

    void checkCreditDebit(const QString& value, const QString& where, const QString& field)
    {
        if (value != QLatin1String("CRDT") && value != QLatin1String("DBIT"))
            BankFileProblem::refuse(m_file, where, field,
                                    value.isEmpty() ? QStringLiteral("is missing")
                                                    : QStringLiteral("\"%1\" is neither CRDT nor DBIT").arg(value));
    }

    void addEntry(const Entry& e)
    {
        const QString where = BankFileProblem::where(m_entryNumber, e.line);
        // A statement books what is booked; pending (PDNG) and information-only (INFO) entries are
        // no money yet.
        if (e.status == QLatin1String("PDNG") || e.status == QLatin1String("INFO"))
            return;
        checkCreditDebit(e.creditDebit, where, QStringLiteral("CdtDbtInd"));
        const qint64 total = signedAmount(e.amount, e.creditDebit, where, QStringLiteral("Amt"));
        if (e.bookingDate.isEmpty() && e.valueDate.isEmpty())
            BankFileProblem::refuse(m_file, where, QStringLiteral("BookgDt"), QStringLiteral("is missing"));
        const QDate valueDate = e.valueDate.isEmpty() ? QDate() : parseDate(e.valueDate, where, QStringLiteral("ValDt"));
        const QDate bookingDate = e.bookingDate.isEmpty() ? valueDate : parseDate(e.bookingDate, where, QStringLiteral("BookgDt"));
        const QString entryReference = e.accountServicerReference.isEmpty() ? e.entryReference : e.accountServicerReference;

        BankEntry base;
        base.bookingDate = bookingDate;
        base.valueDate = valueDate;
        base.currency = e.amount.currency;

        // A batch is split when each of its transactions says its own amount in the entry's currency;
        // those amounts must then add up to the entry's, or the file contradicts itself.
        bool split = e.transactions.size() > 1;
        for (const TxDetails& t : e.transactions)
            if (!t.amount.given() || t.amount.currency != e.amount.currency)
                split = false;
        if (!split) {
            BankEntry entry = base;
            entry.amount = total;
            entry.bankReference = entryReference;
            if (e.transactions.isEmpty()) {
                entry.text = e.additionalInfo;
            } else if (e.transactions.size() == 1) {
                describe(entry, e.transactions.first(), e.additionalInfo);
            } else {
                QStringList texts;
                for (const TxDetails& t : e.transactions)
                    texts << t.unstructured;
                entry.text = texts.join(u' ').simplified();
            }
            entry.where = where;
            append(entry, where);
            return;
        }
        WideInt sum = 0;
        QList<BankEntry> parts;
        int number = 0;
        for (const TxDetails& t : e.transactions) {
            ++number;
            const QString txWhere = BankFileProblem::where(m_entryNumber, t.line, number);
            const QString indicator = t.creditDebit.isEmpty() ? e.creditDebit : t.creditDebit;
            checkCreditDebit(indicator, txWhere, QStringLiteral("CdtDbtInd"));
            BankEntry entry = base;
            entry.amount = signedAmount(t.amount, indicator, txWhere, QStringLiteral("Amt"));
            sum += entry.amount;
            describe(entry, t, {});
            if (entry.bankReference.isEmpty() && !entryReference.isEmpty())
                entry.bankReference = QStringLiteral("%1/%2").arg(entryReference).arg(number);
            entry.where = txWhere;
            parts << entry;
        }
        if (sum != total)
            BankFileProblem::refuse(m_file, where, QStringLiteral("NtryDtls"),
                                    QStringLiteral("the batch's transactions add up to %1, not the entry's amount %2")
                                        .arg(InputLimits::wideText(sum < 0 ? -sum : sum, Currency::require(base.currency).minorDigits()),
                                             e.amount.text));
        for (const BankEntry& part : parts)
            append(part, part.where);
    }

    // The payer of a credit is the debtor, the payee of a debit the creditor; the ultimate party
    // stands in when the bank names no direct one.
    static void describe(BankEntry& entry, const TxDetails& t, const QString& entryInfo)
    {
        const bool credit = entry.amount >= 0;
        const Party& party = credit ? t.debtor : t.creditor;
        const Party& ultimate = credit ? t.ultimateDebtor : t.ultimateCreditor;
        entry.counterparty = party.name.isEmpty() ? ultimate.name : party.name;
        entry.counterpartyIban = BankFileText::iban(party.iban);
        QString text = t.unstructured.join(u' ').simplified();
        if (text.isEmpty())
            text = t.additional.join(u' ').simplified();
        entry.text = text.isEmpty() ? entryInfo : text;
        const bool endToEndGiven = !t.endToEndId.isEmpty() && t.endToEndId != QLatin1String("NOTPROVIDED");
        entry.structuredReference = !t.creditorReference.isEmpty() ? t.creditorReference
                                    : endToEndGiven                ? t.endToEndId
                                                                   : QString();
        if (!t.bankReference.isEmpty())
            entry.bankReference = t.bankReference;
    }

    void append(const BankEntry& entry, const QString& where)
    {
        BankFileProblem::checkRoomForEntry(m_file, m_statement.entries.size(), where);
        m_statement.entries << entry;
    }

    [[noreturn]] void notCamt053()
    {
        const QString root = m_xml.name().toString();
        const QString ns = m_xml.namespaceUri().toString();
        if (ns.startsWith(Camt053Namespace))
            BankFileProblem::refuse(m_file, BankFileProblem::where(0, int(m_xml.lineNumber())), {},
                                    QStringLiteral("camt.053 version %1 is not one Settle reads (it reads .001.02 to .001.08)")
                                        .arg(ns.mid(Camt053Namespace.size() - 5)));
        if (ns.contains(QLatin1String("camt.")))
            BankFileProblem::refuse(m_file, {}, {},
                                    QStringLiteral("is a %1 message, not a camt.053 bank statement")
                                        .arg(ns.section(u':', -1).section(u'.', 0, 1)));
        BankFileProblem::refuse(m_file, {}, {},
                                QStringLiteral("is XML but not a camt.053 bank statement (its root element is <%1>%2)")
                                    .arg(root, ns.isEmpty() ? QString() : QStringLiteral(" in %1").arg(ns)));
    }

    // QXmlStreamReader's own words are a parser's; a person is told where and what kind of damage.
    [[noreturn]] void failXml(const QString& message)
    {
        QString what = message;
        if (what.isEmpty()) {
            switch (m_xml.error()) {
            case QXmlStreamReader::PrematureEndOfDocumentError:
                what = QStringLiteral("the XML ends too early (is the file cut off?)");
                break;
            case QXmlStreamReader::NotWellFormedError:
            case QXmlStreamReader::UnexpectedElementError:
                what = QStringLiteral("the XML is malformed here (a tag not closed, or a stray character)");
                break;
            default:
                what = QStringLiteral("the XML cannot be read here");
                break;
            }
        }
        const QString place = m_xml.lineNumber() > 0
                                  ? QStringLiteral("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber())
                                  : QString();
        BankFileProblem::refuse(m_file, message.isEmpty() ? place : QString(), {}, what);
    }

    QXmlStreamReader m_xml;
    QString m_file;
    BankStatement m_statement;
    int m_entryNumber = 0;
};

} // namespace

QString CamtReader::versionOfNamespace(QStringView namespaceUri)
{
    if (!namespaceUri.startsWith(Camt053Namespace))
        return {};
    const QStringView version = namespaceUri.mid(Camt053Namespace.size());
    static const QStringList known = {QStringLiteral("02"), QStringLiteral("03"), QStringLiteral("04"),
                                      QStringLiteral("05"), QStringLiteral("06"), QStringLiteral("07"),
                                      QStringLiteral("08")};
    return known.contains(version) ? version.toString() : QString();
}

BankStatement CamtReader::read(const QByteArray& data, const QString& fileName)
{
    return CamtParser(data, fileName).parse();
}

} // namespace settle
