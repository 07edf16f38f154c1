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

const QHash<QString, QString>& french()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("Statement of account"), QStringLiteral("Relevé de compte")},
        {QStringLiteral("Statement of open items"), QStringLiteral("Relevé des factures ouvertes")},
        {QStringLiteral("Invoice"), QStringLiteral("Facture")},
        {QStringLiteral("Fee"), QStringLiteral("Frais")},
        {QStringLiteral("Payment"), QStringLiteral("Paiement")},
        {QStringLiteral("Early-payment discount"), QStringLiteral("Escompte")},
        {QStringLiteral("Credit note"), QStringLiteral("Avoir")},
        {QStringLiteral("Written off"), QStringLiteral("Passée en perte")},
        {QStringLiteral("Voided"), QStringLiteral("Annulée")},
        {QStringLiteral("Date"), QStringLiteral("Date")},
        {QStringLiteral("Statement date"), QStringLiteral("Date du relevé")},
        {QStringLiteral("Period"), QStringLiteral("Période")},
        {QStringLiteral("Customer"), QStringLiteral("Client")},
        {QStringLiteral("Currency"), QStringLiteral("Devise")},
        {QStringLiteral("Transaction"), QStringLiteral("Opération")},
        {QStringLiteral("Reference"), QStringLiteral("Référence")},
        {QStringLiteral("Due"), QStringLiteral("Échéance")},
        {QStringLiteral("Charges"), QStringLiteral("Débit")},
        {QStringLiteral("Credits"), QStringLiteral("Crédit")},
        {QStringLiteral("Balance"), QStringLiteral("Solde")},
        {QStringLiteral("Opening balance"), QStringLiteral("Solde initial")},
        {QStringLiteral("Closing balance"), QStringLiteral("Solde final")},
        {QStringLiteral("Aging of the balance"), QStringLiteral("Ancienneté du solde")},
        {QStringLiteral("Current"), QStringLiteral("Non échu")},
        {QStringLiteral("1–30 days"), QStringLiteral("1–30 jours")},
        {QStringLiteral("31–60 days"), QStringLiteral("31–60 jours")},
        {QStringLiteral("61–90 days"), QStringLiteral("61–90 jours")},
        {QStringLiteral("91+ days"), QStringLiteral("plus de 90 jours")},
        {QStringLiteral("Total due"), QStringLiteral("Total dû")},
        {QStringLiteral("Credit on account"), QStringLiteral("Avoir en compte")},
        {QStringLiteral("Open invoices"), QStringLiteral("Factures ouvertes")},
        {QStringLiteral("Issued"), QStringLiteral("Date")},
        {QStringLiteral("Amount"), QStringLiteral("Montant")},
        {QStringLiteral("Open"), QStringLiteral("Restant dû")},
        {QStringLiteral("Days overdue"), QStringLiteral("Jours de retard")},
        {QStringLiteral("How to pay"), QStringLiteral("Modalités de paiement")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Page %1 sur %2")},
        {QStringLiteral("No transactions in this period."), QStringLiteral("Aucune opération sur cette période.")},
        {QStringLiteral("Nothing is open. Thank you!"), QStringLiteral("Aucun montant n'est ouvert. Merci !")},
        {QStringLiteral("Description"), QStringLiteral("Désignation")},
        {QStringLiteral("Quantity"), QStringLiteral("Quantité")},
        {QStringLiteral("Unit price"), QStringLiteral("Prix unitaire")},
        {QStringLiteral("Tax"), QStringLiteral("TVA")},
        {QStringLiteral("Subtotal"), QStringLiteral("Sous-total")},
        {QStringLiteral("Total"), QStringLiteral("Total")},
        {QStringLiteral("Invoice date"), QStringLiteral("Date de facture")},
        {QStringLiteral("Due date"), QStringLiteral("Date d'échéance")},
        {QStringLiteral("Terms"), QStringLiteral("Conditions de paiement")},
        {QStringLiteral("Paid so far"), QStringLiteral("Déjà payé")},
        {QStringLiteral("Balance due"), QStringLiteral("Reste à payer")},
        {QStringLiteral("%1 % discount if paid by %2, net due %3"), QStringLiteral("Escompte de %1 % pour un paiement au plus tard le %2, net à payer le %3")},
        {QStringLiteral("Net due %1"), QStringLiteral("Net à payer le %1")},
        {QStringLiteral("Due on receipt (%1)"), QStringLiteral("Payable à réception (%1)")},
        {QStringLiteral("Late payments bear interest at %1 % a year."), QStringLiteral("Tout retard de paiement entraîne des pénalités au taux de %1 % par an.")},
        {QStringLiteral("Open invoices as of %1"), QStringLiteral("Factures ouvertes au %1")},
        {QStringLiteral("Please quote %1 with your payment."), QStringLiteral("Merci d'indiquer %1 lors de votre paiement.")},
        {QStringLiteral("bank transfer"), QStringLiteral("virement")},
        {QStringLiteral("card"), QStringLiteral("carte")},
        {QStringLiteral("cash"), QStringLiteral("espèces")},
        {QStringLiteral("check"), QStringLiteral("chèque")},
        {QStringLiteral("direct debit"), QStringLiteral("prélèvement")},
        {QStringLiteral("other"), QStringLiteral("autre")},
        {QStringLiteral("on %1"), QStringLiteral("sur %1")},
        {QStringLiteral("VAT ID"), QStringLiteral("N° TVA")},
        {QStringLiteral("Scan to pay"), QStringLiteral("Scanner pour payer")},
    };
    return words;
}

