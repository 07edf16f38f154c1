#include "GuiFixture.h"

#include "bank/BankAssignDialog.h"
#include "bank/BankEntryModel.h"
#include "bank/BankImportJob.h"
#include "bank/BankPage.h"
#include "followups/BankWaitingNotice.h"
#include "followups/FollowupsPage.h"
#include "import/ImportWizard.h"

#include "bank/BankBook.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

namespace settle::test {

namespace {

using Status = BankEntryRecord::Status;

// One booking of a camt.053.001.08 statement, as a bank writes it.
struct Booking
{
    QString reference; // AcctSvcrRef
    qint64 cents = 0;  // > 0 credit, < 0 debit
    QString party;
    QString iban;
    QString text;
    QString date = QStringLiteral("2026-03-30");
};

QByteArray camt053(const QList<Booking>& bookings)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
        " <BkToCstmrStmt>\n"
        "  <GrpHdr><MsgId>STMT-2026-03-30</MsgId><CreDtTm>2026-03-30T18:00:00</CreDtTm></GrpHdr>\n"
        "  <Stmt>\n"
        "   <Id>2026-03-30-01</Id>\n"
        "   <CreDtTm>2026-03-30T18:00:00</CreDtTm>\n"
        "   <Acct><Id><IBAN>DE75512108001245126199</IBAN></Id><Ccy>USD</Ccy></Acct>\n");
    for (const Booking& b : bookings) {
        const bool credit = b.cents > 0;
        const qint64 cents = credit ? b.cents : -b.cents;
        const QString amount = QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        const QString party = credit ? QStringLiteral("Dbtr") : QStringLiteral("Cdtr");
        xml += QStringLiteral(
                   "   <Ntry>\n"
                   "    <Amt Ccy=\"USD\">%1</Amt><CdtDbtInd>%2</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\n"
                   "    <BookgDt><Dt>%3</Dt></BookgDt><ValDt><Dt>%3</Dt></ValDt>\n"
                   "    <AcctSvcrRef>%4</AcctSvcrRef>\n"
                   "    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\n"
                   "    <NtryDtls><TxDtls>\n"
                   "     <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>\n"
                   "     <Amt Ccy=\"USD\">%1</Amt><CdtDbtInd>%2</CdtDbtInd>\n"
                   "     <RltdPties><%5><Pty><Nm>%6</Nm></Pty></%5><%5Acct><Id><IBAN>%7</IBAN></Id></%5Acct></RltdPties>\n"
                   "     <RmtInf><Ustrd>%8</Ustrd></RmtInf>\n"
                   "    </TxDtls></NtryDtls>\n"
                   "   </Ntry>\n")
                   .arg(amount, credit ? QStringLiteral("CRDT") : QStringLiteral("DBIT"), b.date, b.reference, party,
                        b.party.toHtmlEscaped(), b.iban, b.text.toHtmlEscaped());
    }
    xml += QStringLiteral("  </Stmt>\n </BkToCstmrStmt>\n</Document>\n");
    return xml.toUtf8();
}

class BankGui : public GuiFixture
{
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        for (const char* code : {"C001", "C002", "C003"})
            m_ledger.addCustomer(QString::fromLatin1(code));
        m_inv1 = m_ledger.addInvoice(QStringLiteral("C001"), QDate(2026, 3, 2), 10000);
        m_inv2 = m_ledger.addInvoice(QStringLiteral("C002"), QDate(2026, 3, 3), 25000);
        m_inv3 = m_ledger.addInvoice(QStringLiteral("C003"), QDate(2026, 3, 4), 7550);
    }

    // A statement with one booking for each thing Settle makes of them: named invoice and exact
    // amount (matched and recorded), the payer's name equal to a customer's with the amount of their
    // open invoice (suggested), two it cannot place (not matched) and a debit (outgoing).
    QString writeStatement(const QString& name = QStringLiteral("statement.xml"))
    {
        return m_ledger.writeFile(
            name, camt053({{QStringLiteral("BANKREF-1"), 10000, QStringLiteral("Harbour Bakery"),
                            QStringLiteral("DE89370400440532013000"), QStringLiteral("RE ") + m_inv1},
                           {QStringLiteral("BANKREF-2"), 25000, QStringLiteral("Customer C002"),
                            QStringLiteral("DE02120300000000202051"), QStringLiteral("Thank you for the good work")},
                           {QStringLiteral("BANKREF-3"), 7550, QStringLiteral("Lindqvist Holding"),
                            QStringLiteral("DE44500105175407324931"), QStringLiteral("Payment March")},
                           {QStringLiteral("BANKREF-4"), 2000, QStringLiteral("Tax Office"),
                            QStringLiteral("DE12500105170648489890"), QStringLiteral("Refund 2025")},
                           {QStringLiteral("BANKREF-5"), -4000, QStringLiteral("Office Supplies Ltd"),
                            QStringLiteral("DE91100000000123456789"), QStringLiteral("Order 5531")}}));
    }

    BankPage* bank() const { return m_window->bankPage(); }

    // Imports through the Bank page as a user would and waits for the worker.
    void importThroughPage(const QString& path)
    {
        QSignalSpy finished(bank(), &BankPage::importFinished);
        m_window->importBankStatement(path);
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(finished.at(0).at(0).toString().isEmpty()) << finished.at(0).at(0).toString().toStdString();
        settle();
    }

    BankEntryRecord stored(const QString& bankReference)
    {
        for (const BankEntryRecord& r : BankBook(*m_ledger).list())
            if (r.entry.bankReference == bankReference)
                return r;
        ADD_FAILURE() << "no entry " << bankReference.toStdString();
        return {};
    }

    qint64 balance(const QString& number) { return m_ledger->invoice(number, m_ledger.clock().today()).balance; }

    QString m_inv1, m_inv2, m_inv3;
};

} // namespace

