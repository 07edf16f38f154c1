<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Settle</source>
        <translation>Über Settle</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Buch:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
</context>
<context>
    <name>BankAssignDialog</name>
    <message>
        <source>Assign a Bank Entry</source>
        <translation>Bankbuchung zuordnen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Customer name or code, invoice number, or an invoice&apos;s amount</source>
        <translation>Kundenname oder -nummer, Rechnungsnummer oder Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Customers and invoices found</source>
        <translation>Gefundene Kunden und Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tick the invoices the payment is for; they are paid in this order, the rest stays as credit on account:</source>
        <translation>Haken Sie die Rechnungen an, für die die Zahlung ist; sie werden in dieser Reihenfolge bezahlt, der Rest bleibt als Guthaben:</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <source>Bank Statements</source>
        <translation>Bankbuchungen</translation>
    </message>
    <message>
        <source>Filter by payer, IBAN, text or amount</source>
        <translation>Nach Zahler, IBAN, Verwendungszweck oder Betrag filtern</translation>
    </message>
    <message>
        <source>Filter bank entries</source>
        <translation>Bankbuchungen filtern</translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation>Kontoauszug &amp;importieren…</translation>
    </message>
    <message>
        <source>A camt.053, MT940, OFX or bank CSV file; you can also drop it on the window</source>
        <translation>Eine camt.053-, MT940-, OFX- oder CSV-Datei der Bank; Sie können sie auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Payments your bank received, from the statement files it gives you. Settle records a payment by itself only where nothing is left to judge; the rest waits here for you.</source>
        <translation>Die Zahlungseingänge Ihrer Bank, aus den Kontoauszugsdateien, die sie Ihnen gibt. Settle erfasst eine Zahlung nur dann selbst, wenn nichts mehr zu entscheiden ist; der Rest wartet hier auf Sie.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Entries by status</source>
        <translation>Buchungen nach Status</translation>
    </message>
    <message>
        <source>Bank entries</source>
        <translation>Bankbuchungen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Record the payment as suggested (Enter)</source>
        <translation>Die Zahlung wie vorgeschlagen erfassen (Eingabetaste)</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>Zu&amp;ordnen…</translation>
    </message>
    <message>
        <source>Choose the customer and the invoices this payment is for</source>
        <translation>Den Kunden und die Rechnungen wählen, für die diese Zahlung ist</translation>
    </message>
    <message>
        <source>Ig&amp;nore</source>
        <translation>Ig&amp;norieren</translation>
    </message>
    <message>
        <source>Not a customer&apos;s payment (a refund, a transfer of your own)</source>
        <translation>Keine Kundenzahlung (eine Erstattung, eine eigene Umbuchung)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Remove the payment recorded for this entry, or take back Ignore</source>
        <translation>Die für diese Buchung erfasste Zahlung entfernen oder „Ignorieren“ zurücknehmen</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>← &amp;All Customers</source>
        <translation>← &amp;Alle Kunden</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Terms and reminders</source>
        <translation>Bedingungen und Mahnungen</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Reminder policy:</source>
        <translation>Mahnverfahren:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>On &amp;hold — send no reminders</source>
        <translation>&amp;Gesperrt — keine Mahnungen senden</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Owes:</source>
        <translation>Schuldet:</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Überfällig:</translation>
    </message>
    <message>
        <source>Credit on account:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>Appl&amp;y Credit…</source>
        <translation>Guthaben &amp;verrechnen…</translation>
    </message>
    <message>
        <source>Set the credit on account against the oldest open invoices</source>
        <translation>Das Guthaben mit den ältesten offenen Rechnungen verrechnen</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Zahlungspläne</translation>
    </message>
    <message>
        <source>Cancel the P&amp;lan…</source>
        <translation>Plan auf&amp;heben…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Your own short id, such as C042</source>
        <translation>Ihr eigenes Kürzel, etwa K042</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation>buchhaltung@beispiel.de</translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation>&amp;Kopie an:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <source>Reminder &amp;policy:</source>
        <translation>&amp;Mahnverfahren:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>Optional, printed on their invoices, such as DE123456789</source>
        <translation>Optional, steht auf den Rechnungen, etwa ATU12345678</translation>
    </message>
    <message>
        <source>&amp;Buyer reference:</source>
        <translation>Käufer&amp;referenz:</translation>
    </message>
    <message>
        <source>Optional, carried by their e-invoices, such as a Leitweg-ID</source>
        <translation>Optional, wird in den E-Rechnungen mitgeführt, etwa eine Leitweg-ID</translation>
    </message>
    <message>
        <source>E-&amp;invoice:</source>
        <translation>E-Re&amp;chnung:</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation>Nach Name oder Kürzel filtern</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>Apply &amp;Suggestion…</source>
        <translation>&amp;Vorschlag übernehmen…</translation>
    </message>
    <message>
        <source>Give the selected customer the reminder policy suggested by how they pay</source>
        <translation>Dem ausgewählten Kunden das Mahnverfahren zuweisen, das sein Zahlungsverhalten nahelegt</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>&amp;Waiting for approval only</source>
        <translation>Nur &amp;wartende Freigaben</translation>
    </message>
    <message>
        <source>&amp;Approve and Send</source>
        <translation>&amp;Freigeben und senden</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reminders raised before and after due dates, newest first. Stages that need a person (such as a collections review) wait here for your approval; nothing is delivered for them until you approve.</source>
        <translation>Erinnerungen vor und nach Fälligkeit, die neuesten zuerst. Schritte, die eine Person brauchen (etwa die Inkasso-Prüfung), warten hier auf Ihre Freigabe; bis dahin wird für sie nichts zugestellt.</translation>
    </message>
    <message>
        <source>Follow-up details</source>
        <translation>Details des Mahnschritts</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Settle reads UTF-8 CSV files with a header row. An import adds every row or none.</source>
        <translation>Settle liest CSV-Dateien in UTF-8 mit Kopfzeile. Ein Import übernimmt alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Say which Settle column each column of your file holds. Settle remembers your choice for next time.</source>
        <translation>Geben Sie an, welche Settle-Spalte jede Spalte Ihrer Datei enthält. Settle merkt sich die Zuordnung für das nächste Mal.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Jede Zeile prüfen</translation>
    </message>
    <message>
        <source>Each row with a problem shows it beside the row. Mend the file and check again; nothing is imported until every row is right.</source>
        <translation>Jede fehlerhafte Zeile zeigt ihr Problem daneben. Korrigieren Sie die Datei und prüfen Sie erneut; importiert wird erst, wenn alle Zeilen stimmen.</translation>
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation>Zeilen und ihre Probleme</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>All rows go in together, in one step, or none do.</source>
        <translation>Alle Zeilen werden zusammen in einem Schritt übernommen – oder keine.</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>A&amp;mounts written as:</source>
        <translation>&amp;Beträge geschrieben als:</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
