#include "GuiFixture.h"

#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace settle::test {

using ImportGui = GuiFixture;

namespace {

const QByteArray goodAndBad = "code,name,email,terms\n"
                              "C900,Harbour Bakery,orders@harbour.example,Net 14\n"
                              "C901,Lindqvist Architects,accounts@lindqvist.example,Net 45\n"
                              "C902,Oakridge Dental,billing@oakridge.example,Net 30\n";

} // namespace

TEST_F(ImportGui, CsvWithAnErrorListsItBesideItsRowAndImportsNothing)
{
    openLedger();
    const QString path = m_ledger.writeFile(QStringLiteral("customers.csv"), goodAndBad);
    ImportWizard* wizard = m_window->importCsv();
    ASSERT_NE(wizard, nullptr);
    wizard->setKind(Ledger::ImportKind::Customers);
    wizard->setFile(path);
    wizard->next(); // the columns: they match Settle's names
    EXPECT_EQ(wizard->currentId(), ImportWizard::MapPage);
    EXPECT_EQ(wizard->presenter().mapping().value(QStringLiteral("terms")), QStringLiteral("terms"));
    wizard->next(); // the check
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);

    const auto rows = wizard->previewRows();
    ASSERT_EQ(rows.size(), 3); // every row is shown, the good ones too
    EXPECT_EQ(rows[0].first, 2);
    EXPECT_TRUE(rows[0].second.isEmpty());
    EXPECT_EQ(rows[1].first, 3);
    EXPECT_TRUE(rows[1].second.contains(QStringLiteral("terms"))) << rows[1].second.toStdString();
    EXPECT_TRUE(rows[1].second.contains(QStringLiteral("Net 45"))) << rows[1].second.toStdString();
    EXPECT_TRUE(rows[2].second.isEmpty());
    EXPECT_TRUE(wizard->checkSummary().contains(QStringLiteral("1 problem"))) << wizard->checkSummary().toStdString();

    wizard->next(); // refused: nothing is imported while a row is wrong
    EXPECT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    EXPECT_FALSE(m_ledger->customer(QStringLiteral("C900")).has_value());
}

TEST_F(ImportGui, MendedFileImportsAllRowsOnAWorkerThread)
{
    openLedger();
    m_window->showPage(MainWindow::Page::Customers);
    const QString path = m_ledger.writeFile(QStringLiteral("customers.csv"), goodAndBad);
    ImportWizard* wizard = m_window->importCsv();
    wizard->setKind(Ledger::ImportKind::Customers);
    wizard->setFile(path);
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);

    QByteArray mended = goodAndBad;
    mended.replace("Net 45", "Net 30");
    m_ledger.writeFile(QStringLiteral("customers.csv"), mended);
    QTest::mouseClick(wizard->findChild<QAbstractButton*>(QStringLiteral("checkAgain")), Qt::LeftButton);
    EXPECT_TRUE(wizard->checkSummary().contains(QStringLiteral("All 3 row"))) << wizard->checkSummary().toStdString();

    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::ImportPage);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.at(0).at(0).toInt(), 3);
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty());
    EXPECT_TRUE(m_ledger->customer(QStringLiteral("C901")).has_value());
    // The window's own views heard of the import done through the worker's connection.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_window->customersPage()->model()->rowOf(QStringLiteral("C902")) >= 0; }));
}

TEST_F(ImportGui, ColumnsWithOtherNamesAreMappedAndTheMappingRemembered)
{
    openLedger();
    const QString path = m_ledger.writeFile(QStringLiteral("crm-export.csv"),
                                            "Customer ID,Company,Mail\nK1,Alder Farm,office@alder.example\n");
    ImportWizard* wizard = m_window->importCsv();
    wizard->setKind(Ledger::ImportKind::Customers);
    wizard->setFile(path);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MapPage);
    wizard->next(); // code and name are not mapped yet: refused
    EXPECT_EQ(wizard->currentId(), ImportWizard::MapPage);
    wizard->mapColumn(QStringLiteral("Customer ID"), QStringLiteral("code"));
    wizard->mapColumn(QStringLiteral("Company"), QStringLiteral("name"));
    wizard->mapColumn(QStringLiteral("Mail"), QStringLiteral("email"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    EXPECT_TRUE(wizard->checkSummary().contains(QStringLiteral("All 1 row"))) << wizard->checkSummary().toStdString();
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    ASSERT_TRUE(finished.wait(20000));
    const auto imported = m_ledger->customer(QStringLiteral("K1"));
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(imported->name, QStringLiteral("Alder Farm"));
    EXPECT_EQ(imported->email, QStringLiteral("office@alder.example"));
    wizard->accept();

    // Next time the same file's columns are mapped as before.
    EXPECT_EQ(m_settings->importMapping(QStringLiteral("customers")).value(QStringLiteral("Company")), QStringLiteral("name"));
    ImportWizard* again = m_window->importCsv();
    again->setKind(Ledger::ImportKind::Customers);
    again->setFile(path);
    again->next();
    EXPECT_EQ(again->presenter().mapping().value(QStringLiteral("Customer ID")), QStringLiteral("code"));
}

} // namespace settle::test