TEST_F(BankGui, ImportedStatementShowsEntriesByStatusWithCountsOnTheNavigation)
{
    openLedger();
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank"));
    importThroughPage(writeStatement());

    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Bank);
    EXPECT_EQ(bank()->tabText(BankPage::SuggestedTab), QStringLiteral("Suggested (1)"));
    EXPECT_EQ(bank()->tabText(BankPage::UnmatchedTab), QStringLiteral("Not matched (2)"));
    EXPECT_EQ(bank()->tabText(BankPage::MatchedTab), QStringLiteral("Matched (1)"));
    EXPECT_EQ(bank()->tabText(BankPage::OutgoingTab), QStringLiteral("Outgoing (1)"));
    EXPECT_EQ(bank()->currentTab(), BankPage::SuggestedTab); // where there is something to decide
    EXPECT_TRUE(bank()->statusText().startsWith(QStringLiteral("statement.xml: 5 entr"))) << bank()->statusText().toStdString();
    // Suggested and not matched: what a person has to look at.
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (3)"));

    // The suggestion is beside the entry.
    const QAbstractItemModel* shown = bank()->table()->model();
    ASSERT_EQ(shown->rowCount(), 1);
    EXPECT_EQ(shown->index(0, BankEntryModel::Counterparty).data().toString(), QStringLiteral("Customer C002"));
    EXPECT_TRUE(shown->index(0, BankEntryModel::Suggestion).data().toString().contains(m_inv2));
    EXPECT_TRUE(shown->index(0, BankEntryModel::Suggestion).data().toString().contains(QStringLiteral("C002")));

    // What the ledger holds: the named invoice was paid by itself, nothing else was.
    EXPECT_EQ(stored(QStringLiteral("BANKREF-1")).status, Status::Matched);
    EXPECT_EQ(balance(m_inv1), 0);
    EXPECT_EQ(stored(QStringLiteral("BANKREF-2")).status, Status::Suggested);
    EXPECT_EQ(balance(m_inv2), 25000);
    EXPECT_EQ(stored(QStringLiteral("BANKREF-5")).status, Status::Outgoing);
}

TEST_F(BankGui, EnterAcceptsTheSuggestionAndRecordsThePayment)
{
    openLedger();
    importThroughPage(writeStatement());
    bank()->showTab(BankPage::SuggestedTab);
    QTableView* table = bank()->table();
    ASSERT_EQ(table->model()->rowCount(), 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    settle();

    const BankEntryRecord accepted = stored(QStringLiteral("BANKREF-2"));
    EXPECT_EQ(accepted.status, Status::Matched);
    EXPECT_NE(accepted.paymentId, 0);
    EXPECT_EQ(balance(m_inv2), 0);
    const auto payments = m_ledger->payments(QStringLiteral("C002"));
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments.first().amount, 25000);
    EXPECT_EQ(payments.first().date, QDate(2026, 3, 30)); // the booking date
    EXPECT_EQ(table->model()->rowCount(), 0);
    EXPECT_EQ(bank()->tabText(BankPage::SuggestedTab), QStringLiteral("Suggested"));
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (2)"));
}