</context>
<context>
    <name>InvoiceActionDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation>Vereinbar&amp;t am:</translation>
    </message>
    <message>
        <source>The day the customer agreed, such as yesterday&apos;s phone call</source>
        <translation>Der Tag, an dem der Kunde zugestimmt hat, etwa beim gestrigen Telefonat</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Bedingungen:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation>&amp;Rechnungsdatum:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;From the terms</source>
        <translation>&amp;Aus den Bedingungen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesamt:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>InvoiceIssuedDialog</name>
    <message>
        <source>Send it now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation>Text der E-Mail</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Number or customer</source>
        <translation>Nummer oder Kunde</translation>
    </message>
    <message>
        <source>Filter invoices</source>
        <translation>Rechnungen filtern</translation>
    </message>
    <message>
        <source>Clear aging filter</source>
        <translation>Altersfilter aufheben</translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation>&amp;Neue Rechnung…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>&amp;Reklamation…</translation>
    </message>
    <message>
        <source>Pro&amp;mise to Pay…</source>
        <translation>Zahlungs&amp;zusage…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>Invoice details</source>
        <translation>Rechnungsdetails</translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>The invoice as the customer gets it, to print, save or email (Enter)</source>
        <translation>Die Rechnung, wie der Kunde sie bekommt, zum Drucken, Speichern oder Senden (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Issue a copy of this invoice every month, quarter or year</source>
        <translation>Jeden Monat, jedes Quartal oder jedes Jahr eine Kopie dieser Rechnung ausstellen</translation>
    </message>
    <message>
        <source>Payment P&amp;lan…</source>
        <translation>Zahlungs&amp;plan…</translation>
    </message>
    <message>
        <source>Agree a payment plan: what is open, in installments</source>
        <translation>Einen Zahlungsplan vereinbaren: den offenen Betrag in Raten</translation>
    </message>
    <message>
        <source>Cancel t&amp;he Plan…</source>
        <translation>Plan auf&amp;heben…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Receivables</source>
        <translation>&amp;Forderungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation>&amp;Neues Buch…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation>Buch ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation>&amp;Demo-Buch öffnen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close Ledger</source>
        <translation>Buch &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Run &amp;Follow-ups</source>
        <translation>&amp;Mahnlauf starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;About Settle</source>
        <translation>Ü&amp;ber Settle</translation>
    </message>
    <message>
        <source>Open a &amp;Shared Ledger…</source>
        <translation>&amp;Gemeinsames Buch öffnen…</translation>
    </message>
    <message>
        <source>Import &amp;Bank Statement…</source>
        <translation>&amp;Kontoauszug importieren…</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Nachrichten mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Queue a failed message, or one whose delivery is unknown, to be sent again</source>
        <translation>Eine fehlgeschlagene Nachricht oder eine mit unklarer Zustellung erneut zum Versand einreihen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Keep the message, but never send it</source>
        <translation>Nachricht behalten, aber nie senden</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send every queued message that is due, with the SMTP settings</source>
        <translation>Alle fälligen Nachrichten im Postausgang mit den SMTP-Einstellungen senden</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Bank reference, check number …</source>
        <translation>Bankreferenz, Schecknummer …</translation>
    </message>
    <message>
        <source>Applied to (suggested: oldest due first — change any amount):</source>
        <translation>Verrechnet mit (Vorschlag: älteste Fälligkeit zuerst — jeder Betrag änderbar):</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Verrechnung</translation>
    </message>
    <message>
        <source>Use the &amp;Suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <source>A&amp;greed on:</source>
        <translation>&amp;Vereinbart am:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>Anzahl &amp;Raten:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;First due:</source>
        <translation>&amp;Erste Fälligkeit:</translation>
    </message>
    <message>
        <source>&amp;Schedule (change any date or amount):</source>
        <translation>&amp;Plan (jedes Datum und jeden Betrag können Sie ändern):</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>A&amp;dd Installment</source>
        <translation>Rate &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Installment</source>
        <translation>Rate ent&amp;fernen</translation>
    </message>
    <message>
        <source>Schedule adds up to:</source>
        <translation>Summe des Plans:</translation>
    </message>
    <message>
        <source>Open balance:</source>
        <translation>Offener Betrag:</translation>
    </message>
    <message>
        <source>Send the &amp;confirmation email with the schedule</source>
        <translation>Bestätigungs-E-Mail mit dem Plan &amp;senden</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Filter by customer or reference</source>
        <translation>Nach Kunde oder Referenz filtern</translation>
    </message>
    <message>
        <source>Filter payments</source>
        <translation>Zahlungen filtern</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Reminder &amp;policy:</source>
        <translation>&amp;Mahnverfahren:</translation>
    </message>
    <message>
        <source>A&amp;dd Stage</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Stages go in order: the offset counts days from the due date (negative = before it), the gap is the least number of days after the previous stage. Channels: email, letter, task, or several joined by + (email+letter). Fees are charged on a separate invoice.</source>
        <translation>Die Stufen folgen der Reihe nach: Der Versatz zählt Tage ab Fälligkeit (negativ = davor), der Abstand ist die Mindestzahl an Tagen nach der vorigen Stufe. Kanäle: email, letter, task oder mehrere mit + verbunden (email+letter). Gebühren werden auf einer eigenen Rechnung berechnet.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save &amp;Policy</source>
        <translation>Verfahren &amp;speichern</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>Neues Verfahren</translation>
    </message>
    <message>
        <source>Start a new policy without stages</source>
        <translation>Ein neues Mahnverfahren ohne Stufen beginnen</translation>
    </message>
    <message>
        <source>Copy Policy</source>
        <translation>Verfahren kopieren</translation>
    </message>
    <message>
        <source>Start a new policy with the stages of this one</source>
        <translation>Ein neues Mahnverfahren mit den Stufen dieses Verfahrens beginnen</translation>
    </message>
    <message>
        <source>Delete Policy…</source>
        <translation>Verfahren löschen…</translation>
    </message>
    <message>
        <source>Delete this policy; only one no customer uses can be deleted</source>
        <translation>Dieses Mahnverfahren löschen; nur ein Verfahren, das kein Kunde verwendet, kann gelöscht werden</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Name des Mahnverfahrens</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Both &quot;%1&quot; and &quot;%2&quot; are mapped to %3.</source>
        <translation>„%1“ und „%2“ sind beide %3 zugeordnet.</translation>
    </message>
    <message>
        <source>No column of the file is mapped to %1, which Settle needs.</source>
        <translation>Keine Spalte der Datei ist %1 zugeordnet, das Settle braucht.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>RepeatInvoiceDialog</name>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>&amp;First on:</source>
        <translation>&amp;Erstmals am:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>E&amp;mail each one to the customer as it is issued</source>
        <translation>Jede per E-&amp;Mail an den Kunden senden, sobald sie ausgestellt ist</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging Report</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>What customers owe by days past due, per currency. Double-click an amount to see the invoices behind it.</source>
        <translation>Was Kunden schulden, nach Tagen der Überfälligkeit, je Währung. Doppelklicken Sie auf einen Betrag, um die Rechnungen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Double-click a customer&apos;s amount to list its invoices.</source>
        <translation>Doppelklicken Sie auf den Betrag eines Kunden, um seine Rechnungen aufzulisten.</translation>
    </message>
    <message>
        <source>Invoices in the chosen bucket</source>
        <translation>Rechnungen der gewählten Altersgruppe</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation>&amp;Zahlungsangaben:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Invoice number &amp;prefix:</source>
        <translation>&amp;Präfix der Rechnungsnummer:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Settle starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Settle.</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Fi&amp;rma</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Accepted payment methods:</source>
        <translation>Akzeptierte Zahlungsarten:</translation>
    </message>
    <message>
        <source>Document lan&amp;guage:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>587</source>
        <translation>587</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation>buchhaltung@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Reply-to address:</source>
        <translation>Ant&amp;wortadresse:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Send a blind copy of every email to the from address</source>
        <translation>Jede E-Mail als Blindkopie an die Absenderadresse senden</translation>
    </message>
    <message>
        <source>Reminder emails are sent through this server. Leave the server empty while email is not set up: follow-ups still go to the outbox.</source>
        <translation>Mahn-E-Mails werden über diesen Server verschickt. Lassen Sie den Server leer, solange E-Mail nicht eingerichtet ist: Mahnschritte landen trotzdem im Postausgang.</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Mahnwesen</translation>
    </message>
    <message>
        <source>Look for follow-ups &amp;every:</source>
        <translation>Mahnschritte &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>minutes (and whenever the date changes)</source>
        <translation>Minuten (und bei jedem Datumswechsel)</translation>
    </message>
    <message>
        <source>Send stages that need no approval &amp;automatically</source>
        <translation>Stufen ohne Freigabepflicht &amp;automatisch senden</translation>
    </message>
    <message>
        <source>Off: every reminder waits in the follow-up queue until you send it. On: reminders whose stage needs no approval are sent as soon as they are raised; stages that need a person still wait for you.</source>
        <translation>Aus: Jede Mahnung wartet in der Mahnliste, bis Sie sie senden. Ein: Mahnungen, deren Stufe keine Freigabe braucht, werden gleich beim Auslösen gesendet; Stufen, die eine Person brauchen, warten weiter auf Sie.</translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation>Zahlungs&amp;bedingungen</translation>
    </message>
    <message>
        <source>This compute&amp;r</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Raise follow-ups &amp;automatically while Settle is open on this computer</source>
        <translation>Mahnschritte &amp;automatisch auslösen, solange Settle auf diesem Computer geöffnet ist</translation>
    </message>
    <message>
        <source>Bank account (&amp;IBAN):</source>
        <translation>Bankkonto (&amp;IBAN):</translation>
    </message>
    <message>
        <source>Bank code (&amp;BIC):</source>
        <translation>Bankcode (&amp;BIC):</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 oder 11 Zeichen</translation>
    </message>
    <message>
        <source>VAT I&amp;D:</source>
        <translation>USt-I&amp;dNr.:</translation>
    </message>
    <message>
        <source>Printed on invoices, such as DE123456789</source>
        <translation>Steht auf den Rechnungen, etwa DE123456789</translation>
    </message>
    <message>
        <source>Send a thank-you email when a pa&amp;yment is recorded</source>
        <translation>Dankes-E-Mail senden, wenn eine Zahlung &amp;erfasst wird</translation>
    </message>
    <message>
        <source>Attach the &amp;invoices to reminders</source>
        <translation>Rechnungen an Mahnungen an&amp;hängen</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Statements of Account</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Activity from</source>
        <translation>&amp;Bewegungen vom</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum vom</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Datum des Kontoauszugs</translation>
    </message>
    <message>
        <source>&amp;Open items only</source>
        <translation>Nur &amp;offene Posten</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Queue the statement email (the statement template) with the PDF in the outbox</source>
        <translation>Die Kontoauszugs-E-Mail (Vorlage Kontoauszug) mit der PDF-Datei in den Postausgang stellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Write All…</source>
        <translation>&amp;Alle erstellen…</translation>
    </message>
    <message>
        <source>A statement for every customer with a balance, one PDF each, into a folder</source>
        <translation>Einen Kontoauszug für jeden Kunden mit Saldo, je eine PDF-Datei, in einen Ordner schreiben</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Message Templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the text Settle ships for this template and language</source>
        <translation>Den mit Settle gelieferten Text für diese Vorlage und Sprache wiederherstellen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt body:</source>
        <translation>&amp;Textteil:</translation>
    </message>
    <message>
        <source>&amp;HTML body (empty: plain text only):</source>
        <translation>&amp;HTML-Teil (leer: nur Text):</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;For customer:</source>
        <translation>Für &amp;Kunde:</translation>
    </message>
    <message>
        <source>Preview for customer</source>
        <translation>Vorschau für Kunde</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Payment Term</source>
        <translation>Zahlungsbedingung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Net 45</source>
        <translation>Netto 45</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Tag des &amp;Monats:</translation>
    </message>
    <message>
        <source>1–31</source>
        <translation>1–31</translation>
    </message>
    <message>
        <source>Early-payment d&amp;iscount (%):</source>
        <translation>&amp;Skonto (%):</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>…if paid &amp;within (days):</source>
        <translation>…bei Zahlung &amp;innerhalb (Tage):</translation>
    </message>
    <message>
        <source>Late &amp;interest (% a year):</source>
        <translation>&amp;Verzugszinsen (% p. a.):</translation>
    </message>
    <message>
        <source>&amp;Grace days:</source>
        <translation>&amp;Karenztage:</translation>
    </message>
    <message>
        <source>&amp;Late fee:</source>
        <translation>Mahn&amp;gebühr:</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Show &amp;retired terms</source>
        <translation>&amp;Archivierte Bedingungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Add Term…</source>
        <translation>Bedingung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>Issued invoices keep the terms they were issued with. A retired term stays with the customers that have it, but is no longer offered for new customers and invoices.</source>
        <translation>Ausgestellte Rechnungen behalten ihre Zahlungsbedingungen. Eine archivierte Bedingung bleibt bei den Kunden, die sie haben, wird aber für neue Kunden und Rechnungen nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Settle</source>
        <translation>Willkommen bei Settle</translation>
    </message>
    <message>
        <source>Keep track of who owes you what, and get paid on time. Create a ledger for your business, open one you have, or look around in the demo ledger.</source>
        <translation>Behalten Sie im Blick, wer Ihnen was schuldet, und werden Sie pünktlich bezahlt. Legen Sie ein Buch für Ihr Unternehmen an, öffnen Sie ein vorhandenes oder sehen Sie sich im Demo-Buch um.</translation>
    </message>
    <message>
        <source>Create a ledger</source>
        <translation>Buch anlegen</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Northwind Design Studio</source>
        <translation>Nordwind Designstudio</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation>&amp;Zahlungsangaben:</translation>
    </message>
    <message>
        <source>Bank, IBAN or account number, reference to quote</source>
        <translation>Bank, IBAN oder Kontonummer, anzugebende Referenz</translation>
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Create &amp;Ledger</source>
        <translation>Buch &amp;anlegen</translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent ledgers:</source>
        <translation>&amp;Zuletzt verwendete Bücher:</translation>
    </message>
    <message>
        <source>&amp;Open a Ledger File…</source>
        <translation>Buch-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation>&amp;Demo-Buch öffnen</translation>
    </message>
    <message>
        <source>The demo ledger is a small design studio with customers, invoices in every aging bucket and payments — safe to try things on.</source>
        <translation>Das Demo-Buch ist ein kleines Designstudio mit Kunden, Rechnungen in jeder Altersstufe und Zahlungen — zum gefahrlosen Ausprobieren.</translation>
    </message>
    <message>
        <source>Open a &amp;Shared Ledger…</source>
        <translation>&amp;Gemeinsames Buch öffnen…</translation>
    </message>
    <message>
        <source>A ledger several bookkeepers share on a PostgreSQL server</source>
        <translation>Ein Buch, das mehrere Buchhalter auf einem PostgreSQL-Server gemeinsam führen</translation>
    </message>
</context>
<context>
    <name>settle::AboutDialog</name>
    <message>
        <source>&lt;b&gt;Settle&lt;/b&gt;&lt;br&gt;Accounts receivable for small businesses</source>
        <translation>&lt;b&gt;Settle&lt;/b&gt;&lt;br&gt;Debitorenverwaltung für kleine Unternehmen</translation>
    </message>
    <message>
        <source>Apache License 2.0 (&lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;the license&apos;s text&lt;/a&gt;)</source>
        <translation>Apache License 2.0 (&lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;Text der Lizenz&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>No ledger is open (the default one is %1)</source>
        <translation>Es ist kein Buch geöffnet (das Standardbuch ist %1)</translation>
    </message>
    <message>
        <source>In backups/ beside the ledger</source>
        <translation>In backups/ neben dem Buch</translation>
    </message>
</context>
<context>
    <name>settle::BackupActions</name>
    <message>
        <source>Today&apos;s automatic backup: %1</source>
        <translation>Heutige automatische Sicherung: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot back up the ledger</source>
        <translation>Das Buch kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Settle backups (*.settle *.db);;All files (*)</source>
        <translation>Settle-Sicherungen (*.settle *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the ledger %1 with the backup %2?

The ledger as it is now is kept as %3.</source>
        <translation>Das Buch %1 durch die Sicherung %2 ersetzen?

Das Buch in seinem jetzigen Stand wird als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation>Das Buch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>Res&amp;tore from a Backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>settle::BankAssignDialog</name>
    <message>
        <source>&amp;Record Payment</source>
        <translation>Zahlung &amp;erfassen</translation>
    </message>
    <message>
        <source>%1 from %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>einem ungenannten Zahler</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Verwendungszweck: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation>(Kunden wählen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Kunde: %1 (%2)</translation>
    </message>
    <message>
        <source>Invoice %1 — %2, %3</source>
        <translation>Rechnung %1 — %2, %3</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open in %2.</source>
        <translation>Bei Rechnung %1 ist in %2 nichts offen.</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Wählen Sie den Kunden, der bezahlt hat.</translation>
    </message>
    <message>
        <source>%1 has nothing open in %2: all %3 stays as credit on account.</source>
        <translation>Bei %1 ist in %2 nichts offen: die ganzen %3 bleiben als Guthaben.</translation>
    </message>
    <message>
        <source>Tick the invoices the payment is for.</source>
        <translation>Haken Sie die Rechnungen an, für die die Zahlung ist.</translation>
    </message>
    <message>
        <source>The ticked invoices have %1 open; the payment of %2 goes to them in this order.</source>
        <translation>Bei den angehakten Rechnungen sind %1 offen; die Zahlung von %2 geht in dieser Reihenfolge an sie.</translation>
    </message>
    <message>
        <source>The ticked invoices have %1 open; %2 stays as credit on account.</source>
        <translation>Bei den angehakten Rechnungen sind %1 offen; %2 bleiben als Guthaben.</translation>
    </message>
</context>
<context>
    <name>settle::BankCsvPresenter</name>
    <message>
        <source>booking date (needed)</source>
        <translation>Buchungstag (nötig)</translation>
    </message>
    <message>
        <source>value date</source>
        <translation>Wertstellung</translation>
    </message>
    <message>
        <source>amount, signed (or debit and credit)</source>
        <translation>Betrag mit Vorzeichen (oder Soll und Haben)</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>Soll (Ausgang)</translation>
    </message>
    <message>
        <source>money in</source>
        <translation>Haben (Eingang)</translation>
    </message>
    <message>
        <source>payer or payee</source>
        <translation>Zahler oder Empfänger</translation>
    </message>
    <message>
        <source>payer&apos;s IBAN</source>
        <translation>IBAN des Zahlers</translation>
    </message>
    <message>
        <source>remittance text (needed)</source>
        <translation>Verwendungszweck (nötig)</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>bank&apos;s reference</source>
        <translation>Referenz der Bank</translation>
    </message>
    <message>
        <source>Settle may not read %1.</source>
        <translation>Settle darf %1 nicht lesen.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is too large for a bank statement.</source>
        <translation>%1 ist für einen Kontoauszug zu groß.</translation>
    </message>
    <message>
        <source>No column is the amount (or money in and money out), which Settle needs.</source>
        <translation>Keine Spalte ist der Betrag (oder Soll und Haben), den Settle braucht.</translation>
    </message>
    <message>
        <source>No column is the booking date, which Settle needs.</source>
        <translation>Keine Spalte ist der Buchungstag, den Settle braucht.</translation>
    </message>
    <message>
        <source>No column is the remittance text, which Settle needs to find the invoices.</source>
        <translation>Keine Spalte ist der Verwendungszweck, den Settle braucht, um die Rechnungen zu finden.</translation>
    </message>
    <message>
        <source>The file has no column for: %1.</source>
        <translation>Der Datei fehlt eine Spalte für: %1.</translation>
    </message>
</context>
<context>
    <name>settle::BankEntryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>nennt %1</translation>
    </message>
    <message>
        <source>%1, credit on account</source>
        <translation>%1, als Guthaben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
Reference: %2</source>
        <translation>%1
Referenz: %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Payer or payee</source>
        <translation>Zahler oder Empfänger</translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation>Konto (IBAN)</translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoices and customer</source>
        <translation>Rechnungen und Kunde</translation>
    </message>
</context>
<context>
    <name>settle::BankPage</name>
    <message>
        <source>Cannot read the bank entries: %1</source>
        <translation>Die Bankbuchungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Settle found the payer or the invoices; you decide</source>
        <translation>Settle hat den Zahler oder die Rechnungen gefunden; Sie entscheiden</translation>
    </message>
    <message>
        <source>Nothing certain enough: assign them</source>
        <translation>Nichts sicher genug: ordnen Sie sie zu</translation>
    </message>
    <message>
        <source>A payment is recorded for them</source>
        <translation>Für sie ist eine Zahlung erfasst</translation>
    </message>
    <message>
        <source>Money out: listed, never touches receivables</source>
        <translation>Geldausgänge: aufgeführt, berühren die Forderungen nie</translation>
    </message>
    <message>
        <source>No bank entries yet. Import the statement file your bank gives you (camt.053, MT940, OFX or CSV), or drop it on the window.</source>
        <translation>Noch keine Bankbuchungen. Importieren Sie die Kontoauszugsdatei Ihrer Bank (camt.053, MT940, OFX oder CSV) oder ziehen Sie sie auf das Fenster.</translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation>einem ungenannten Zahler</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 an %3</translation>
    </message>
    <message>
        <source>an unnamed payee</source>
        <translation>einen ungenannten Empfänger</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Suggested: %1. Enter records it; Assign chooses otherwise.</source>
        <translation>Vorschlag: %1. Die Eingabetaste erfasst ihn; „Zuordnen“ wählt anders.</translation>
    </message>
    <message>
        <source>Settle found no customer for it: Assign chooses one.</source>
        <translation>Settle hat keinen Kunden dafür gefunden: „Zuordnen“ wählt einen.</translation>
    </message>
    <message>
        <source>Not certain: %1. Assign chooses the customer and invoices.</source>
        <translation>Nicht sicher: %1. „Zuordnen“ wählt Kunde und Rechnungen.</translation>
    </message>
    <message>
        <source>Recorded as a payment: %1. Undo removes the payment.</source>
        <translation>Als Zahlung erfasst: %1. „Rückgängig“ entfernt die Zahlung.</translation>
    </message>
    <message>
        <source>Ignored: not a customer&apos;s payment. Undo takes it back.</source>
        <translation>Ignoriert: keine Kundenzahlung. „Rückgängig“ nimmt das zurück.</translation>
    </message>
    <message>
        <source>Money out: it never touches receivables.</source>
        <translation>Geldausgang: berührt die Forderungen nie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot record the payment</source>
        <translation>Die Zahlung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Recorded %1 from the bank: %2.</source>
        <translation>%1 von der Bank erfasst: %2.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Zahlung erfasst.</translation>
    </message>
    <message>
        <source>Cannot ignore the entry</source>
        <translation>Die Buchung kann nicht ignoriert werden</translation>
    </message>
    <message>
        <source>Ignored: it is not a customer&apos;s payment.</source>
        <translation>Ignoriert: es ist keine Kundenzahlung.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>The payment recorded for the entry is removed; the entry waits again.</source>
        <translation>Die für die Buchung erfasste Zahlung ist entfernt; die Buchung wartet wieder.</translation>
    </message>
    <message>
        <source>The entry waits again.</source>
        <translation>Die Buchung wartet wieder.</translation>
    </message>
    <message>
        <source>Import a Bank Statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.053 *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.camt *.053 *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A statement is still being imported; wait for it or cancel it.</source>
        <translation>Ein Kontoauszug wird noch importiert; warten Sie darauf oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import von %1 abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Bank statement CSV</source>
        <translation>CSV-Kontoauszug</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2

Match its columns in the import wizard? Settle remembers them for this bank.</source>
        <translation>Aus %1 wurde nichts importiert:
%2

Die Spalten im Import-Assistenten zuordnen? Settle merkt sie sich für diese Bank.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies)</source>
        <translation>
            <numerusform>%1: %n Buchung</numerusform>
            <numerusform>%1: %n Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already imported before</source>
        <translation>
            <numerusform>, %n schon früher importiert</numerusform>
            <numerusform>, %n schon früher importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n payment(s) matched and recorded</source>
        <translation>
            <numerusform>; %n Zahlung zugeordnet und erfasst</numerusform>
            <numerusform>; %n Zahlungen zugeordnet und erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n vorgeschlagen</numerusform>
            <numerusform>, %n vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not matched</source>
        <translation>
            <numerusform>, %n nicht zugeordnet</numerusform>
            <numerusform>, %n nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outgoing</source>
        <translation>
            <numerusform>, %n Ausgang</numerusform>
            <numerusform>, %n Ausgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>settle::BankWaitingNotice</name>
    <message>
        <source>Open the &amp;Bank Page</source>
        <translation>&amp;Bankseite öffnen</translation>
    </message>
    <message>
        <source>Bank entries not matched yet</source>
        <translation>Noch nicht zugeordnete Bankbuchungen</translation>
    </message>
    <message>
        <source>Cannot count the bank entries: %1</source>
        <translation>Die Bankbuchungen können nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bank entry(ies) are not matched yet: a payment among them may be for an invoice this queue reminds. Check them before you send.</source>
        <translation>
            <numerusform>%n Bankbuchung ist noch nicht zugeordnet: sie kann die Zahlung einer Rechnung sein, an die diese Liste erinnert. Prüfen Sie sie vor dem Senden.</numerusform>
            <numerusform>%n Bankbuchungen sind noch nicht zugeordnet: darunter kann die Zahlung einer Rechnung sein, an die diese Liste erinnert. Prüfen Sie sie vor dem Senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::CoreLabels</name>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation>Kryptowährung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>payment thank-you</source>
        <translation>Zahlungsdank</translation>
    </message>
    <message>
        <source>due on receipt</source>
        <translation>sofort fällig</translation>
    </message>
    <message>
        <source>net %1 days</source>
        <translation>netto %1 Tage</translation>
    </message>
    <message>
        <source>net %1 days after the end of the month</source>
        <translation>netto %1 Tage nach Monatsende</translation>
    </message>
    <message>
        <source>due on day %1 of the following month</source>
        <translation>fällig am %1. des Folgemonats</translation>
    </message>
    <message>
        <source>%1 % discount within %2 days, %3</source>
        <translation>%1 % Skonto innerhalb von %2 Tagen, %3</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>settle::CustomerDetailPage</name>
    <message>
        <source>Cannot change the hold</source>
        <translation>Sperre kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cc %1</source>
        <translation>Kopie an %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reminders the follow-up engine raised and the disputes, promises and extensions recorded. Notes and calls are not kept yet.</source>
        <translation>Vom Mahnwesen ausgelöste Erinnerungen und die erfassten Reklamationen, Zusagen und Verlängerungen. Notizen und Anrufe werden noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Repeating invoices</source>
        <translation>Wiederkehrende Rechnungen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Vereinbart am %1</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Zahlungspläne</translation>
    </message>
    <message>
        <source>Payment plans (%1)</source>
        <translation>Zahlungspläne (%1)</translation>
    </message>
    <message>
        <source>Cancel the Payment Plan on %1?</source>
        <translation>Den Zahlungsplan für %1 aufheben?</translation>
    </message>
    <message>
        <source>The installments end today and %1 is one amount again, due as before. Cancel the plan?</source>
        <translation>Die Raten enden heute, und %1 ist wieder ein einziger Betrag, fällig wie zuvor. Plan aufheben?</translation>
    </message>
    <message>
        <source>Cannot cancel the plan on %1</source>
        <translation>Der Plan für %1 kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>Apply the Credit?</source>
        <translation>Guthaben verrechnen?</translation>
    </message>
    <message>
        <source>Set %1 against %2&apos;s oldest open invoices, dated %3?</source>
        <translation>%1 mit den ältesten offenen Rechnungen von %2 verrechnen, mit Datum %3?</translation>
    </message>
    <message>
        <source>Cannot apply the credit</source>
        <translation>Das Guthaben kann nicht verrechnet werden</translation>
    </message>
    <message>
        <source>Nothing Applied</source>
        <translation>Nichts verrechnet</translation>
    </message>
    <message>
        <source>No open invoice to set the credit against.</source>
        <translation>Keine offene Rechnung, mit der das Guthaben verrechnet werden kann.</translation>
    </message>
    <message>
        <source>%1: %2, now paid</source>
        <translation>%1: %2, jetzt bezahlt</translation>
    </message>
    <message>
        <source>%1: %2, %3 still open</source>
        <translation>%1: %2, %3 noch offen</translation>
    </message>
    <message>
        <source>Credit Applied</source>
        <translation>Guthaben verrechnet</translation>
    </message>
</context>
<context>
    <name>settle::CustomerDialog</name>
    <message>
        <source>Edit Customer %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <source>A customer with the code %1 already exists.</source>
        <translation>Es gibt schon einen Kunden mit dem Kürzel %1.</translation>
    </message>
    <message>
        <source>Settle has no templates in %1: reminders and statements to this customer cannot be written in it. Choose one of the languages offered.</source>
        <translation>Settle hat keine Vorlagen in %1: Zahlungserinnerungen und Kontoauszüge an diesen Kunden können darin nicht geschrieben werden. Wählen Sie eine der angebotenen Sprachen.</translation>
    </message>
    <message>
        <source>%1 (no templates)</source>
        <translation>%1 (keine Vorlagen)</translation>
    </message>
    <message>
        <source>None (the PDF)</source>
        <translation>Keine (die PDF-Datei)</translation>
    </message>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with XML)</source>
        <translation>Factur-X / ZUGFeRD (PDF mit XML)</translation>
    </message>
    <message>
        <source>XRechnung, CII</source>
        <translation>XRechnung, CII</translation>
    </message>
    <message>
        <source>XRechnung, UBL</source>
        <translation>XRechnung, UBL</translation>
    </message>
</context>
<context>
    <name>settle::CustomerSchedulesPanel</name>
    <message>
        <source>S&amp;top Repeating</source>
        <translation>Wiederholung &amp;beenden</translation>
    </message>
    <message>
        <source>Repeating invoices</source>
        <translation>Wiederkehrende Rechnungen</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>No invoice of this customer repeats. Choose Repeat… on an issued invoice to issue a copy of it every month, quarter or year.</source>
        <translation>Keine Rechnung dieses Kunden wiederholt sich. Wählen Sie Wiederholen… bei einer ausgestellten Rechnung, um jeden Monat, jedes Quartal oder jedes Jahr eine Kopie auszustellen.</translation>
    </message>
    <message>
        <source>The schedule issues nothing more; what it issued stays.</source>
        <translation>Der Plan stellt nichts mehr aus; was er ausgestellt hat, bleibt.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>beendet am %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s): %1</source>
        <translation>
            <numerusform>%n Rechnung: %1</numerusform>
            <numerusform>%n Rechnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>, emailed</source>
        <translation>, per E-Mail</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>Stop repeating %1?</source>
        <translation>Wiederholung von %1 beenden?</translation>
    </message>
    <message>
        <source>The schedule issues no more copies of %1. The invoices it issued stay. Stop it?</source>
        <translation>Der Plan stellt keine Kopien von %1 mehr aus. Die ausgestellten Rechnungen bleiben. Beenden?</translation>
    </message>
    <message>
        <source>Cannot stop the schedule</source>
        <translation>Der Plan kann nicht beendet werden</translation>
    </message>
</context>
<context>
    <name>settle::CustomerTableModel</name>
    <message>
        <source>Also owes %1</source>
        <translation>Schuldet außerdem %1</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>Noch keine Historie</translation>
    </message>
    <message>
        <source>Reliably</source>
        <translation>Zuverlässig</translation>
    </message>
    <message>
        <source>Usually late</source>
        <translation>Meist spät</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Zahlt</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <source>Pays “%1”: %2 is suggested. Nothing changes until you apply it.</source>
        <translation>Zahlt „%1“: %2 wird vorgeschlagen. Nichts ändert sich, bis Sie den Vorschlag übernehmen.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Mahnverfahren</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>settle::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n Kunde angezeigt</numerusform>
            <numerusform>%n Kunden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Apply Suggested Policy</source>
        <translation>Vorgeschlagenes Mahnverfahren übernehmen</translation>
    </message>
    <message>
        <source>%1 (%2) pays “%3”. Give them the reminder policy %4 instead of %5?

Follow-ups go on from the last stage raised, at the days of %4.</source>
        <translation>%1 (%2) zahlt „%3“. Statt %5 das Mahnverfahren %4 zuweisen?

Die Mahnschritte gehen ab der zuletzt ausgelösten Stufe weiter, zu den Tagen von %4.</translation>
    </message>
</context>
<context>
    <name>settle::DashboardPage</name>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation>über 90 Tage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total receivable</source>
        <translation>Offene Forderungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>DSO (days sales outstanding)</source>
        <translation>DSO (Forderungslaufzeit)</translation>
    </message>
    <message>
        <source>Expected this week</source>
        <translation>Erwartet diese Woche</translation>
    </message>
    <message>
        <source>Follow-ups waiting</source>
        <translation>Wartende Mahnschritte</translation>
    </message>
    <message>
        <source>Receivables by age — click a bar for its invoices</source>
        <translation>Forderungen nach Alter — Balken anklicken für die Rechnungen</translation>
    </message>
    <message>
        <source>Aging chart</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Expected receipts, next 12 weeks</source>
        <translation>Erwartete Eingänge, nächste 12 Wochen</translation>
    </message>
    <message>
        <source>Most overdue customers</source>
        <translation>Kunden mit den höchsten Rückständen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Owes in all</source>
        <translation>Schuldet insgesamt</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <source>%1 % of what is owed</source>
        <translation>%1 % des Geschuldeten</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Nothing open is expected in the next 12 weeks.</source>
        <translation>In den nächsten 12 Wochen wird nichts Offenes erwartet.</translation>
    </message>
    <message>
        <source>Dashboard — adding up the ledger …</source>
        <translation>Übersicht — das Buch wird zusammengerechnet …</translation>
    </message>
    <message>
        <source>Dashboard — the figures could not be read: %1</source>
        <translation>Übersicht — die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Übersicht — %1</translation>
    </message>
    <message>
        <source>days, over the last 90 days</source>
        <translation>Tage, über die letzten 90 Tage</translation>
    </message>
    <message>
        <source>no credit sales in the last 90 days</source>
        <translation>keine Rechnungen in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>and %1 expected earlier, still unpaid</source>
        <translation>und %1, früher erwartet, noch offen</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>91+</source>
        <translation>90+</translation>
    </message>
    <message>
        <source>days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>weeks ahead</source>
        <translation>Wochen ab heute</translation>
    </message>
    <message>
        <source>weeks ahead (week 1 starts %1)</source>
        <translation>Wochen ab heute (Woche 1 beginnt am %1)</translation>
    </message>
    <message>
        <source>on today&apos;s follow-up desk</source>
        <translation>heute im Mahnwesen</translation>
    </message>
</context>
<context>
    <name>settle::DefaultPolicy</name>
    <message>
        <source>Final notice</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <source>Collections review</source>
        <translation>Inkasso prüfen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Vor Fälligkeit</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Mahnung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>settle::EmailHtmlView</name>
    <message>
        <source>(This message has no HTML part; it is sent as plain text.)</source>
        <translation>(Diese Nachricht hat keinen HTML-Teil; sie wird als reiner Text gesendet.)</translation>
    </message>
</context>
<context>
    <name>settle::EmailPreviewDialog</name>
    <message>
        <source>Read the Email Before It Is Queued</source>
        <translation>E-Mail lesen, bevor sie in den Postausgang geht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <source>&amp;Queue in the Outbox</source>
        <translation>In den &amp;Postausgang stellen</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Bcc: %1</translation>
    </message>
</context>
<context>
    <name>settle::FirstRunChecklist</name>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>First steps with this ledger</source>
        <translation>Erste Schritte mit diesem Buch</translation>
    </message>
    <message>
        <source>Reminders need to say who you are and how to pay you, and go out through your email server. This list goes when everything is done.</source>
        <translation>Zahlungserinnerungen müssen sagen, wer Sie sind und wie man Sie bezahlt, und gehen über Ihren E-Mail-Server hinaus. Diese Liste verschwindet, wenn alles erledigt ist.</translation>
    </message>
    <message>
        <source>Your company&apos;s details and how customers pay you</source>
        <translation>Die Angaben Ihrer Firma und wie Kunden Sie bezahlen</translation>
    </message>
    <message>
        <source>Open Settings → Company</source>
        <translation>Einstellungen → Firma öffnen</translation>
    </message>
    <message>
        <source>The email server reminders go out through</source>
        <translation>Der E-Mail-Server, über den Zahlungserinnerungen hinausgehen</translation>
    </message>
    <message>
        <source>Open Settings → Email</source>
        <translation>Einstellungen → E-Mail öffnen</translation>
    </message>
    <message>
        <source>Your first customer</source>
        <translation>Ihr erster Kunde</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Your first invoice</source>
        <translation>Ihre erste Rechnung</translation>
    </message>
    <message>
        <source>New Invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>settle::FollowupDeskModel</name>
    <message>
        <source>Customer / stage</source>
        <translation>Kunde / Stufe</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>noch nicht fällig</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <source>Email ready</source>
        <translation>E-Mail bereit</translation>
    </message>
    <message>
        <source>Email failed</source>
        <translation>E-Mail fehlgeschlagen</translation>
    </message>
    <message>
        <source>Email: delivery unknown</source>
        <translation>E-Mail: Zustellung unklar</translation>
    </message>
    <message>
        <source>Letter to print</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <source>Task to do</source>
        <translation>Aufgabe erledigen</translation>
    </message>
</context>
<context>
    <name>settle::FollowupDeskPanel</name>
    <message>
        <source>ready to send</source>
        <translation>versandbereit</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation>Zustellung unklar</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Today&apos;s follow-ups</source>
        <translation>Heutige Mahnschritte</translation>
    </message>
    <message>
        <source>Choose a follow-up on the left to read what goes out, or to record a call.</source>
        <translation>Wählen Sie links einen Mahnschritt, um zu lesen, was verschickt wird, oder um ein Telefonat zu erfassen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save changes to this message</source>
        <translation>Änderungen an dieser Nachricht speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Escalate to legal</source>
        <translation>An Inkasso/Rechtsweg übergeben</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <source>What was said (a dispute&apos;s reason, the call&apos;s outcome)</source>
        <translation>Was besprochen wurde (Grund der Reklamation, Ergebnis des Telefonats)</translation>
    </message>
    <message>
        <source>&amp;Record outcome and close the task</source>
        <translation>&amp;Ergebnis erfassen und Aufgabe schließen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>Zahlung &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>S&amp;nooze until</source>
        <translation>&amp;Zurückstellen bis</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <source>Send &amp;selected</source>
        <translation>&amp;Ausgewählte senden</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Alle &amp;senden</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation>Die Mahnschritte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing waits for you today.</source>
        <translation>Heute wartet nichts auf Sie.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>(not before %1)</source>
        <translation>(nicht vor %1)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This stage waits for your approval. Approving delivers it (%1); dismissing drops it, and the stage still counts as raised.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Stufe wartet auf Ihre Freigabe. Mit der Freigabe wird sie zugestellt (%1); beim Verwerfen entfällt sie, und die Stufe gilt trotzdem als ausgelöst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation>%1: %2 fällig am %3</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. This message goes out as edited; the template is unchanged.</source>
        <translation>Gespeichert. Diese Nachricht geht wie bearbeitet hinaus; die Vorlage bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot approve: %1</source>
        <translation>Freigabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Approved: delivered to the outbox, letters or tasks.</source>
        <translation>Freigegeben: in Postausgang, Briefe oder Aufgaben gestellt.</translation>
    </message>
    <message>
        <source>Cannot dismiss: %1</source>
        <translation>Verwerfen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Dismissed: nothing is delivered for it.</source>
        <translation>Verworfen: dafür wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>Cannot snooze: %1</source>
        <translation>Zurückstellen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Snoozed until %1: it comes back then, and its email waits until that day.</source>
        <translation>Zurückgestellt bis %1: Der Mahnschritt kommt dann wieder, und seine E-Mail wartet bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Recorded: %1. It is in the customer&apos;s communication log.</source>
        <translation>Erfasst: %1. Es steht im Kommunikationsverlauf des Kunden.</translation>
    </message>
    <message>
        <source>Tick the follow-ups to send, or choose one.</source>
        <translation>Haken Sie die zu sendenden Mahnschritte an oder wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>No email of these follow-ups is ready to send.</source>
        <translation>Keine E-Mail dieser Mahnschritte ist versandbereit.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird gesendet…</numerusform>
            <numerusform>%n Nachrichten werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>No message was due (a snoozed one waits for its day).</source>
        <translation>Keine Nachricht war fällig (eine zurückgestellte wartet auf ihren Tag).</translation>
    </message>
    <message>
        <source>As most mail programs show it</source>
        <translation>Wie die meisten E-Mail-Programme sie zeigen</translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation>Wie der Kunde sie sieht</translation>
    </message>
    <message>
        <source>Changes apply to this one message, not to the template. An edited text goes out as the message&apos;s HTML part too.</source>
        <translation>Änderungen gelten nur für diese eine Nachricht, nicht für die Vorlage. Ein bearbeiteter Text geht auch als HTML-Teil der Nachricht hinaus.</translation>
    </message>
    <message>
        <source>Choose the day it should come back.</source>
        <translation>Wählen Sie den Tag, an dem sie wiederkommen soll.</translation>
    </message>
    <message>
        <source>Agree a payment plan…</source>
        <translation>Zahlungsplan vereinbaren…</translation>
    </message>
    <message>
        <source>Appl&amp;y Credit</source>
        <translation>Guthaben ver&amp;rechnen</translation>
    </message>
    <message>
        <source>Set the customer&apos;s credit on account against their oldest open invoices</source>
        <translation>Das Guthaben des Kunden mit seinen ältesten offenen Rechnungen verrechnen</translation>
    </message>
    <message>
        <source>Nothing of this follow-up is open: there is nothing to plan.</source>
        <translation>Von diesem Mahnschritt ist nichts offen: Es gibt nichts zu planen.</translation>
    </message>
    <message>
        <source>Payment plan agreed for %1.</source>
        <translation>Zahlungsplan für %1 vereinbart.</translation>
    </message>
    <message>
        <source>Payment plan agreed for %1. %2</source>
        <translation>Zahlungsplan für %1 vereinbart. %2</translation>
    </message>
    <message>
        <source>The plan is agreed, but the task stays open: %1</source>
        <translation>Der Plan ist vereinbart, aber die Aufgabe bleibt offen: %1</translation>
    </message>
    <message>
        <source>Payment plan agreed for %1; the schedule is in the outbox for the customer. The task is closed.</source>
        <translation>Zahlungsplan für %1 vereinbart; der Plan liegt für den Kunden im Postausgang. Die Aufgabe ist geschlossen.</translation>
    </message>
    <message>
        <source>Payment plan agreed for %1. The task is closed.</source>
        <translation>Zahlungsplan für %1 vereinbart. Die Aufgabe ist geschlossen.</translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Apply the Credit?</source>
        <translation>Guthaben verrechnen?</translation>
    </message>
    <message>
        <source>Set %1 against the oldest open invoices of %2, dated %3?</source>
        <translation>%1 mit den ältesten offenen Rechnungen von %2 verrechnen, mit Datum %3?</translation>
    </message>
    <message>
        <source>Credit not applied: %1</source>
        <translation>Guthaben nicht verrechnet: %1</translation>
    </message>
    <message>
        <source>No open invoice to set the credit against.</source>
        <translation>Keine offene Rechnung, mit der das Guthaben verrechnet werden kann.</translation>
    </message>
    <message>
        <source>Credit applied to %1.</source>
        <translation>Guthaben mit %1 verrechnet.</translation>
    </message>
</context>
<context>
    <name>settle::FollowupMonitor</name>
    <message>
        <source>1 follow-up is ready</source>
        <translation>1 Mahnschritt ist bereit</translation>
    </message>
    <message>
        <source>%1 follow-ups are ready</source>
        <translation>%1 Mahnschritte sind bereit</translation>
    </message>
    <message>
        <source>Open Settings → Company</source>
        <translation>Einstellungen → Firma öffnen</translation>
    </message>
    <message>
        <source>Your payment details are not set yet: reminders would go out without them.</source>
        <translation>Ihre Zahlungsangaben sind noch nicht eingetragen: Zahlungserinnerungen gingen ohne sie hinaus.</translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set yet: reminders would go out without it.</source>
        <translation>Der Name Ihrer Firma ist noch nicht eingetragen: Zahlungserinnerungen gingen ohne ihn hinaus.</translation>
    </message>
    <message>
        <source>Your company&apos;s address is not set yet: reminders would go out without it.</source>
        <translation>Die Anschrift Ihrer Firma ist noch nicht eingetragen: Zahlungserinnerungen gingen ohne sie hinaus.</translation>
    </message>
    <message>
        <source>A setting the reminders need is not set yet (%1): reminders would go out without it.</source>
        <translation>Eine Einstellung, die Zahlungserinnerungen brauchen, ist noch nicht gesetzt (%1): Zahlungserinnerungen gingen ohne sie hinaus.</translation>
    </message>
    <message>
        <source>Follow-ups did not run: %1</source>
        <translation>Der Mahnlauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>settle::FollowupNotice</name>
    <message>
        <source>Follow-ups stopped</source>
        <translation>Mahnwesen angehalten</translation>
    </message>
</context>
<context>
    <name>settle::FollowupTableModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Waits for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>settle::FollowupsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Mahnschritt</numerusform>
            <numerusform>%n Mahnschritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation>%1: %2 fällig am %3</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Freigabe nicht möglich</translation>
    </message>
    <message>
        <source>Cannot dismiss</source>
        <translation>Verwerfen nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s queue</source>
        <translation>&amp;Heute anstehend</translation>
    </message>
    <message>
        <source>&amp;Everything raised</source>
        <translation>&amp;Alle ausgelösten</translation>
    </message>
    <message>
        <source>What waits for you today, by customer: read each email before it goes (and change a word for this one message), approve the stages that need a person, snooze what can wait, send, and record the outcome of your calls.</source>
        <translation>Was heute auf Sie wartet, nach Kunden: Lesen Sie jede E-Mail vor dem Versand (und ändern Sie sie bei Bedarf nur für diese Nachricht), geben Sie Stufen frei, die eine Person brauchen, stellen Sie zurück, was warten kann, senden Sie und erfassen Sie das Ergebnis Ihrer Telefonate.</translation>
    </message>
    <message>
        <source>Follow-ups did not run</source>
        <translation>Der Mahnlauf ist nicht gelaufen</translation>
    </message>
    <message>
        <source>%1 now?</source>
        <translation>Jetzt %1?</translation>
    </message>
</context>
<context>
    <name>settle::Guarded</name>
    <message>
        <source>Settle ran into a problem it did not expect (%1). Please try again; if it happens again, the log file has the details.</source>
        <translation>Settle ist auf ein unerwartetes Problem gestoßen (%1). Bitte versuchen Sie es noch einmal; geschieht es wieder, steht das Genauere in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>settle::ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Settle&apos;s columns: %1 (needed), %2.</source>
        <translation>Spalten von Settle: %1 (nötig), %2.</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Settle column</source>
        <translation>Settle-Spalte</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(weglassen)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine. Next imports them.</source>
        <translation>
            <numerusform>Die Zeile ist in Ordnung. „Weiter“ importiert sie.</numerusform>
            <numerusform>Alle %n Zeilen sind in Ordnung. „Weiter“ importiert sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows. Nothing will be imported until they are mended.</source>
        <translation>
            <numerusform>%n Problem in %1 Zeilen. Importiert wird erst, wenn es behoben ist.</numerusform>
            <numerusform>%n Probleme in %1 Zeilen. Importiert wird erst, wenn sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nichts wurde importiert:
%1</translation>
    </message>
    <message>
        <source>Bank statement (CSV)</source>
        <translation>Kontoauszug (CSV)</translation>
    </message>
    <message>
        <source>Your bank&apos;s CSV export: you say which column is the booking date, the amount, the payer, the IBAN and the text. Settle remembers it for files with the same columns.</source>
        <translation>Der CSV-Export Ihrer Bank: Sie sagen, welche Spalte der Buchungstag, der Betrag, der Zahler, die IBAN und der Verwendungszweck ist. Settle merkt es sich für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Nothing will be imported until this is mended: %1</source>
        <translation>Nichts wird importiert, bis das behoben ist: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n booking(s) read: </source>
        <translation>
            <numerusform>Die %n Buchung ist gelesen: </numerusform>
            <numerusform>Alle %n Buchungen sind gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 money in, %2 money out. Next imports them and matches them to your invoices.</source>
        <translation>%1 Eingänge, %2 Ausgänge. „Weiter“ importiert sie und ordnet sie Ihren Rechnungen zu.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new booking(s)</source>
        <translation>
            <numerusform>%n neue Buchung importiert</numerusform>
            <numerusform>%n neue Buchungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 matched and recorded, %2 suggested, %3 not matched, %4 outgoing; %5 were imported before. The Bank page shows them.</source>
        <translation>: %1 zugeordnet und erfasst, %2 vorgeschlagen, %3 nicht zugeordnet, %4 Ausgänge; %5 waren schon importiert. Die Bankseite zeigt sie.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceActionDialog</name>
    <message>
        <source>Credit Note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>A credit note lowers what %1 asks for; the invoice itself stays as issued. Balance now: %2.</source>
        <translation>Eine Gutschrift mindert die Forderung aus %1; die Rechnung selbst bleibt wie ausgestellt. Offen jetzt: %2.</translation>
    </message>
    <message>
        <source>Dispute %1</source>
        <translation>Reklamation zu %1</translation>
    </message>
    <message>
        <source>While an invoice is disputed, no reminders go out for it.</source>
        <translation>Solange eine Rechnung reklamiert ist, gehen dafür keine Mahnungen hinaus.</translation>
    </message>
    <message>
        <source>&amp;Disputed on:</source>
        <translation>&amp;Reklamiert am:</translation>
    </message>
    <message>
        <source>Resolve the Dispute on %1</source>
        <translation>Reklamation zu %1 klären</translation>
    </message>
    <message>
        <source>Reminders resume from this date.</source>
        <translation>Ab diesem Datum wird wieder gemahnt.</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Geklärt am:</translation>
    </message>
    <message>
        <source>Promise to Pay %1</source>
        <translation>Zahlungszusage für %1</translation>
    </message>
    <message>
        <source>No reminders until the promised date; then they resume if it is not paid.</source>
        <translation>Bis zum zugesagten Datum keine Mahnungen; danach wieder, falls nicht bezahlt.</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Bezahlt bis:</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <source>A new due date; the original one (%1) is kept for the record.</source>
        <translation>Ein neues Fälligkeitsdatum; das ursprüngliche (%1) bleibt festgehalten.</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Neues Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>The credit note must be more than zero and at most the balance %1.</source>
        <translation>Die Gutschrift muss größer als null und höchstens der offene Betrag %1 sein.</translation>
    </message>
    <message>
        <source>Say what the customer disputes, so that the next person knows.</source>
        <translation>Geben Sie an, was der Kunde beanstandet, damit die nächste Person Bescheid weiß.</translation>
    </message>
    <message>
        <source>The new due date must be after the current one (%1).</source>
        <translation>Das neue Fälligkeitsdatum muss nach dem jetzigen (%1) liegen.</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEditorDialog</name>
    <message>
        <source>&amp;Issue Invoice</source>
        <translation>Rechnung &amp;ausstellen</translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>%1 discount if paid by %2</source>
        <translation>%1 Skonto bei Zahlung bis %2</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEditorPresenter</name>
    <message>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The invoice needs an issue date.</source>
        <translation>Die Rechnung braucht ein Rechnungsdatum.</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEmail</name>
    <message>
        <source>%1 cannot be emailed: %2</source>
        <translation>%1 kann nicht per E-Mail gesendet werden: %2</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>%1 per E-Mail senden</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nichts wurde eingereiht.</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>The email to %1 is queued in the outbox with the invoice attached.</source>
        <translation>Die E-Mail an %1 ist mit der Rechnung im Anhang im Postausgang eingereiht.</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceHistoryDialog</name>
    <message>
        <source>Follow-up history</source>
        <translation>Mahnverlauf</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Rechnung:</translation>
    </message>
    <message>
        <source>%1: %2 due %3, %4 open</source>
        <translation>%1: %2 fällig am %3, %4 offen</translation>
    </message>
    <message>
        <source>Payment plan agreed on %1: %2</source>
        <translation>Zahlungsplan vereinbart am %1: %2</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceIssuedDialog</name>
    <message>
        <source>Invoice %1 Issued</source>
        <translation>Rechnung %1 ausgestellt</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Ausgestellt als %1</translation>
    </message>
    <message>
        <source>&amp;Send It Now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>%1 for %2, issued %3, due %4.</source>
        <translation>%1 für %2, ausgestellt am %3, fällig am %4.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceLinesModel</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>A price is not negative: corrections are credit notes.</source>
        <translation>Ein Preis ist nicht negativ: Korrekturen sind Gutschriften.</translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation>Ein Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Eine Rechnung braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamiert</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>(draft %1)</source>
        <translation>(Entwurf %1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1, partly paid</source>
        <translation>%1, teilweise bezahlt</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
</context>
<context>
    <name>settle::InvoiceViewerDialog</name>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Invoice %1 as a PDF</source>
        <translation>Rechnung %1 als PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Print the invoice (%1)</source>
        <translation>Die Rechnung drucken (%1)</translation>
    </message>
    <message>
        <source>Email it to the customer, after reading the email (%1)</source>
        <translation>Per E-Mail an den Kunden senden, nachdem Sie die E-Mail gelesen haben (%1)</translation>
    </message>
    <message>
        <source>Issue a copy of it every month, quarter or year</source>
        <translation>Jeden Monat, jedes Quartal oder jedes Jahr eine Kopie davon ausstellen</translation>
    </message>
    <message>
        <source>The invoice was made but cannot be shown.</source>
        <translation>Die Rechnung wurde erstellt, kann aber nicht angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %n page(s).</source>
        <translation>
            <numerusform>%1 zum %2: %n Seite.</numerusform>
            <numerusform>%1 zum %2: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>%1 gedruckt.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 now repeats: the customer&apos;s page lists the schedule.</source>
        <translation>%1 wiederholt sich jetzt: die Seite des Kunden zeigt den Plan.</translation>
    </message>
    <message>
        <source>Save and email &amp;as:</source>
        <translation>Speichern und senden &amp;als:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with XML)</source>
        <translation>Factur-X / ZUGFeRD (PDF mit XML)</translation>
    </message>
    <message>
        <source>XRechnung, CII (XML)</source>
        <translation>XRechnung, CII (XML)</translation>
    </message>
    <message>
        <source>XRechnung, UBL (XML)</source>
        <translation>XRechnung, UBL (XML)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save it as a PDF file or the e-invoice chosen (%1)</source>
        <translation>Als PDF-Datei oder als gewählte E-Rechnung speichern (%1)</translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation>%1 als %2 speichern</translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <source>%1 cannot be saved as %2: %3</source>
        <translation>%1 kann nicht als %2 gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>settle::InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Reklamiert</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> in the chosen aging bucket</source>
        <translation> in der gewählten Altersstufe</translation>
    </message>
    <message>
        <source>Re&amp;solve Dispute…</source>
        <translation>Reklamation &amp;klären…</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>&amp;Reklamation…</translation>
    </message>
    <message>
        <source>&lt;p&gt;A draft for %1. Issue it to give it a number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Entwurf für %1. Stellen Sie ihn aus, damit er eine Nummer bekommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Issued %1, due %2</source>
        <translation>Ausgestellt am %1, fällig am %2</translation>
    </message>
    <message>
        <source>, extended to %1</source>
        <translation>, verlängert bis %1</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>Bedingungen: %1</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>Early-payment discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Disputed since %1: %2</source>
        <translation>Reklamiert seit %1: %2</translation>
    </message>
    <message>
        <source>Promised to pay by %1</source>
        <translation>Zahlung zugesagt bis %1</translation>
    </message>
    <message>
        <source>Cannot issue the invoice</source>
        <translation>Rechnung kann nicht ausgestellt werden</translation>
    </message>
    <message>
        <source>Void %1?</source>
        <translation>%1 stornieren?</translation>
    </message>
    <message>
        <source>A void invoice stays in the ledger, marked void, and asks for nothing. Void %1?</source>
        <translation>Eine stornierte Rechnung bleibt, als storniert markiert, im Buch und fordert nichts. %1 stornieren?</translation>
    </message>
    <message>
        <source>Cannot void %1</source>
        <translation>%1 kann nicht storniert werden</translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail…</translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Email it to the customer, after reading the email (%1)</source>
        <translation>Per E-Mail an den Kunden senden, nachdem Sie die E-Mail gelesen haben (%1)</translation>
    </message>
    <message>
        <source>%1 now repeats: the customer&apos;s page lists the schedule.</source>
        <translation>%1 wiederholt sich jetzt: die Seite des Kunden zeigt den Plan.</translation>
    </message>
    <message>
        <source>Payment plan agreed on %1 for %2</source>
        <translation>Zahlungsplan vereinbart am %1 für %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Agree a Payment P&amp;lan…</source>
        <translation>Zahlungs&amp;plan vereinbaren…</translation>
    </message>
    <message>
        <source>%1 is now paid in installments; the schedule is in the outbox for the customer.</source>
        <translation>%1 wird jetzt in Raten bezahlt; der Plan liegt für den Kunden im Postausgang.</translation>
    </message>
    <message>
        <source>%1 is now paid in installments.</source>
        <translation>%1 wird jetzt in Raten bezahlt.</translation>
    </message>
    <message>
        <source>Cancel the Payment Plan on %1?</source>
        <translation>Den Zahlungsplan für %1 aufheben?</translation>
    </message>
    <message>
        <source>The installments end today and %1 is one amount again, due as before. Cancel the plan?</source>
        <translation>Die Raten enden heute, und %1 ist wieder ein einziger Betrag, fällig wie zuvor. Plan aufheben?</translation>
    </message>
    <message>
        <source>Cannot cancel the plan on %1</source>
        <translation>Der Plan für %1 kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>The payment plan on %1 is cancelled.</source>
        <translation>Der Zahlungsplan für %1 ist aufgehoben.</translation>
    </message>
</context>
<context>
    <name>settle::LanguageFallbackNotice</name>
    <message>
        <source>Emails not in their customer&apos;s language</source>
        <translation>E-Mails nicht in der Sprache ihres Kunden</translation>
    </message>
    <message>
        <source>Cannot check the languages of the queued emails: %1</source>
        <translation>Die Sprachen der eingereihten E-Mails können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; in %4 instead of %5</source>
        <translation>%1 (%2): „%3“ in %4 statt %5</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) in this queue are not in their customer&apos;s language, because the template is not written in it: %1. Write the template in that language on the Templates page, or read the text before you send it.</source>
        <translation>
            <numerusform>%n E-Mail in dieser Liste ist nicht in der Sprache ihres Kunden, weil die Vorlage nicht in dieser Sprache geschrieben ist: %1. Schreiben Sie die Vorlage auf der Seite Vorlagen in dieser Sprache, oder lesen Sie den Text, bevor Sie ihn senden.</numerusform>
            <numerusform>%n E-Mails in dieser Liste sind nicht in der Sprache ihres Kunden, weil die Vorlage nicht in dieser Sprache geschrieben ist: %1. Schreiben Sie die Vorlage auf der Seite Vorlagen in dieser Sprache, oder lesen Sie den Text, bevor Sie ihn senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::LedgerSession</name>
    <message>
        <source>No ledger file was given.</source>
        <translation>Es wurde keine Buch-Datei angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation>%1 gibt es schon; öffnen Sie es stattdessen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The company needs a name.</source>
        <translation>Die Firma braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is read-only: the file or its folder cannot be written, so Settle cannot work on it. Copy it to a folder you can write to, or ask for write permission; settle-cli can still read it (lists, reports, statements).</source>
        <translation>%1 ist schreibgeschützt: Die Datei oder ihr Ordner kann nicht beschrieben werden, daher kann Settle nicht damit arbeiten. Kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, oder bitten Sie um Schreibrechte; settle-cli kann sie weiterhin lesen (Listen, Berichte, Kontoauszüge).</translation>
    </message>
