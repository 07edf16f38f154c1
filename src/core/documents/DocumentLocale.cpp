#include "documents/DocumentLocale.h"

#include "money/LocaleAmount.h"

#include <QHash>

namespace settle {

namespace {

const QHash<QString, QString>& german()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("Statement of account"), QStringLiteral("Kontoauszug")},
        {QStringLiteral("Statement of open items"), QStringLiteral("Offene-Posten-Liste")},
        {QStringLiteral("Invoice"), QStringLiteral("Rechnung")},
        {QStringLiteral("Fee"), QStringLiteral("Gebühr")},
        {QStringLiteral("Payment"), QStringLiteral("Zahlung")},
        {QStringLiteral("Early-payment discount"), QStringLiteral("Skonto")},
        {QStringLiteral("Credit note"), QStringLiteral("Gutschrift")},
        {QStringLiteral("Written off"), QStringLiteral("Ausgebucht")},
        {QStringLiteral("Voided"), QStringLiteral("Storniert")},
        {QStringLiteral("Date"), QStringLiteral("Datum")},
        {QStringLiteral("Statement date"), QStringLiteral("Datum")},
        {QStringLiteral("Period"), QStringLiteral("Zeitraum")},
        {QStringLiteral("Customer"), QStringLiteral("Kunde")},
        {QStringLiteral("Currency"), QStringLiteral("Währung")},
        {QStringLiteral("Transaction"), QStringLiteral("Vorgang")},
        {QStringLiteral("Reference"), QStringLiteral("Referenz")},
        {QStringLiteral("Due"), QStringLiteral("Fällig")},
        {QStringLiteral("Charges"), QStringLiteral("Belastung")},
        {QStringLiteral("Credits"), QStringLiteral("Gutschrift")},
        {QStringLiteral("Balance"), QStringLiteral("Saldo")},
        {QStringLiteral("Opening balance"), QStringLiteral("Anfangssaldo")},
        {QStringLiteral("Closing balance"), QStringLiteral("Endsaldo")},
        {QStringLiteral("Aging of the balance"), QStringLiteral("Fälligkeitsstruktur")},
        {QStringLiteral("Current"), QStringLiteral("Nicht fällig")},
        {QStringLiteral("1–30 days"), QStringLiteral("1–30 Tage")},
        {QStringLiteral("31–60 days"), QStringLiteral("31–60 Tage")},
        {QStringLiteral("61–90 days"), QStringLiteral("61–90 Tage")},
        {QStringLiteral("91+ days"), QStringLiteral("über 90 Tage")},
        {QStringLiteral("Total due"), QStringLiteral("Gesamt offen")},
        {QStringLiteral("Credit on account"), QStringLiteral("Guthaben")},
        {QStringLiteral("Open invoices"), QStringLiteral("Offene Rechnungen")},
        {QStringLiteral("Issued"), QStringLiteral("Datum")},
        {QStringLiteral("Amount"), QStringLiteral("Betrag")},
        {QStringLiteral("Open"), QStringLiteral("Offen")},
        {QStringLiteral("Days overdue"), QStringLiteral("Tage überfällig")},
        {QStringLiteral("How to pay"), QStringLiteral("Zahlungsweise")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Seite %1 von %2")},
        {QStringLiteral("No transactions in this period."),
         QStringLiteral("Keine Buchungen in diesem Zeitraum.")},
        {QStringLiteral("Nothing is open. Thank you!"), QStringLiteral("Es ist nichts offen. Vielen Dank!")},
        {QStringLiteral("Description"), QStringLiteral("Beschreibung")},
        {QStringLiteral("Quantity"), QStringLiteral("Menge")},
        {QStringLiteral("Unit price"), QStringLiteral("Einzelpreis")},
        {QStringLiteral("Tax"), QStringLiteral("MwSt.")},
        {QStringLiteral("Subtotal"), QStringLiteral("Zwischensumme")},
        {QStringLiteral("Total"), QStringLiteral("Gesamt")},
        {QStringLiteral("Invoice date"), QStringLiteral("Rechnungsdatum")},
        {QStringLiteral("Due date"), QStringLiteral("Fällig am")},
        {QStringLiteral("Terms"), QStringLiteral("Zahlungsbedingungen")},
        {QStringLiteral("Paid so far"), QStringLiteral("Bereits bezahlt")},
        {QStringLiteral("Balance due"), QStringLiteral("Offener Betrag")},
        {QStringLiteral("%1 % discount if paid by %2, net due %3"),
         QStringLiteral("%1 % Skonto bei Zahlung bis %2, netto fällig am %3")},
        {QStringLiteral("Net due %1"), QStringLiteral("Netto fällig am %1")},
        {QStringLiteral("Due on receipt (%1)"), QStringLiteral("Sofort fällig (%1)")},
        {QStringLiteral("Late payments bear interest at %1 % a year."),
         QStringLiteral("Bei Zahlungsverzug berechnen wir Zinsen von %1 % pro Jahr.")},
        {QStringLiteral("Open invoices as of %1"), QStringLiteral("Offene Rechnungen am %1")},
        {QStringLiteral("Please quote %1 with your payment."),
         QStringLiteral("Bitte geben Sie bei Zahlung %1 an.")},
        {QStringLiteral("bank transfer"), QStringLiteral("Überweisung")},
        {QStringLiteral("card"), QStringLiteral("Karte")},
        {QStringLiteral("cash"), QStringLiteral("bar")},
        {QStringLiteral("check"), QStringLiteral("Scheck")},
        {QStringLiteral("direct debit"), QStringLiteral("Lastschrift")},
        {QStringLiteral("other"), QStringLiteral("sonstige")},
        {QStringLiteral("on %1"), QStringLiteral("für %1")},
        {QStringLiteral("VAT ID"), QStringLiteral("USt-IdNr.")},
        {QStringLiteral("Scan to pay"), QStringLiteral("Zum Bezahlen scannen")},
    };
    return words;
}

} // namespace

DocumentLocale::DocumentLocale(const QString& language)
    : m_language(language.trimmed().isEmpty() ? QStringLiteral("en") : language.trimmed()),
      m_locale(QString(m_language).replace(u'-', u'_'))
{
    m_german = m_locale.language() == QLocale::German;
    if (m_language.compare(QStringLiteral("en"), Qt::CaseInsensitive) == 0 ||
        m_locale.language() == QLocale::C) {
        m_dateFormat = QStringLiteral("yyyy-MM-dd");
    } else {
        m_dateFormat = m_locale.dateFormat(QLocale::ShortFormat);
        if (!m_dateFormat.contains(QStringLiteral("yyyy")))
            m_dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
}

QString DocumentLocale::amount(qint64 minor, const QString& currency) const
{
    return LocaleAmount::format(minor, currency, m_locale);
}

QString DocumentLocale::date(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, m_dateFormat) : QString();
}

QString DocumentLocale::scaled(qint64 value, int scale) const
{
    return LocaleAmount::formatScaled(value, scale, m_locale);
}

QString DocumentLocale::text(const char* english) const
{
    const QString key = QString::fromUtf8(english);
    if (m_german)
        return german().value(key, key);
    return key;
}

} // namespace settle