const QHash<QString, QString>& spanish()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("Statement of account"), QStringLiteral("Extracto de cuenta")},
        {QStringLiteral("Statement of open items"), QStringLiteral("Relación de partidas pendientes")},
        {QStringLiteral("Invoice"), QStringLiteral("Factura")},
        {QStringLiteral("Fee"), QStringLiteral("Gastos")},
        {QStringLiteral("Payment"), QStringLiteral("Pago")},
        {QStringLiteral("Early-payment discount"), QStringLiteral("Descuento por pronto pago")},
        {QStringLiteral("Credit note"), QStringLiteral("Factura rectificativa")},
        {QStringLiteral("Written off"), QStringLiteral("Dada de baja")},
        {QStringLiteral("Voided"), QStringLiteral("Anulada")},
        {QStringLiteral("Date"), QStringLiteral("Fecha")},
        {QStringLiteral("Statement date"), QStringLiteral("Fecha del extracto")},
        {QStringLiteral("Period"), QStringLiteral("Periodo")},
        {QStringLiteral("Customer"), QStringLiteral("Cliente")},
        {QStringLiteral("Currency"), QStringLiteral("Moneda")},
        {QStringLiteral("Transaction"), QStringLiteral("Movimiento")},
        {QStringLiteral("Reference"), QStringLiteral("Referencia")},
        {QStringLiteral("Due"), QStringLiteral("Vencimiento")},
        {QStringLiteral("Charges"), QStringLiteral("Cargos")},
        {QStringLiteral("Credits"), QStringLiteral("Abonos")},
        {QStringLiteral("Balance"), QStringLiteral("Saldo")},
        {QStringLiteral("Opening balance"), QStringLiteral("Saldo inicial")},
        {QStringLiteral("Closing balance"), QStringLiteral("Saldo final")},
        {QStringLiteral("Aging of the balance"), QStringLiteral("Antigüedad del saldo")},
        {QStringLiteral("Current"), QStringLiteral("No vencido")},
        {QStringLiteral("1–30 days"), QStringLiteral("1–30 días")},
        {QStringLiteral("31–60 days"), QStringLiteral("31–60 días")},
        {QStringLiteral("61–90 days"), QStringLiteral("61–90 días")},
        {QStringLiteral("91+ days"), QStringLiteral("más de 90 días")},
        {QStringLiteral("Total due"), QStringLiteral("Total pendiente")},
        {QStringLiteral("Credit on account"), QStringLiteral("Saldo a su favor")},
        {QStringLiteral("Open invoices"), QStringLiteral("Facturas pendientes")},
        {QStringLiteral("Issued"), QStringLiteral("Fecha")},
        {QStringLiteral("Amount"), QStringLiteral("Importe")},
        {QStringLiteral("Open"), QStringLiteral("Pendiente")},
        {QStringLiteral("Days overdue"), QStringLiteral("Días de retraso")},
        {QStringLiteral("How to pay"), QStringLiteral("Forma de pago")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Página %1 de %2")},
        {QStringLiteral("No transactions in this period."), QStringLiteral("No hay movimientos en este periodo.")},
        {QStringLiteral("Nothing is open. Thank you!"), QStringLiteral("No hay ningún importe pendiente. ¡Gracias!")},
        {QStringLiteral("Description"), QStringLiteral("Descripción")},
        {QStringLiteral("Quantity"), QStringLiteral("Cantidad")},
        {QStringLiteral("Unit price"), QStringLiteral("Precio unitario")},
        {QStringLiteral("Tax"), QStringLiteral("IVA")},
        {QStringLiteral("Subtotal"), QStringLiteral("Subtotal")},
        {QStringLiteral("Total"), QStringLiteral("Total")},
        {QStringLiteral("Invoice date"), QStringLiteral("Fecha de factura")},
        {QStringLiteral("Due date"), QStringLiteral("Fecha de vencimiento")},
        {QStringLiteral("Terms"), QStringLiteral("Condiciones de pago")},
        {QStringLiteral("Paid so far"), QStringLiteral("Ya pagado")},
        {QStringLiteral("Balance due"), QStringLiteral("Importe pendiente")},
        {QStringLiteral("%1 % discount if paid by %2, net due %3"), QStringLiteral("Descuento del %1 % si se paga a más tardar el %2, neto con vencimiento el %3")},
        {QStringLiteral("Net due %1"), QStringLiteral("Neto con vencimiento el %1")},
        {QStringLiteral("Due on receipt (%1)"), QStringLiteral("Pago a la recepción (%1)")},
        {QStringLiteral("Late payments bear interest at %1 % a year."), QStringLiteral("Los pagos fuera de plazo devengan un interés de demora del %1 % anual.")},
        {QStringLiteral("Open invoices as of %1"), QStringLiteral("Facturas pendientes a %1")},
        {QStringLiteral("Please quote %1 with your payment."), QStringLiteral("Le rogamos que indique %1 al efectuar el pago.")},
        {QStringLiteral("bank transfer"), QStringLiteral("transferencia")},
        {QStringLiteral("card"), QStringLiteral("tarjeta")},
        {QStringLiteral("cash"), QStringLiteral("efectivo")},
        {QStringLiteral("check"), QStringLiteral("cheque")},
        {QStringLiteral("direct debit"), QStringLiteral("domiciliación")},
        {QStringLiteral("other"), QStringLiteral("otro")},
        {QStringLiteral("on %1"), QStringLiteral("sobre %1")},
        {QStringLiteral("VAT ID"), QStringLiteral("NIF-IVA")},
        {QStringLiteral("Scan to pay"), QStringLiteral("Escanear para pagar")},
    };
    return words;
}