TEST_F(BankGui, AssignPicksTheCustomerAndInvoiceBySearch)
{
    openLedger();
    importThroughPage(writeStatement());
    ASSERT_TRUE(bank()->selectEntry(stored(QStringLiteral("BANKREF-3")).id));
    EXPECT_EQ(bank()->currentTab(), BankPage::UnmatchedTab);
    // Not suggested: nothing for Accept to record.
    EXPECT_FALSE(bank()->findChild<QPushButton*>(QStringLiteral("accept"))->isEnabled());
    QTest::mouseClick(bank()->findChild<QPushButton*>(QStringLiteral("assign")), Qt::LeftButton);
    BankAssignDialog* dialog = bank()->assignDialog();
    ASSERT_NE(dialog, nullptr);

    // Found by the invoice's number: its customer, with the invoice ticked.
    dialog->searchField()->clear();
    QTest::keyClicks(dialog->searchField(), m_inv3);
    ASSERT_GE(dialog->hitList()->count(), 1);
    int invoiceHit = -1;
    for (int row = 0; row < dialog->hitList()->count(); ++row)
        if (dialog->hitList()->item(row)->text().contains(m_inv3))
            invoiceHit = row;
    ASSERT_GE(invoiceHit, 0);
    QListWidget* hits = dialog->hitList();
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualItemRect(hits->item(invoiceHit)).center());
    EXPECT_EQ(dialog->customerCode(), QStringLiteral("C003"));
    EXPECT_EQ(dialog->tickedInvoices(), QStringList{m_inv3});
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();

    const BankEntryRecord assigned = stored(QStringLiteral("BANKREF-3"));
    EXPECT_EQ(assigned.status, Status::Matched);
    EXPECT_EQ(assigned.customerCode, QStringLiteral("C003"));
    EXPECT_EQ(balance(m_inv3), 0);
    EXPECT_EQ(bank()->assignDialog(), nullptr); // closed
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (2)"));
}

TEST_F(BankGui, AssignWithARefusalKeepsTheDialogAndTheChoice)
{
    openLedger();
    importThroughPage(writeStatement());
    ASSERT_TRUE(bank()->selectEntry(stored(QStringLiteral("BANKREF-4")).id));
    BankAssignDialog* dialog = bank()->assignCurrent();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->setCustomer(QStringLiteral("C003")));
    ASSERT_TRUE(dialog->setTicked(m_inv3, true));
    // Meanwhile the entry was dealt with elsewhere (another window, the command line).
    BankBook(*m_ledger).ignore(stored(QStringLiteral("BANKREF-4")).id);
    QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
    settle();
    EXPECT_EQ(bank()->assignDialog(), dialog);
    EXPECT_FALSE(dialog->message().isEmpty());
    EXPECT_EQ(dialog->customerCode(), QStringLiteral("C003"));
    EXPECT_EQ(dialog->tickedInvoices(), QStringList{m_inv3});
    EXPECT_EQ(balance(m_inv3), 7550);
    dialog->reject();
}

TEST_F(BankGui, IgnoreAndUndoTakeAnEntryAsideAndBack)
{
    openLedger();
    importThroughPage(writeStatement());
    const qint64 refund = stored(QStringLiteral("BANKREF-4")).id;
    ASSERT_TRUE(bank()->selectEntry(refund));
    QTest::mouseClick(bank()->findChild<QPushButton*>(QStringLiteral("ignore")), Qt::LeftButton);
    settle();
    EXPECT_EQ(stored(QStringLiteral("BANKREF-4")).status, Status::Ignored);
    EXPECT_EQ(bank()->tabText(BankPage::IgnoredTab), QStringLiteral("Ignored (1)"));
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (2)"));

    ASSERT_TRUE(bank()->selectEntry(refund));
    EXPECT_EQ(bank()->currentTab(), BankPage::IgnoredTab);
    QTest::mouseClick(bank()->findChild<QPushButton*>(QStringLiteral("undo")), Qt::LeftButton);
    settle();
    EXPECT_EQ(stored(QStringLiteral("BANKREF-4")).status, Status::Unmatched);
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (3)"));
}

TEST_F(BankGui, UndoRemovesThePaymentAMatchRecorded)
{
    openLedger();
    importThroughPage(writeStatement());
    ASSERT_EQ(m_ledger->payments(QStringLiteral("C001")).size(), 1);
    ASSERT_TRUE(bank()->selectEntry(stored(QStringLiteral("BANKREF-1")).id));
    EXPECT_EQ(bank()->currentTab(), BankPage::MatchedTab);
    QTest::mouseClick(bank()->findChild<QPushButton*>(QStringLiteral("undo")), Qt::LeftButton);
    settle();
    EXPECT_TRUE(m_ledger->payments(QStringLiteral("C001")).isEmpty());
    EXPECT_EQ(balance(m_inv1), 10000);
    const BankEntryRecord back = stored(QStringLiteral("BANKREF-1"));
    EXPECT_NE(back.status, Status::Matched);
    EXPECT_EQ(back.paymentId, 0);
}