</context>
<context>
    <name>settle::LocaleDates</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::MainWindow</name>
    <message>
        <source>Cannot open the ledger</source>
        <translation>Das Buch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a ledger there from the welcome page, or open another one.</source>
        <translation>%1 gibt es nicht. Legen Sie dort auf der Startseite ein Buch an oder öffnen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Find customers and invoices (Ctrl+K)</source>
        <translation>Kunden und Rechnungen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 — Settle</source>
        <translation>%1 — Settle</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open a Ledger</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <source>Settle ledgers (*.db *.sqlite);;All files (*)</source>
        <translation>Settle-Bücher (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the demo ledger</source>
        <translation>Das Demo-Buch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing is due for a follow-up today.</source>
        <translation>Heute ist nichts zu mahnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) raised</source>
        <translation>
            <numerusform>%n Mahnschritt ausgelöst</numerusform>
            <numerusform>%n Mahnschritte ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for your approval.</source>
        <translation>
            <numerusform>; %n wartet auf Ihre Freigabe.</numerusform>
            <numerusform>; %n warten auf Ihre Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Kontoauszüge</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Mahnwesen (%1)</translation>
    </message>
    <message>
        <source>Open a Shared Ledger</source>
        <translation>Gemeinsames Buch öffnen</translation>
    </message>
    <message>
        <source>Address of the ledger on its PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Adresse des Buchs auf seinem PostgreSQL-Server, postgresql://BENUTZER@HOST[:PORT]/DATENBANK.
