<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
    <name>QObject</name>
    <message>
        <source>Both "%1" and "%2" are mapped to %3.</source>
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
    <message>
        <source>Logo design, three drafts</source>
        <translation>Logo-Entwurf, drei Varianten</translation>
    </message>
    <message>
        <source>Brand guidelines (hours)</source>
        <translation>Markenrichtlinien (Stunden)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Company profile (stored in the ledger)</source>
        <translation>Firmenprofil (im Buch gespeichert)</translation>
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
        <source>This computer</source>
        <translation>Dieser Computer</translation>
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
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>vor %n Tag</numerusform><numerusform>vor %n Tagen</numerusform></translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Letzte Mahnung</translation>
    </message>
</context>
<context>
    <name>settle::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation><numerusform>%n Kunde angezeigt</numerusform><numerusform>%n Kunden angezeigt</numerusform></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
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
        <source>waiting for your approval</source>
        <translation>warten auf Ihre Freigabe</translation>
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
        <translation><numerusform>%n Mahnschritt</numerusform><numerusform>%n Mahnschritte</numerusform></translation>
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
        <source>Settle's columns: %1 (needed), %2.</source>
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
        <translation><numerusform>Die Zeile ist in Ordnung. „Weiter“ importiert sie.</numerusform><numerusform>Alle %n Zeilen sind in Ordnung. „Weiter“ importiert sie.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows. Nothing will be imported until they are mended.</source>
        <translation><numerusform>%n Problem in %1 Zeilen. Importiert wird erst, wenn es behoben ist.</numerusform><numerusform>%n Probleme in %1 Zeilen. Importiert wird erst, wenn sie behoben sind.</numerusform></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation><numerusform>%n Datensatz importiert.</numerusform><numerusform>%n Datensätze importiert.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Nichts wurde importiert:
%1</translation>
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
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation>
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
        <translation><numerusform>%n Rechnung</numerusform><numerusform>%n Rechnungen</numerusform></translation>
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
        <source>Reminder emails wait here before they are sent. The outbox arrives with email sending.</source>
        <translation>Mahn-E-Mails warten hier, bevor sie verschickt werden. Der Postausgang kommt mit dem E-Mail-Versand.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Payment behaviour per customer, the cash forecast and DSO appear here with the analytics reports. The aging report is on the dashboard.</source>
        <translation>Zahlungsverhalten je Kunde, Liquiditätsprognose und DSO erscheinen hier mit den Auswertungen. Die Altersstruktur steht in der Übersicht.</translation>
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
        <source>About Settle</source>
        <translation>Über Settle</translation>
    </message>
    <message>
        <source>Settle %1 — accounts receivable for small businesses.
Licensed under the Apache License 2.0.</source>
        <translation>Settle %1 — Forderungsverwaltung für kleine Unternehmen.
Lizenziert unter der Apache License 2.0.</translation>
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
        <source>Follow-ups did not run</source>
        <translation>Der Mahnlauf ist nicht gelaufen</translation>
    </message>
    <message>
        <source>Nothing is due for a follow-up today.</source>
        <translation>Heute ist nichts zu mahnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) raised</source>
        <translation><numerusform>%n Mahnschritt ausgelöst</numerusform><numerusform>%n Mahnschritte ausgelöst</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for your approval.</source>
        <translation><numerusform>; %n wartet auf Ihre Freigabe.</numerusform><numerusform>; %n warten auf Ihre Freigabe.</numerusform></translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
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
        <source>%1 stays on the customer's account as credit.</source>
        <translation>%1 bleibt als Guthaben auf dem Kundenkonto.</translation>
    </message>
</context>
<context>
    <name>settle::PaymentPresenter</name>
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
    <name>settle::PaymentTableModel</name>
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
        <translation>Krypto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
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
        <source>For invoice</source>
        <translation>Für Rechnung</translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>settle::PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation><numerusform>%n Zahlung</numerusform><numerusform>%n Zahlungen</numerusform></translation>
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
        <source>The company name and the invoice prefix cannot be empty.</source>
        <translation>Firmenname und Rechnungspräfix dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
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
        <source>"%1" is not an ISO 4217 currency code (such as USD or EUR).</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (wie USD oder EUR).</translation>
    </message>
    <message>
        <source>Choose where the ledger file goes.</source>
        <translation>Wählen Sie, wohin die Buch-Datei kommt.</translation>
    </message>
</context>
</TS>