TEST_F(BankGui, DeskSaysHowManyBankEntriesWaitAndLeadsToThem)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Followups);
    BankWaitingNotice* notice = m_window->followupsPage()->bankNotice();
    EXPECT_FALSE(notice->isVisible()); // no bank entries yet
    importThroughPage(writeStatement());

    m_window->showPage(MainWindow::Page::Followups);
    settle();
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().startsWith(QStringLiteral("3 bank entr"))) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("not matched yet"))) << notice->text().toStdString();
    EXPECT_EQ(notice->count(), 3);
    QTest::mouseClick(notice->button(), Qt::LeftButton);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Bank);

    // Once none wait, the band goes.
    for (const BankEntryRecord& r : BankBook(m_session->ledger()).list())
        if (r.status == Status::Suggested || r.status == Status::Unmatched)
            BankBook(m_session->ledger()).ignore(r.id);
    EXPECT_EQ(notice->count(), 0);
    m_window->showPage(MainWindow::Page::Followups);
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(BankGui, FileDroppedOnTheWindowIsImported)
{
    openLedger();
    const QString path = writeStatement(QStringLiteral("dropped.xml"));
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy finished(bank(), &BankPage::importFinished);
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    ASSERT_TRUE(finished.wait(60000));
    delete mime;
    EXPECT_EQ(BankBook(*m_ledger).list().size(), 5);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Bank);
}

TEST_F(BankGui, AFileThatIsNoStatementIsRefusedInASentenceAndChangesNothing)
{
    openLedger();
    const QString path = m_ledger.writeFile(QStringLiteral("minutes.xml"), "<?xml version=\"1.0\"?>\n<minutes><item>x</item></minutes>\n");
    QSignalSpy finished(bank(), &BankPage::importFinished);
    m_window->importBankStatement(path);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.at(0).at(0).toString().isEmpty());
    EXPECT_TRUE(bank()->statusText().startsWith(QStringLiteral("Nothing was imported from minutes.xml: "))) << bank()->statusText().toStdString();
    EXPECT_TRUE(BankBook(*m_ledger).list().isEmpty());
    EXPECT_FALSE(bank()->isImporting());
}

TEST_F(BankGui, AStatementInACurrencyTheLedgerDoesNotUseIsRefusedNamingIt)
{
    openLedger();
    // The sample MT940 is in euros; this ledger keeps dollars.
    const QString path = QStringLiteral(SETTLE_TEST_DATA "/bank/march.mt940");
    QSignalSpy finished(bank(), &BankPage::importFinished);
    m_window->importBankStatement(path);
    ASSERT_TRUE(finished.wait(60000));
    const QString said = bank()->statusText();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Nothing was imported from march.mt940: "))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("EUR"))) << said.toStdString();
    EXPECT_TRUE(BankBook(*m_ledger).list().isEmpty());
}