Das Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a shared ledger; it starts with postgresql://, for example postgresql://anna@ledger.example.com/books.</source>
        <translation>„%1“ ist keine Adresse eines gemeinsamen Buchs; sie beginnt mit postgresql://, zum Beispiel postgresql://anna@ledger.example.com/books.</translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation>Rechnung %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank (%1)</source>
        <translation>Bank (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n bank entry(ies) wait for you to accept or assign them</source>
        <translation>
            <numerusform>%n Bankbuchung wartet darauf, dass Sie sie übernehmen oder zuordnen</numerusform>
            <numerusform>%n Bankbuchungen warten darauf, dass Sie sie übernehmen oder zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Share on a Ser&amp;ver…</source>
        <translation>Auf einem Server &amp;teilen…</translation>
    </message>
</context>
<context>
    <name>settle::OutboxPage</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation>Zustellung unklar</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Der Postausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — an %2</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>State: %1; attempts so far: %2</source>
        <translation>Status: %1; bisherige Versuche: %2</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Server&apos;s answer: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2 KB)</source>
        <translation>Anhang: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>(This message has no HTML part; it is sent as plain text.)</source>
        <translation>(Diese Nachricht hat keinen HTML-Teil; sie wird als reiner Text gesendet.)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>“%1” is queued again; Send Now sends it.</source>
        <translation>„%1“ wartet wieder auf den Versand; „Jetzt senden“ verschickt die Nachricht.</translation>
    </message>
    <message>
        <source>“%1” is dismissed and will not be sent.</source>
        <translation>„%1“ ist verworfen und wird nicht gesendet.</translation>
    </message>
    <message>
        <source>No message was due.</source>
        <translation>Keine Nachricht war fällig.</translation>
    </message>
    <message>
        <source>Attached: %1 (invoice %2 as of %3, drawn when the message is sent)</source>
        <translation>Angehängt: %1 (Rechnung %2 mit Stand %3, erstellt beim Senden der Nachricht)</translation>
    </message>