const QHash<QString, QString>& italian()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("Statement of account"), QStringLiteral("Estratto conto")},
        {QStringLiteral("Statement of open items"), QStringLiteral("Estratto delle partite aperte")},
        {QStringLiteral("Invoice"), QStringLiteral("Fattura")},
        {QStringLiteral("Fee"), QStringLiteral("Spese")},
        {QStringLiteral("Payment"), QStringLiteral("Pagamento")},
        {QStringLiteral("Early-payment discount"), QStringLiteral("Sconto per pagamento anticipato")},
        {QStringLiteral("Credit note"), QStringLiteral("Nota di credito")},
        {QStringLiteral("Written off"), QStringLiteral("Stralciata")},
        {QStringLiteral("Voided"), QStringLiteral("Annullata")},
        {QStringLiteral("Date"), QStringLiteral("Data")},
        {QStringLiteral("Statement date"), QStringLiteral("Data dell'estratto")},
        {QStringLiteral("Period"), QStringLiteral("Periodo")},
        {QStringLiteral("Customer"), QStringLiteral("Cliente")},
        {QStringLiteral("Currency"), QStringLiteral("Valuta")},
        {QStringLiteral("Transaction"), QStringLiteral("Movimento")},
        {QStringLiteral("Reference"), QStringLiteral("Riferimento")},
        {QStringLiteral("Due"), QStringLiteral("Scadenza")},
        {QStringLiteral("Charges"), QStringLiteral("Addebiti")},
        {QStringLiteral("Credits"), QStringLiteral("Accrediti")},
        {QStringLiteral("Balance"), QStringLiteral("Saldo")},
        {QStringLiteral("Opening balance"), QStringLiteral("Saldo iniziale")},
        {QStringLiteral("Closing balance"), QStringLiteral("Saldo finale")},
        {QStringLiteral("Aging of the balance"), QStringLiteral("Anzianità del saldo")},
        {QStringLiteral("Current"), QStringLiteral("Non scaduto")},
        {QStringLiteral("1–30 days"), QStringLiteral("1–30 giorni")},
        {QStringLiteral("31–60 days"), QStringLiteral("31–60 giorni")},
        {QStringLiteral("61–90 days"), QStringLiteral("61–90 giorni")},
        {QStringLiteral("91+ days"), QStringLiteral("oltre 90 giorni")},
        {QStringLiteral("Total due"), QStringLiteral("Totale dovuto")},
        {QStringLiteral("Credit on account"), QStringLiteral("Credito a Suo favore")},
        {QStringLiteral("Open invoices"), QStringLiteral("Fatture aperte")},
        {QStringLiteral("Issued"), QStringLiteral("Data")},
        {QStringLiteral("Amount"), QStringLiteral("Importo")},
        {QStringLiteral("Open"), QStringLiteral("Da saldare")},
        {QStringLiteral("Days overdue"), QStringLiteral("Giorni di ritardo")},
        {QStringLiteral("How to pay"), QStringLiteral("Modalità di pagamento")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Pagina %1 di %2")},
        {QStringLiteral("No transactions in this period."), QStringLiteral("Nessun movimento in questo periodo.")},
        {QStringLiteral("Nothing is open. Thank you!"), QStringLiteral("Non risulta nulla da saldare. Grazie!")},
        {QStringLiteral("Description"), QStringLiteral("Descrizione")},
        {QStringLiteral("Quantity"), QStringLiteral("Quantità")},
        {QStringLiteral("Unit price"), QStringLiteral("Prezzo unitario")},
        {QStringLiteral("Tax"), QStringLiteral("IVA")},
        {QStringLiteral("Subtotal"), QStringLiteral("Subtotale")},
        {QStringLiteral("Total"), QStringLiteral("Totale")},
        {QStringLiteral("Invoice date"), QStringLiteral("Data fattura")},
        {QStringLiteral("Due date"), QStringLiteral("Data di scadenza")},
        {QStringLiteral("Terms"), QStringLiteral("Condizioni di pagamento")},
        {QStringLiteral("Paid so far"), QStringLiteral("Già pagato")},
        {QStringLiteral("Balance due"), QStringLiteral("Importo da pagare")},
        {QStringLiteral("%1 % discount if paid by %2, net due %3"), QStringLiteral("Sconto del %1 % per pagamento entro il %2, netto entro il %3")},
        {QStringLiteral("Net due %1"), QStringLiteral("Netto entro il %1")},
        {QStringLiteral("Due on receipt (%1)"), QStringLiteral("Pagamento a vista (%1)")},
        {QStringLiteral("Late payments bear interest at %1 % a year."), QStringLiteral("I ritardi di pagamento comportano interessi di mora del %1 % annuo.")},
        {QStringLiteral("Open invoices as of %1"), QStringLiteral("Fatture aperte al %1")},
        {QStringLiteral("Please quote %1 with your payment."), QStringLiteral("La preghiamo di indicare %1 nella causale del pagamento.")},
        {QStringLiteral("bank transfer"), QStringLiteral("bonifico")},
        {QStringLiteral("card"), QStringLiteral("carta")},
        {QStringLiteral("cash"), QStringLiteral("contanti")},
        {QStringLiteral("check"), QStringLiteral("assegno")},
        {QStringLiteral("direct debit"), QStringLiteral("addebito diretto")},
        {QStringLiteral("other"), QStringLiteral("altro")},
        {QStringLiteral("on %1"), QStringLiteral("su %1")},
        {QStringLiteral("VAT ID"), QStringLiteral("P. IVA")},
        {QStringLiteral("Scan to pay"), QStringLiteral("Scansiona per pagare")},
    };
    return words;
}