TEST_F(BankGui, CancelStopsABigImportAndNothingIsStored)
{
    openLedger();
    QList<Booking> many;
    for (int i = 1; i <= 3000; ++i)
        many << Booking{QStringLiteral("BULK-%1").arg(i), 1000 + i, QStringLiteral("Payer %1").arg(i),
                        QStringLiteral("DE89370400440532013000"), QStringLiteral("Payment %1").arg(i)};
    const QString path = m_ledger.writeFile(QStringLiteral("year.xml"), camt053(many));
    QSignalSpy finished(bank(), &BankPage::importFinished);
    m_window->importBankStatement(path);
    ASSERT_TRUE(bank()->isImporting());
    EXPECT_TRUE(bank()->findChild<QWidget*>(QStringLiteral("importRow"))->isVisible());
    QTest::mouseClick(bank()->findChild<QPushButton*>(QStringLiteral("cancelImport")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_TRUE(bank()->importJob()->outcome().cancelled);
    EXPECT_TRUE(bank()->statusText().contains(QStringLiteral("cancelled"))) << bank()->statusText().toStdString();
    EXPECT_TRUE(BankBook(*m_ledger).list().isEmpty());
    EXPECT_FALSE(bank()->findChild<QWidget*>(QStringLiteral("importRow"))->isVisible());
}

TEST_F(BankGui, BankCsvColumnsAreMatchedInTheWizardAndRememberedForThatBank)
{
    openLedger();
    // A bank's export with column names Settle does not know, German dates and decimal commas.
    const QByteArray csv = "Konto;DE75512108001245126199\n"
                           "\n"
                           "Tag;Wert;Partner;Partner-Konto;Zweck;Nr\n"
                           "30.03.2026;100,00;Harbour Bakery;DE89370400440532013000;RE " +
                           m_inv1.toUtf8() +
                           ";K-1\n"
                           "30.03.2026;75,50;Lindqvist Holding;DE44500105175407324931;Zahlung Maerz;K-2\n"
                           "29.03.2026;-40,00;Office Supplies Ltd;DE91100000000123456789;Order 5531;K-3\n";
    const QString path = m_ledger.writeFile(QStringLiteral("umsaetze.csv"), csv);
    ImportWizard* wizard = m_window->importBankCsv(path);
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isBankStatementCsv());
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MapPage);
    EXPECT_EQ(wizard->bankPresenter().table().header,
              (QStringList{"Tag", "Wert", "Partner", "Partner-Konto", "Zweck", "Nr"}));
    wizard->next(); // the date, the amount and the text are not matched yet: refused
    EXPECT_EQ(wizard->currentId(), ImportWizard::MapPage);
    wizard->mapColumn(QStringLiteral("Tag"), QStringLiteral("date"));
    wizard->mapColumn(QStringLiteral("Wert"), QStringLiteral("amount"));
    wizard->mapColumn(QStringLiteral("Partner"), QStringLiteral("counterparty"));
    wizard->mapColumn(QStringLiteral("Partner-Konto"), QStringLiteral("iban"));
    wizard->mapColumn(QStringLiteral("Zweck"), QStringLiteral("text"));
    wizard->mapColumn(QStringLiteral("Nr"), QStringLiteral("reference"));
    auto* dateFormat = wizard->findChild<QComboBox*>(QStringLiteral("dateFormat"));
    auto* decimal = wizard->findChild<QComboBox*>(QStringLiteral("decimalSeparator"));
    ASSERT_TRUE(dateFormat && decimal);
    EXPECT_TRUE(dateFormat->isVisible());
    dateFormat->setCurrentText(QStringLiteral("dd.MM.yyyy"));
    decimal->setCurrentIndex(decimal->findData(QStringLiteral(",")));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    EXPECT_TRUE(wizard->checkSummary().startsWith(QStringLiteral("All 3 booking")))
        << wizard->checkSummary().toStdString();
    EXPECT_TRUE(wizard->checkSummary().contains(QStringLiteral("2 money in, 1 money out."))) << wizard->checkSummary().toStdString();

    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ImportPage);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(finished.at(0).at(0).toInt(), 3);
    EXPECT_TRUE(wizard->importMessage().startsWith(QStringLiteral("Imported 3 new booking")))
        << wizard->importMessage().toStdString();
    EXPECT_TRUE(wizard->importMessage().contains(QStringLiteral(": 1 matched and recorded, 0 suggested, 1 not matched, 1 outgoing")))
        << wizard->importMessage().toStdString();
    const BankEntryRecord paid = stored(QStringLiteral("K-1"));
    EXPECT_EQ(paid.status, Status::Matched);
    EXPECT_EQ(paid.entry.amount, 10000);
    EXPECT_EQ(paid.entry.counterpartyIban, QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(balance(m_inv1), 0);
    EXPECT_EQ(stored(QStringLiteral("K-3")).status, Status::Outgoing);
    wizard->accept();
    settle();
    // The Bank page heard of the import done on the worker's connection.
    EXPECT_EQ(m_window->navigationText(MainWindow::Page::Bank), QStringLiteral("Bank (1)"));

    // The next file from the same bank: its columns are known, and a drop imports it.
    ImportWizard* again = m_window->importBankCsv(path);
    again->next();
    ASSERT_EQ(again->currentId(), ImportWizard::MapPage);
    EXPECT_EQ(again->bankPresenter().mapping().amount, QStringLiteral("Wert"));
    EXPECT_EQ(again->bankPresenter().mapping().text, QStringLiteral("Zweck"));
    EXPECT_EQ(again->bankPresenter().mapping().dateFormat, QStringLiteral("dd.MM.yyyy"));
    again->reject();
    settle();
    const QString next = m_ledger.writeFile(
        QStringLiteral("umsaetze-2.csv"),
        "Tag;Wert;Partner;Partner-Konto;Zweck;Nr\n31.03.2026;250,00;Customer C002;DE02120300000000202051;" +
            m_inv2.toUtf8() + ";K-4\n");
    importThroughPage(next);
    EXPECT_EQ(stored(QStringLiteral("K-4")).status, Status::Matched);
    EXPECT_EQ(balance(m_inv2), 0);
}

} // namespace settle::test