</context>
<context>
    <name>settle::OutboxSendJob</name>
    <message>
        <source>A send is running, or no ledger is open.</source>
        <translation>Ein Versand läuft schon, oder kein Hauptbuch ist offen.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n später erneut zu versuchen</numerusform>
            <numerusform>%n später erneut zu versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown delivery</source>
        <translation>
            <numerusform>%n mit unklarer Zustellung</numerusform>
            <numerusform>%n mit unklarer Zustellung</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation>„%1“ an %2: %3</translation>
    </message>
    <message>
        <source>Stopped: %1 The other messages stay queued.</source>
        <translation>Abgebrochen: %1 Die übrigen Nachrichten warten weiter auf den Versand.</translation>
    </message>
    <message>
        <source>Found half-sent by an earlier run and marked “delivery unknown”: %1.</source>
        <translation>Von einem früheren Lauf halb gesendet vorgefunden und als „Zustellung unklar“ markiert: %1.</translation>
    </message>
</context>
<context>
    <name>settle::PaymentAllocationModel</name>
    <message>
        <source>Enter the amount received.</source>
        <translation>Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation>Eine Zahlung ist größer als null.</translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation>Wählen Sie den Kunden, der gezahlt hat.</translation>
    </message>
    <message>
        <source>Enter the date the payment arrived.</source>
        <translation>Geben Sie das Eingangsdatum der Zahlung ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The invoices get %1 but the payment is %2.</source>
        <translation>Den Rechnungen werden %1 zugeordnet, die Zahlung beträgt aber %2.</translation>
    </message>
    <message>
        <source>−%1 taken</source>
        <translation>−%1 abgezogen</translation>
    </message>
    <message>
        <source>−%1 until %2</source>
        <translation>−%1 bis %2</translation>
    </message>
    <message>
        <source>at most the balance %1</source>
        <translation>höchstens der offene Betrag %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verrechnen</translation>
    </message>