const QHash<QString, QString>& dutch()
{
    static const QHash<QString, QString> words{
        {QStringLiteral("Statement of account"), QStringLiteral("Rekeningoverzicht")},
        {QStringLiteral("Statement of open items"), QStringLiteral("Overzicht openstaande posten")},
        {QStringLiteral("Invoice"), QStringLiteral("Factuur")},
        {QStringLiteral("Fee"), QStringLiteral("Kosten")},
        {QStringLiteral("Payment"), QStringLiteral("Betaling")},
        {QStringLiteral("Early-payment discount"), QStringLiteral("Betalingskorting")},
        {QStringLiteral("Credit note"), QStringLiteral("Creditnota")},
        {QStringLiteral("Written off"), QStringLiteral("Afgeboekt")},
        {QStringLiteral("Voided"), QStringLiteral("Geannuleerd")},
        {QStringLiteral("Date"), QStringLiteral("Datum")},
        {QStringLiteral("Statement date"), QStringLiteral("Datum overzicht")},
        {QStringLiteral("Period"), QStringLiteral("Periode")},
        {QStringLiteral("Customer"), QStringLiteral("Klant")},
        {QStringLiteral("Currency"), QStringLiteral("Valuta")},
        {QStringLiteral("Transaction"), QStringLiteral("Boeking")},
        {QStringLiteral("Reference"), QStringLiteral("Referentie")},
        {QStringLiteral("Due"), QStringLiteral("Vervaldatum")},
        {QStringLiteral("Charges"), QStringLiteral("Debet")},
        {QStringLiteral("Credits"), QStringLiteral("Credit")},
        {QStringLiteral("Balance"), QStringLiteral("Saldo")},
        {QStringLiteral("Opening balance"), QStringLiteral("Beginsaldo")},
        {QStringLiteral("Closing balance"), QStringLiteral("Eindsaldo")},
        {QStringLiteral("Aging of the balance"), QStringLiteral("Ouderdom van het saldo")},
        {QStringLiteral("Current"), QStringLiteral("Niet vervallen")},
        {QStringLiteral("1–30 days"), QStringLiteral("1–30 dagen")},
        {QStringLiteral("31–60 days"), QStringLiteral("31–60 dagen")},
        {QStringLiteral("61–90 days"), QStringLiteral("61–90 dagen")},
        {QStringLiteral("91+ days"), QStringLiteral("meer dan 90 dagen")},
        {QStringLiteral("Total due"), QStringLiteral("Totaal verschuldigd")},
        {QStringLiteral("Credit on account"), QStringLiteral("Tegoed")},
        {QStringLiteral("Open invoices"), QStringLiteral("Openstaande facturen")},
        {QStringLiteral("Issued"), QStringLiteral("Datum")},
        {QStringLiteral("Amount"), QStringLiteral("Bedrag")},
        {QStringLiteral("Open"), QStringLiteral("Openstaand")},
        {QStringLiteral("Days overdue"), QStringLiteral("Dagen vervallen")},
        {QStringLiteral("How to pay"), QStringLiteral("Betaalwijze")},
        {QStringLiteral("Page %1 of %2"), QStringLiteral("Pagina %1 van %2")},
        {QStringLiteral("No transactions in this period."), QStringLiteral("Geen boekingen in deze periode.")},
        {QStringLiteral("Nothing is open. Thank you!"), QStringLiteral("Er staat niets open. Hartelijk dank!")},
        {QStringLiteral("Description"), QStringLiteral("Omschrijving")},
        {QStringLiteral("Quantity"), QStringLiteral("Aantal")},
        {QStringLiteral("Unit price"), QStringLiteral("Prijs per stuk")},
        {QStringLiteral("Tax"), QStringLiteral("Btw")},
        {QStringLiteral("Subtotal"), QStringLiteral("Subtotaal")},
        {QStringLiteral("Total"), QStringLiteral("Totaal")},
        {QStringLiteral("Invoice date"), QStringLiteral("Factuurdatum")},
        {QStringLiteral("Due date"), QStringLiteral("Vervaldatum")},
        {QStringLiteral("Terms"), QStringLiteral("Betalingsvoorwaarden")},
        {QStringLiteral("Paid so far"), QStringLiteral("Reeds betaald")},
        {QStringLiteral("Balance due"), QStringLiteral("Te betalen")},
        {QStringLiteral("%1 % discount if paid by %2, net due %3"), QStringLiteral("%1 % korting bij betaling uiterlijk %2, netto te betalen uiterlijk %3")},
        {QStringLiteral("Net due %1"), QStringLiteral("Netto te betalen uiterlijk %1")},
        {QStringLiteral("Due on receipt (%1)"), QStringLiteral("Direct opeisbaar (%1)")},
        {QStringLiteral("Late payments bear interest at %1 % a year."), QStringLiteral("Bij te late betaling berekenen wij een rente van %1 % per jaar.")},
        {QStringLiteral("Open invoices as of %1"), QStringLiteral("Openstaande facturen per %1")},
        {QStringLiteral("Please quote %1 with your payment."), QStringLiteral("Vermeld bij uw betaling %1.")},
        {QStringLiteral("bank transfer"), QStringLiteral("overboeking")},
        {QStringLiteral("card"), QStringLiteral("kaart")},
        {QStringLiteral("cash"), QStringLiteral("contant")},
        {QStringLiteral("check"), QStringLiteral("cheque")},
        {QStringLiteral("direct debit"), QStringLiteral("automatische incasso")},
        {QStringLiteral("other"), QStringLiteral("overig")},
        {QStringLiteral("on %1"), QStringLiteral("op %1")},
        {QStringLiteral("VAT ID"), QStringLiteral("Btw-id")},
        {QStringLiteral("Scan to pay"), QStringLiteral("Scan om te betalen")},
    };
    return words;
}

} // namespace

DocumentLocale::DocumentLocale(const QString& language)
    : m_language(language.trimmed().isEmpty() ? QStringLiteral("en") : language.trimmed()),
      m_locale(QString(m_language).replace(u'-', u'_'))
{
    switch (m_locale.language()) {
    case QLocale::German:
        m_words = &german();
        break;
    case QLocale::French:
        m_words = &french();
        break;
    case QLocale::Spanish:
        m_words = &spanish();
        break;
    case QLocale::Italian:
        m_words = &italian();
        break;
    case QLocale::Dutch:
        m_words = &dutch();
        break;
    default:
        break;
    }
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
    return m_words ? m_words->value(key, key) : key;
}

} // namespace settle
