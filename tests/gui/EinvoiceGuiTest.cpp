// E-invoices in the desktop app (docs/EINVOICE.md): the customer dialog's buyer reference and preferred
// format, and the invoice viewer's Save and Email in the format chosen, the customer's preference first.

#include "GuiFixture.h"

#include "../integration/EinvoiceFixture.h"

#include "customers/CustomerDialog.h"
#include "invoices/InvoiceViewerDialog.h"
#include "invoices/InvoicesPage.h"
#include "widgets/EmailPreviewDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace settle::test {

namespace {

class EinvoiceGui : public GuiFixture
{
protected:
    // The seller set up as e-invoices need, ACME preferring XRechnung CII, and an invoice to it.
    QString prepare()
    {
        EinvoiceFixture::setUpSeller(*m_ledger);
        m_number = EinvoiceFixture::addBuyerAndInvoice(m_ledger);
        openLedger();
        m_window->showInvoice(m_number);
        settle();
        auto* view = m_window->invoicesPage()->findChild<QPushButton*>(QStringLiteral("viewInvoice"));
        EXPECT_NE(view, nullptr);
        if (view)
            QTest::mouseClick(view, Qt::LeftButton);
        settle();
        return m_number;
    }

    InvoiceViewerDialog* viewer() const { return m_window->invoicesPage()->findChild<InvoiceViewerDialog*>(); }

    QString m_number;
};

} // namespace

TEST_F(EinvoiceGui, TheCustomerDialogKeepsTheBuyerReferenceAndTheFormat)
{
    openLedger();
    m_window->newCustomer();
    auto* dialog = m_window->findChild<CustomerDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("code")), QStringLiteral("C902"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Stadt Musterhausen"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("buyerReference")), QStringLiteral("991-33333-44"));
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("einvoice"));
    ASSERT_NE(format, nullptr);
    EXPECT_EQ(format->currentData().toString(), QString()) << "none by default";
    format->setCurrentIndex(format->findData(QStringLiteral("xrechnung-ubl")));
    ASSERT_TRUE(dialog->canSave()) << dialog->message().toStdString();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    settle();
    const auto saved = m_ledger->customer(QStringLiteral("C902"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->buyerReference, QStringLiteral("991-33333-44"));
    EXPECT_EQ(saved->einvoice, QStringLiteral("xrechnung-ubl"));

    CustomerDialog edit(*m_session);
    edit.editCustomer(QStringLiteral("C902"));
    EXPECT_EQ(edit.findChild<QLineEdit*>(QStringLiteral("buyerReference"))->text(), QStringLiteral("991-33333-44"));
    EXPECT_EQ(edit.findChild<QComboBox*>(QStringLiteral("einvoice"))->currentData().toString(),
              QStringLiteral("xrechnung-ubl"));
}

TEST_F(EinvoiceGui, TheViewerSavesTheCustomersFormatFirstAndAnyOther)
{
    prepare();
    InvoiceViewerDialog* dialog = viewer();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->format(), QStringLiteral("xrechnung-cii")) << "the customer's preference";
    EXPECT_EQ(dialog->suggestedFileName(), m_number + QStringLiteral(".xml"));
    const QString xml = m_dir.filePath(QStringLiteral("saved.xml"));
    ASSERT_TRUE(dialog->saveTo(xml)) << dialog->statusText().toStdString();
    EXPECT_EQ(EinvoiceFixture::xpath(xml, QStringLiteral("//rsm:ExchangedDocument/ram:ID/text()")), m_number);
    EXPECT_EQ(EinvoiceFixture::xpath(xml, QStringLiteral("//ram:BuyerReference/text()")), QStringLiteral("04011000-12345-67"));

    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("factur-x")));
    EXPECT_EQ(dialog->suggestedFileName(), m_number + QStringLiteral(".pdf"));
    const QString pdf = m_dir.filePath(QStringLiteral("saved.pdf"));
    ASSERT_TRUE(dialog->saveTo(pdf)) << dialog->statusText().toStdString();
    EXPECT_TRUE(EinvoiceFixture::run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf})
                    .contains(QStringLiteral("factur-x.xml")));

    // The plain PDF has no attachment.
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QString()));
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_TRUE(dialog->saveTo(plain));
    EXPECT_FALSE(EinvoiceFixture::run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), plain})
                     .contains(QStringLiteral("factur-x.xml")));
}

TEST_F(EinvoiceGui, AMissingFieldIsSaidAndNothingIsSaved)
{
    prepare();
    m_ledger->setSetting(QStringLiteral("company.phone"), QString());
    InvoiceViewerDialog* dialog = viewer();
    ASSERT_NE(dialog, nullptr);
    const QString xml = m_dir.filePath(QStringLiteral("never.xml"));
    EXPECT_FALSE(dialog->saveTo(xml));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("company.phone"))) << dialog->statusText().toStdString();
    EXPECT_FALSE(QFile::exists(xml));
}

TEST_F(EinvoiceGui, EmailAttachesTheFormatChosen)
{
    prepare();
    InvoiceViewerDialog* dialog = viewer();
    ASSERT_NE(dialog, nullptr);
    EmailPreviewDialog* preview = dialog->email();
    ASSERT_NE(preview, nullptr) << dialog->statusText().toStdString();
    QStringList names;
    for (const auto& a : preview->message().attachments)
        names << a.fileName;
    EXPECT_EQ(names, (QStringList{m_number + QStringLiteral(".pdf"), m_number + QStringLiteral(".xml")}));
    preview->reject();
    settle();

    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("factur-x")));
    preview = dialog->email();
    ASSERT_NE(preview, nullptr);
    ASSERT_EQ(preview->message().attachments.size(), 1);
    EXPECT_TRUE(preview->message().attachments.first().content.contains("factur-x.xml"));
    preview->reject();
    settle();
}

} // namespace settle::test