</context>
<context>
    <name>settle::PaymentDialog</name>
    <message>
        <source>&amp;Record Payment</source>
        <translation>Zahlung &amp;erfassen</translation>
    </message>
    <message>
        <source>Applied %1 · Credit on account %2</source>
        <translation>Verrechnet %1 · Guthaben %2</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <source>%1 stays on the customer&apos;s account as credit.</source>
        <translation>%1 bleibt als Guthaben auf dem Kundenkonto.</translation>
    </message>
    <message>
        <source>Record Payment for %1</source>
        <translation>Zahlung von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>settle::PaymentPlanDialog</name>
    <message>
        <source>Payment Plan for %1</source>
        <translation>Zahlungsplan für %1</translation>
    </message>
    <message>
        <source>&amp;Agree the Plan</source>
        <translation>Plan &amp;vereinbaren</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>What %1 still owes on %2, in installments. From the day it is agreed, each installment is reminded on its own when it is not paid, and the invoice&apos;s own due date no longer is.</source>
        <translation>Was %1 auf %2 noch schuldet, in Raten. Ab dem Tag der Vereinbarung wird jede Rate einzeln gemahnt, wenn sie nicht bezahlt wird, das eigene Fälligkeitsdatum der Rechnung dagegen nicht mehr.</translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Installment %1: type the due date as %2.</source>
        <translation>Rate %1: Geben Sie das Fälligkeitsdatum als %2 ein.</translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation>unbekannte Währung %1</translation>
    </message>
    <message>
        <source>Installment %1: the amount must be more than zero.</source>
        <translation>Rate %1: Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Installment %1: %2</source>
        <translation>Rate %1: %2</translation>
    </message>
    <message>
        <source>%1 has nothing open on %2: there is nothing to plan.</source>
        <translation>Bei %1 ist auf %2 nichts offen: Es gibt nichts zu planen.</translation>
    </message>
    <message>
        <source>A plan has at least two installments.</source>
        <translation>Ein Plan hat mindestens zwei Raten.</translation>
    </message>
    <message>
        <source>Installment %1 is due before the day the plan is agreed (%2).</source>
        <translation>Rate %1 ist vor dem Tag der Vereinbarung fällig (%2).</translation>
    </message>
    <message>
        <source>Installment %1 must be due after installment %2.</source>
        <translation>Rate %1 muss nach Rate %2 fällig sein.</translation>
    </message>
    <message>
        <source>The installments add up to %1 but the open balance is %2: change an amount by %3.</source>
        <translation>Die Raten ergeben zusammen %1, der offene Betrag ist aber %2: Ändern Sie einen Betrag um %3.</translation>
    </message>
