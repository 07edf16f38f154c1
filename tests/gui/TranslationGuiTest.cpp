#include "GuiFixture.h"
#include "Resources.h"

#include <QCoreApplication>
#include <QTranslator>

namespace settle::test {

// The .ts files of resources/translations are compiled into the app (qt_add_translations); the
// plural form is chosen by the count (QCoreApplication::translate then puts the number in for %n).
TEST(Translations, GermanIsCompiledInAndCoversTheWindow)
{
    initResources();
    QTranslator german;
    ASSERT_TRUE(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("settle"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    EXPECT_EQ(german.translate("settle::MainWindow", "Customers"), QStringLiteral("Kunden"));
    EXPECT_EQ(german.translate("settle::InvoiceTableModel", "Overdue %n day(s)", nullptr, 3),
              QStringLiteral("%n Tage überfällig"));
    EXPECT_EQ(german.translate("settle::InvoiceTableModel", "Overdue %n day(s)", nullptr, 1),
              QStringLiteral("%n Tag überfällig"));
}

TEST(Translations, EnglishHasItsPluralForms)
{
    initResources();
    QTranslator english;
    ASSERT_TRUE(english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("settle"),
                             QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(english.translate("settle::InvoicesPage", "%n invoice(s)", nullptr, 1), QStringLiteral("%n invoice"));
    EXPECT_EQ(english.translate("settle::InvoicesPage", "%n invoice(s)", nullptr, 2), QStringLiteral("%n invoices"));
}

} // namespace settle::test