</context>
<context>
    <name>settle::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
</context>
<context>
    <name>settle::PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::PdfPrint</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Der Drucker kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>settle::PolicyEditor</name>
    <message>
        <source>Policy “%1” saved.</source>
        <translation>Mahnverfahren „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>used by 1 customer</source>
        <translation>von 1 Kunden verwendet</translation>
    </message>
    <message>
        <source>used by %1 customers</source>
        <translation>von %1 Kunden verwendet</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neues Mahnverfahren</translation>
    </message>
    <message>
        <source>New policy %1</source>
        <translation>Neues Mahnverfahren %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Copy %1 of %2</source>
        <translation>Kopie %1 von %2</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>Verfahren löschen</translation>
    </message>
    <message>
        <source>Delete the reminder policy “%1” and its stages?</source>
        <translation>Das Mahnverfahren „%1“ und seine Stufen löschen?</translation>
    </message>
    <message>
        <source>Policy “%1” deleted.</source>
        <translation>Mahnverfahren „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>settle::PolicyStagesModel</name>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Row %1 “%2”</source>
        <translation>Zeile %1 „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation>die Stufe braucht einen Namen</translation>
    </message>
    <message>
        <source>row %1 has the same name</source>
        <translation>Zeile %1 hat denselben Namen</translation>
    </message>
    <message>
        <source>the offset “%1” is not a whole number of days</source>
        <translation>der Versatz „%1“ ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>offset %1 days comes before row %2&apos;s %3 days; stages must be in order</source>
        <translation>der Versatz von %1 Tagen liegt vor den %3 Tagen in Zeile %2; die Stufen müssen in Reihenfolge stehen</translation>
    </message>
    <message>
        <source>the gap “%1” is not a number of days (0 or more)</source>
        <translation>der Abstand „%1“ ist keine Zahl von Tagen (0 oder mehr)</translation>
    </message>
    <message>
        <source>“%1” is not a channel (email, letter, task or several joined by +)</source>
        <translation>„%1“ ist kein Kanal (email, letter, task oder mehrere mit + verbunden)</translation>
    </message>
    <message>
        <source>the fee “%1” is not an amount of 0 or more</source>
        <translation>die Gebühr „%1“ ist kein Betrag von 0 oder mehr</translation>
    </message>
    <message>
        <source>the fee “%1” is not a percentage between 0 and 100</source>
        <translation>die Gebühr „%1“ ist kein Prozentsatz zwischen 0 und 100</translation>
    </message>
    <message>
        <source>A policy needs at least one stage.</source>
        <translation>Ein Mahnverfahren braucht mindestens eine Stufe.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation>Versatz (Tage)</translation>
    </message>
    <message>
        <source>Gap (days)</source>
        <translation>Abstand (Tage)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Fee %</source>
        <translation>Gebühr %</translation>
    </message>
    <message>
        <source>States interest</source>
        <translation>Mit Zinsangabe</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <source>the fee: %1</source>
        <translation>die Gebühr: %1</translation>
    </message>
</context>
<context>
    <name>settle::RepeatInvoiceDialog</name>
    <message>
        <source>Repeat %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>&amp;Start Repeating</source>
        <translation>Wiederholung &amp;starten</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Issues a copy of %1 for %2 — the same lines and terms, a new number, due by the terms from its own date — on every date of the schedule. The app issues it on the day, or at its next start when it was closed.</source>
        <translation>Stellt an jedem Termin des Plans eine Kopie von %1 für %2 aus — dieselben Positionen und Bedingungen, eine neue Nummer, fällig nach den Bedingungen ab ihrem eigenen Datum. Die App stellt sie am Tag aus, oder beim nächsten Start, wenn sie geschlossen war.</translation>
    </message>
    <message>
        <source>Until is before the first date.</source>
        <translation>Das Ende liegt vor dem ersten Termin.</translation>
    </message>
    <message>
        <source>No date falls between the first date and until.</source>
        <translation>Zwischen dem ersten Termin und dem Ende liegt kein Termin.</translation>
    </message>
    <message>
        <source>Issues on %1 …</source>
        <translation>Ausstellung am %1 …</translation>
    </message>
</context>
<context>
    <name>settle::ReportsPage</name>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation>über 90 Tage</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Cannot read the aging report</source>
        <translation>Die Altersstruktur kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Total, 1 customer</source>
        <translation>Gesamt, 1 Kunde</translation>
    </message>
    <message>
        <source>Total, %1 customers</source>
        <translation>Gesamt, %1 Kunden</translation>
    </message>
    <message>
        <source>Nothing is owed on %1.</source>
        <translation>Am %1 ist nichts offen.</translation>
    </message>
    <message>
        <source>Double-click a customer&apos;s amount to list its invoices.</source>
        <translation>Doppelklicken Sie auf den Betrag eines Kunden, um seine Rechnungen aufzulisten.</translation>
    </message>
    <message>
        <source>Cannot list the invoices</source>
        <translation>Die Rechnungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 Rechnung</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4, %5</source>
        <translation>%1 %2, %3: %4, %5</translation>
    </message>
    <message>
        <source>Export the Aging Report</source>
        <translation>Altersstruktur exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the aging report</source>
        <translation>Die Altersstruktur kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Aging report as of %1</source>
        <translation>Altersstruktur zum %1</translation>
    </message>
    <message>
        <source>Nothing is owed on this date.</source>
        <translation>An diesem Datum ist nichts offen.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>settle::SearchPopup</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Kunde: %1 (%2)</translation>
    </message>
    <message>
        <source>Invoice %1 — %2, %3</source>
        <translation>Rechnung %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>settle::ServerBanner</name>
    <message>
        <source>The ledger&apos;s server cannot be reached — retrying. Nothing can be changed until it answers again; what you typed stays where it is.</source>
        <translation>Der Server des Buchs ist nicht erreichbar — neuer Versuch läuft. Nichts kann geändert werden, bis er wieder antwortet; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>The ledger&apos;s server cannot be reached</source>
        <translation>Der Server des Buchs ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>settle::SettingsPage</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not a server name (such as smtp.example.com).</source>
        <translation>„%1“ ist kein Servername (etwa smtp.example.com).</translation>
    </message>
    <message>
        <source>One address only.</source>
        <translation>Nur eine Adresse.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Choose the Company Logo</source>
        <translation>Firmenlogo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image (%2).</source>
        <translation>%1 ist kein PNG- oder JPEG-Bild (%2).</translation>
    </message>
    <message>
        <source>The company needs a name.</source>
        <translation>Die Firma braucht einen Namen.</translation>
    </message>
    <message>
        <source>Invoice numbers need a prefix (such as INV-).</source>
        <translation>Rechnungsnummern brauchen ein Präfix (etwa RE-).</translation>
    </message>
    <message>
        <source>At most 12 characters.</source>
        <translation>Höchstens 12 Zeichen.</translation>
    </message>
    <message>
        <source>No spaces in the prefix.</source>
        <translation>Keine Leerzeichen im Präfix.</translation>
    </message>
    <message>
        <source>The prefix cannot end in a digit; the number follows it.</source>
        <translation>Das Präfix darf nicht auf eine Ziffer enden; die Nummer folgt darauf.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Emails need a sender address.</source>
        <translation>E-Mails brauchen eine Absenderadresse.</translation>
    </message>
    <message>
        <source>A whole number of minutes from 1 to %1.</source>
        <translation>Eine ganze Zahl von Minuten von 1 bis %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the Settings?</source>
        <translation>Einstellungen speichern?</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them?</source>
        <translation>Die Einstellungen haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>settle::ShareLedgerDialog</name>
    <message>
        <source>Share the Ledger on a Server</source>
        <translation>Das Buch auf einem Server teilen</translation>
    </message>
    <message>
        <source>Copies this ledger into a PostgreSQL database so that several bookkeepers can work on it at once. The database must be new or hold no customers, invoices or payments yet. The copy is checked (row counts and balances) before it is kept; the file stays as it is, and changes made to the file afterwards are not in the copy.</source>
        <translation>Kopiert dieses Buch in eine PostgreSQL-Datenbank, damit mehrere Buchhalter gleichzeitig daran arbeiten können. Die Datenbank muss neu sein oder darf noch keine Kunden, Rechnungen oder Zahlungen enthalten. Die Kopie wird geprüft (Zeilenzahlen und Salden), bevor sie behalten wird; die Datei bleibt, wie sie ist, und spätere Änderungen an der Datei sind nicht in der Kopie.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>postgresql://BENUTZER@HOST[:PORT]/DATENBANK; das Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>Tables copied</source>
        <translation>Kopierte Tabellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the Shared Ledger</source>
        <translation>Gemeinsames Buch &amp;öffnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a PostgreSQL database; it starts with postgresql://, for example postgresql://anna@ledger.example.com/books.</source>
        <translation>„%1“ ist keine Adresse einer PostgreSQL-Datenbank; sie beginnt mit postgresql://, zum Beispiel postgresql://anna@ledger.example.com/books.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Kopiere %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 — %2 rows</source>
        <translation>%1 — %2 Zeilen</translation>
    </message>
    <message>
        <source>The copy was not made: %1</source>
        <translation>Die Kopie wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows.</source>
        <translation>%1 Tabellen mit %2 Zeilen kopiert.</translation>
    </message>
    <message>
        <source>The ledger is on the server; row counts and balances were checked. Open it here to work on it, and give the other bookkeepers the same address.</source>
        <translation>Das Buch liegt auf dem Server; Zeilenzahlen und Salden wurden geprüft. Öffnen Sie es hier, um daran zu arbeiten, und geben Sie den anderen Buchhaltern dieselbe Adresse.</translation>
    </message>
</context>
<context>
    <name>settle::SmtpTestPanel</name>
    <message>
        <source>Send Test Email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Password for the test (empty: the keyring&apos;s)</source>
        <translation>Passwort für den Test (leer: das aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>SMTP password for the test email</source>
        <translation>SMTP-Passwort für die Test-E-Mail</translation>
    </message>
    <message>
        <source>Used for this test only and never stored. Settle sends with the password in the system keyring (see docs/EMAIL.md).</source>
        <translation>Nur für diesen Test verwendet und nie gespeichert. Settle sendet mit dem Passwort aus dem Schlüsselbund des Systems (siehe docs/EMAIL.md).</translation>
    </message>
    <message>
        <source>Send a short message from the From address to itself with the settings as typed</source>
        <translation>Mit den eingegebenen Einstellungen eine kurze Nachricht von der Absenderadresse an sich selbst senden</translation>
    </message>
    <message>
        <source>Enter the SMTP server first.</source>
        <translation>Geben Sie zuerst den SMTP-Server ein.</translation>
    </message>
    <message>
        <source>Port: “%1” is not a port number (1 to 65535).</source>
        <translation>Port: „%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Enter the From address first: the test email goes from it to itself.</source>
        <translation>Geben Sie zuerst die Absenderadresse ein: Die Test-E-Mail geht von ihr an sie selbst.</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Settle test email</source>
        <translation>Settle-Test-E-Mail</translation>
    </message>
    <message>
        <source>This is a test message from Settle. The SMTP settings work: server %1, port %2, %3.
</source>
        <translation>Dies ist eine Testnachricht von Settle. Die SMTP-Einstellungen funktionieren: Server %1, Port %2, %3.
</translation>
    </message>
    <message>
        <source>Sent to %1. The server answered: %2</source>
        <translation>An %1 gesendet. Antwort des Servers: %2</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-E-Mail an %1 wird gesendet…</translation>
    </message>
</context>
<context>
    <name>settle::StatementsPage</name>
    <message>
        <source>All customers with a balance</source>
        <translation>Alle Kunden mit Saldo</translation>
    </message>
    <message>
        <source>Choose a customer to preview a statement.</source>
        <translation>Wählen Sie einen Kunden für die Vorschau eines Kontoauszugs.</translation>
    </message>
    <message>
        <source>The statement was made but cannot be shown (%1).</source>
        <translation>Der Kontoauszug wurde erstellt, kann aber nicht angezeigt werden (%1).</translation>
    </message>
    <message>
        <source>%1 (pages: %2).</source>
        <translation>%1 (Seiten: %2).</translation>
    </message>
    <message>
        <source>Preview a statement first.</source>
        <translation>Zeigen Sie zuerst die Vorschau eines Kontoauszugs an.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save the Statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>%1 gedruckt.</translation>
    </message>
    <message>
        <source>Print the Statement</source>
        <translation>Kontoauszug drucken</translation>
    </message>
    <message>
        <source>%1 has no email address: add one on the customer&apos;s page, or print the statement.</source>
        <translation>%1 hat keine E-Mail-Adresse: Tragen Sie eine auf der Kundenseite ein oder drucken Sie den Kontoauszug.</translation>
    </message>
    <message>
        <source>The statement email to %1 is queued in the outbox with the PDF attached.</source>
        <translation>Die Kontoauszugs-E-Mail an %1 steht mit der PDF-Datei im Anhang im Postausgang.</translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation>Nicht in den Postausgang gestellt: %1</translation>
    </message>
    <message>
        <source>Write the Statements Into</source>
        <translation>Kontoauszüge speichern in</translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation>Kontoauszüge werden erstellt…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stopping after the statements being written…</source>
        <translation>Abbruch nach den gerade erstellten Kontoauszügen…</translation>
    </message>
    <message>
        <source>The statements were not all written: %1</source>
        <translation>Nicht alle Kontoauszüge wurden erstellt: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 statements were written.</source>
        <translation>Abgebrochen: %1 von %2 Kontoauszügen wurden erstellt.</translation>
    </message>
    <message>
        <source>Statements written: %1.</source>
        <translation>Kontoauszüge erstellt: %1.</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Nichts wurde in den Postausgang gestellt.</translation>
    </message>
</context>
<context>
    <name>settle::TemplatesPage</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Discard Your Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation>Ihre Änderungen an %1 sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Settle ships no %1 template in this language yet: write one.</source>
        <translation>Settle liefert noch keine Vorlage %1 in dieser Sprache: Schreiben Sie eine.</translation>
    </message>
    <message>
        <source>Per invoice (inside the invoices section)</source>
        <translation>Je Rechnung (innerhalb des Rechnungsabschnitts)</translation>
    </message>
    <message>
        <source>The invoices section</source>
        <translation>Der Rechnungsabschnitt</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Mend the problems listed below the editors first</source>
        <translation>Beheben Sie zuerst die unter den Editoren aufgeführten Probleme</translation>
    </message>
    <message>
        <source>&lt;i&gt;No preview while the template has problems.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Vorschau, solange die Vorlage Probleme hat.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Add a customer to see a preview.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Legen Sie einen Kunden an, um eine Vorschau zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Betreff:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer&apos;s message cannot be made:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Nachricht für diesen Kunden kann nicht erstellt werden:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Not saved: mend the problems listed below the editors first (%1).</source>
        <translation>Nicht gespeichert: Beheben Sie zuerst die unter den Editoren aufgeführten Probleme (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Reset to Default?</source>
        <translation>Auf Standard zurücksetzen?</translation>
    </message>
    <message>
        <source>Put back the text Settle ships for %1? The text now in the editors is replaced.</source>
        <translation>Den mit Settle gelieferten Text für %1 wiederherstellen? Der Text in den Editoren wird ersetzt.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>%1 has the text Settle ships again.</source>
        <translation>%1 hat wieder den mit Settle gelieferten Text.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
</context>
<context>
    <name>settle::TermsDialog</name>
    <message>
        <source>New Payment Term</source>
        <translation>Neue Zahlungsbedingung</translation>
    </message>
    <message>
        <source>Net: days after the issue date</source>
        <translation>Netto: Tage nach Rechnungsdatum</translation>
    </message>
    <message>
        <source>End of month: days after the end of the issue month</source>
        <translation>Monatsende: Tage nach Ende des Rechnungsmonats</translation>
    </message>
    <message>
        <source>Proximo: a day of the following month</source>
        <translation>Folgemonat: ein Tag des nächsten Monats</translation>
    </message>
    <message>
        <source>Edit Payment Term %1</source>
        <translation>Zahlungsbedingung %1 bearbeiten</translation>
    </message>
    <message>
        <source>The term needs a name.</source>
        <translation>Die Bedingung braucht einen Namen.</translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation>Höchstens 60 Zeichen.</translation>
    </message>
    <message>
        <source>A whole number of days from 0 to 3650.</source>
        <translation>Eine ganze Zahl von Tagen von 0 bis 3650.</translation>
    </message>
    <message>
        <source>A day from 1 to 31.</source>
        <translation>Ein Tag von 1 bis 31.</translation>
    </message>
    <message>
        <source>A whole number of days, 0 or more.</source>
        <translation>Eine ganze Zahl von Tagen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>A percentage from 0 to less than 100.</source>
        <translation>Ein Prozentsatz von 0 bis unter 100.</translation>
    </message>
    <message>
        <source>A yearly percentage from 0 to less than 1000.</source>
        <translation>Ein Jahresprozentsatz von 0 bis unter 1000.</translation>
    </message>
    <message>
        <source>An amount of 0 or more.</source>
        <translation>Ein Betrag von 0 oder mehr.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>settle::TermsEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>Payment term “%1” added.</source>
        <translation>Zahlungsbedingung „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Payment term “%1” saved; issued invoices keep their terms.</source>
        <translation>Zahlungsbedingung „%1“ gespeichert; ausgestellte Rechnungen behalten ihre Bedingungen.</translation>
    </message>
    <message>
        <source>“%1” is offered for new customers and invoices again.</source>
        <translation>„%1“ wird für neue Kunden und Rechnungen wieder angeboten.</translation>
    </message>
    <message>
        <source>“%1” is retired: the customers that have it keep it; it is not offered for new ones.</source>
        <translation>„%1“ ist archiviert: Kunden, die sie haben, behalten sie; für neue wird sie nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>settle::WelcomePage</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>New Ledger File</source>
        <translation>Neue Buch-Datei</translation>
    </message>
    <message>
        <source>Settle ledgers (*.db)</source>
        <translation>Settle-Bücher (*.db)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as USD or EUR).</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (wie USD oder EUR).</translation>
    </message>
    <message>
        <source>Choose where the ledger file goes.</source>
        <translation>Wählen Sie, wohin die Buch-Datei kommt.</translation>
    </message>
</context>
</TS>
