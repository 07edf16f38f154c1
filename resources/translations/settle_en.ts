<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankAssignDialog</name>
    <message>
        <source>Assign a Bank Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name or code, invoice number, or an invoice&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and invoices found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the invoices the payment is for; they are paid in this order, the rest stays as credit on account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankPage</name>
    <message>
        <source>Bank Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by payer, IBAN, text or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter bank entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camt.053, MT940, OFX or bank CSV file; you can also drop it on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments your bank received, from the statement files it gives you. Settle records a payment by itself only where nothing is left to judge; the rest waits here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the payment as suggested (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer and the invoices this payment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ig&amp;nore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer&apos;s payment (a refund, a transfer of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the payment recorded for this entry, or take back Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>← &amp;All Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;hold — send no reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the credit on account against the oldest open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own short id, such as C042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, printed on their invoices, such as DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, carried by their e-invoices, such as a Leitweg-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;invoice:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Suggestion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected customer the reminder policy suggested by how they pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for approval only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders raised before and after due dates, newest first. Stages that need a person (such as a collections review) wait here for your approval; nothing is delivered for them until you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle reads UTF-8 CSV files with a header row. An import adds every row or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which Settle column each column of your file holds. Settle remembers your choice for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row with a problem shows it beside the row. Mend the file and check again; nothing is imported until every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows go in together, in one step, or none do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mounts written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceActionDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the customer agreed, such as yesterday&apos;s phone call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>New Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceIssuedDialog</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear aging filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mise to Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice as the customer gets it, to print, save or email (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a copy of this invoice every month, quarter or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a payment plan: what is open, in installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel t&amp;he Plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Shared Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Bank Statement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a failed message, or one whose delivery is unknown, to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message, but never send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every queued message that is due, with the SMTP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference, check number …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to (suggested: oldest due first — change any amount):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <source>A&amp;greed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule (change any date or amount):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule adds up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;confirmation email with the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by customer or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Reminder &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages go in order: the offset counts days from the due date (negative = before it), the gap is the least number of days after the previous stage. Channels: email, letter, task, or several joined by + (email+letter). Fees are charged on a separate invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new policy without stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new policy with the stages of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this policy; only one no customer uses can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Both &quot;%1&quot; and &quot;%2&quot; are mapped to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is mapped to %1, which Settle needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatInvoiceDialog</name>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail each one to the customer as it is issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Aging Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers owe by days past due, per currency. Double-click an amount to see the invoices behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer&apos;s amount to list its invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices in the chosen bucket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Settle starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted payment methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply-to address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a blind copy of every email to the from address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder emails are sent through this server. Leave the server empty while email is not set up: follow-ups still go to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for follow-ups &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes (and whenever the date changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send stages that need no approval &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every reminder waits in the follow-up queue until you send it. On: reminders whose stage needs no approval are sent as soon as they are raised; stages that need a person still wait for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This compute&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise follow-ups &amp;automatically while Settle is open on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on invoices, such as DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a thank-you email when a pa&amp;yment is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the &amp;invoices to reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account (&amp;IBAN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank code (&amp;BIC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Statements of Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open items only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the statement email (the statement template) with the PDF in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement for every customer with a balance, one PDF each, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Message Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the text Settle ships for this template and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML body (empty: plain text only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Payment Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-payment d&amp;iscount (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…if paid &amp;within (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late &amp;interest (% a year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late fee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Show &amp;retired terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued invoices keep the terms they were issued with. A retired term stays with the customers that have it, but is no longer offered for new customers and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep track of who owes you what, and get paid on time. Create a ledger for your business, open one you have, or look around in the demo ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwind Design Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank, IBAN or account number, reference to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent ledgers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Ledger File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo ledger is a small design studio with customers, invoices in every aging bucket and payments — safe to try things on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;Shared Ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger several bookkeepers share on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::AboutDialog</name>
    <message>
        <source>&lt;b&gt;Settle&lt;/b&gt;&lt;br&gt;Accounts receivable for small businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0 (&lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;the license&apos;s text&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is open (the default one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In backups/ beside the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BackupActions</name>
    <message>
        <source>Today&apos;s automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle backups (*.settle *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the ledger %1 with the backup %2?

The ledger as it is now is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BankAssignDialog</name>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing open in %2: all %3 stays as credit on account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the invoices the payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked invoices have %1 open; the payment of %2 goes to them in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked invoices have %1 open; %2 stays as credit on account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BankCsvPresenter</name>
    <message>
        <source>booking date (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount, signed (or debit and credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer or payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer&apos;s IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remittance text (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle may not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a bank statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the amount (or money in and money out), which Settle needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the booking date, which Settle needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is the remittance text, which Settle needs to find the invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BankEntryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, credit on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer or payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BankPage</name>
    <message>
        <source>Cannot read the bank entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle found the payer or the invoices; you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing certain enough: assign them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is recorded for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out: listed, never touches receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank entries yet. Import the statement file your bank gives you (camt.053, MT940, OFX or CSV), or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1. Enter records it; Assign chooses otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle found no customer for it: Assign chooses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certain: %1. Assign chooses the customer and invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a payment: %1. Undo removes the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: not a customer&apos;s payment. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out: it never touches receivables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 from the bank: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ignore the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: it is not a customer&apos;s payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment recorded for the entry is removed; the entry waits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry waits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Bank Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.camt *.053 *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement is still being imported; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2

Match its columns in the import wizard? Settle remembers them for this bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies)</source>
        <translation>
            <numerusform>%1: %n entry</numerusform>
            <numerusform>%1: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already imported before</source>
        <translation>
            <numerusform>, %n already imported before</numerusform>
            <numerusform>, %n already imported before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n payment(s) matched and recorded</source>
        <translation>
            <numerusform>; %n payment matched and recorded</numerusform>
            <numerusform>; %n payments matched and recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n suggested</numerusform>
            <numerusform>, %n suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not matched</source>
        <translation>
            <numerusform>, %n not matched</numerusform>
            <numerusform>, %n not matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n outgoing</source>
        <translation>
            <numerusform>, %n outgoing</numerusform>
            <numerusform>, %n outgoing</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::BankWaitingNotice</name>
    <message>
        <source>Open the &amp;Bank Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank entries not matched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the bank entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bank entry(ies) are not matched yet: a payment among them may be for an invoice this queue reminds. Check them before you send.</source>
        <translation>
            <numerusform>%n bank entry is not matched yet: it may be the payment of an invoice this queue reminds. Check it before you send.</numerusform>
            <numerusform>%n bank entries are not matched yet: a payment among them may be for an invoice this queue reminds. Check them before you send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::CoreLabels</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1 days after the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on day %1 of the following month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % discount within %2 days, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::CustomerDetailPage</name>
    <message>
        <source>Cannot change the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders the follow-up engine raised and the disputes, promises and extensions recorded. Notes and calls are not kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Payment Plan on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installments end today and %1 is one amount again, due as before. Cancel the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel the plan on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Credit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 against %2&apos;s oldest open invoices, dated %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open invoice to set the credit against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, now paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::CustomerDialog</name>
    <message>
        <source>Edit Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle has no templates in %1: reminders and statements to this customer cannot be written in it. Choose one of the languages offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung, CII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung, UBL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::CustomerSchedulesPanel</name>
    <message>
        <source>S&amp;top Repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeating invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice of this customer repeats. Choose Repeat… on an issued invoice to issue a copy of it every month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule issues nothing more; what it issued stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeating %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule issues no more copies of %1. The invoices it issued stay. Stop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::CustomerTableModel</name>
    <message>
        <source>Also owes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays “%1”: %2 is suggested. Nothing changes until you apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Suggested Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) pays “%3”. Give them the reminder policy %4 instead of %5?

Follow-ups go on from the last stage raised, at the days of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::DashboardPage</name>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSO (days sales outstanding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables by age — click a bar for its invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected receipts, next 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most overdue customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open is expected in the next 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — adding up the ledger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — the figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days, over the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credit sales in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 expected earlier, still unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks ahead (week 1 starts %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on today&apos;s follow-up desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::DefaultPolicy</name>
    <message>
        <source>Final notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::EmailHtmlView</name>
    <message>
        <source>(This message has no HTML part; it is sent as plain text.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::EmailPreviewDialog</name>
    <message>
        <source>Read the Email Before It Is Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue in the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FirstRunChecklist</name>
    <message>
        <source>First steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First steps with this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders need to say who you are and how to pay you, and go out through your email server. This list goes when everything is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s details and how customers pay you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server reminders go out through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupDeskModel</name>
    <message>
        <source>Customer / stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: delivery unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupDeskPanel</name>
    <message>
        <source>ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up on the left to read what goes out, or to record a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said (a dispute&apos;s reason, the call&apos;s outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome and close the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the follow-ups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not before %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This stage waits for your approval. Approving delivers it (%1); dismissing drops it, and the stage still counts as raised.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. This message goes out as edited; the template is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: delivered to the outbox, letters or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed: nothing is delivered for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snooze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1: it comes back then, and its email waits until that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1. It is in the customer&apos;s communication log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the follow-ups to send, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email of these follow-ups is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sending %n message…</numerusform>
            <numerusform>Sending %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>No message was due (a snoozed one waits for its day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As most mail programs show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the customer sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to this one message, not to the template. An edited text goes out as the message&apos;s HTML part too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day it should come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a payment plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the customer&apos;s credit on account against their oldest open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this follow-up is open: there is nothing to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is agreed, but the task stays open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed for %1; the schedule is in the outbox for the customer. The task is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed for %1. The task is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Credit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 against the oldest open invoices of %2, dated %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open invoice to set the credit against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit applied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupMonitor</name>
    <message>
        <source>1 follow-up is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payment details are not set yet: reminders would go out without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s name is not set yet: reminders would go out without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s address is not set yet: reminders would go out without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting the reminders need is not set yet (%1): reminders would go out without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupNotice</name>
    <message>
        <source>Follow-ups stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupTableModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::FollowupsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits for you today, by customer: read each email before it goes (and change a word for this one message), approve the stages that need a person, snooze what can wait, send, and record the outcome of your calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::Guarded</name>
    <message>
        <source>Settle ran into a problem it did not expect (%1). Please try again; if it happens again, the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle&apos;s columns: %1 (needed), %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine. Next imports them.</source>
        <translation>
            <numerusform>All %n row are fine. Next imports them.</numerusform>
            <numerusform>All %n rows are fine. Next imports them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows. Nothing will be imported until they are mended.</source>
        <translation>
            <numerusform>%n problem in %1 rows. Nothing will be imported until they are mended.</numerusform>
            <numerusform>%n problems in %1 rows. Nothing will be imported until they are mended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank&apos;s CSV export: you say which column is the booking date, the amount, the payer, the IBAN and the text. Settle remembers it for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported until this is mended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n booking(s) read: </source>
        <translation>
            <numerusform>The %n booking is read: </numerusform>
            <numerusform>All %n bookings read: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 money in, %2 money out. Next imports them and matches them to your invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new booking(s)</source>
        <translation>
            <numerusform>Imported %n new booking</numerusform>
            <numerusform>Imported %n new bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 matched and recorded, %2 suggested, %3 not matched, %4 outgoing; %5 were imported before. The Bank page shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceActionDialog</name>
    <message>
        <source>Credit Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note lowers what %1 asks for; the invoice itself stays as issued. Balance now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While an invoice is disputed, no reminders go out for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the Dispute on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders resume from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders until the promised date; then they resume if it is not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new due date; the original one (%1) is kept for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit note must be more than zero and at most the balance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the customer disputes, so that the next person knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date must be after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEditorDialog</name>
    <message>
        <source>&amp;Issue Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 discount if paid by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEditorPresenter</name>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice needs an issue date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceEmail</name>
    <message>
        <source>%1 cannot be emailed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email to %1 is queued in the outbox with the invoice attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceHistoryDialog</name>
    <message>
        <source>Follow-up history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due %3, %4 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceIssuedDialog</name>
    <message>
        <source>Invoice %1 Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send It Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, issued %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceLinesModel</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is not negative: corrections are credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoiceViewerDialog</name>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the invoice (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email it to the customer, after reading the email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a copy of it every month, quarter or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was made but cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now repeats: the customer&apos;s page lists the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and email &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factur-X / ZUGFeRD (PDF with XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung, CII (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung, UBL (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a PDF file or the e-invoice chosen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message>
        <source> in the chosen aging bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A draft for %1. Issue it to give it a number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, extended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-payment discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised to pay by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot issue the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void invoice stays in the ledger, marked void, and asks for nothing. Void %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email it to the customer, after reading the email (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now repeats: the customer&apos;s page lists the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan agreed on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a Payment P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now paid in installments; the schedule is in the outbox for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now paid in installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the Payment Plan on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installments end today and %1 is one amount again, due as before. Cancel the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel the plan on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment plan on %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::LanguageFallbackNotice</name>
    <message>
        <source>Emails not in their customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the languages of the queued emails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; in %4 instead of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) in this queue are not in their customer&apos;s language, because the template is not written in it: %1. Write the template in that language on the Templates page, or read the text before you send it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::LedgerSession</name>
    <message>
        <source>No ledger file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: the file or its folder cannot be written, so Settle cannot work on it. Copy it to a folder you can write to, or ask for write permission; settle-cli can still read it (lists, reports, statements).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::LocaleDates</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::MainWindow</name>
    <message>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Create a ledger there from the welcome page, or open another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers and invoices (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle ledgers (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for a follow-up today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) raised</source>
        <translation>
            <numerusform>%n follow-up raised</numerusform>
            <numerusform>%n follow-ups raised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for your approval.</source>
        <translation>
            <numerusform>; %n wait for your approval.</numerusform>
            <numerusform>; %n wait for your approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Shared Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the ledger on its PostgreSQL server, postgresql://USER@HOST[:PORT]/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a shared ledger; it starts with postgresql://, for example postgresql://anna@ledger.example.com/books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bank entry(ies) wait for you to accept or assign them</source>
        <translation>
            <numerusform>%n bank entry waits for you to accept or assign it</numerusform>
            <numerusform>%n bank entries wait for you to accept or assign them</numerusform>
        </translation>
    </message>
    <message>
        <source>Share on a Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::OutboxPage</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1; attempts so far: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This message has no HTML part; it is sent as plain text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is queued again; Send Now sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is dismissed and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message was due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1 (invoice %2 as of %3, drawn when the message is sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::OutboxSendJob</name>
    <message>
        <source>A send is running, or no ledger is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n to try again later</numerusform>
            <numerusform>%n to try again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown delivery</source>
        <translation>
            <numerusform>%n with unknown delivery</numerusform>
            <numerusform>%n with unknown delivery</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 The other messages stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found half-sent by an earlier run and marked “delivery unknown”: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PaymentAllocationModel</name>
    <message>
        <source>Enter the amount received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the payment arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices get %1 but the payment is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most the balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PaymentDialog</name>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 · Credit on account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the customer&apos;s account as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PaymentPlanDialog</name>
    <message>
        <source>Payment Plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 still owes on %2, in installments. From the day it is agreed, each installment is reminded on its own when it is not paid, and the invoice&apos;s own due date no longer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1: type the due date as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1: the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing open on %2: there is nothing to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan has at least two installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1 is due before the day the plan is agreed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1 must be due after installment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installments add up to %1 but the open balance is %2: change an amount by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settle::PdfPrint</name>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PolicyEditor</name>
    <message>
        <source>Policy “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by 1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the reminder policy “%1” and its stages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::PolicyStagesModel</name>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset “%1” is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1 days comes before row %2&apos;s %3 days; stages must be in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gap “%1” is not a number of days (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a channel (email, letter, task or several joined by +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee “%1” is not an amount of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee “%1” is not a percentage between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::RepeatInvoiceDialog</name>
    <message>
        <source>Repeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a copy of %1 for %2 — the same lines and terms, a new number, due by the terms from its own date — on every date of the schedule. The app issues it on the day, or at its next start when it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until is before the first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date falls between the first date and until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues on %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::ReportsPage</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the aging report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, 1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer&apos;s amount to list its invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3: %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Aging Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the aging report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging report as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::SearchPopup</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::ServerBanner</name>
    <message>
        <source>The ledger&apos;s server cannot be reached — retrying. Nothing can be changed until it answers again; what you typed stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger&apos;s server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::SettingsPage</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server name (such as smtp.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Company Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers need a prefix (such as INV-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces in the prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix cannot end in a digit; the number follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails need a sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of minutes from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::ShareLedgerDialog</name>
    <message>
        <source>Share the Ledger on a Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this ledger into a PostgreSQL database so that several bookkeepers can work on it at once. The database must be new or hold no customers, invoices or payments yet. The copy is checked (row counts and balances) before it is kept; the file stays as it is, and changes made to the file afterwards are not in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Shared Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a PostgreSQL database; it starts with postgresql://, for example postgresql://anna@ledger.example.com/books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 tables, %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is on the server; row counts and balances were checked. Open it here to work on it, and give the other bookkeepers the same address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::SmtpTestPanel</name>
    <message>
        <source>Send Test Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the test (empty: the keyring&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password for the test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this test only and never stored. Settle sends with the password in the system keyring (see docs/EMAIL.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a short message from the From address to itself with the settings as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: “%1” is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the From address first: the test email goes from it to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from Settle. The SMTP settings work: server %1, port %2, %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1. The server answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::StatementsPage</name>
    <message>
        <source>All customers with a balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to preview a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was made but cannot be shown (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pages: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a statement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email address: add one on the customer&apos;s page, or print the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement email to %1 is queued in the outbox with the PDF attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Statements Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the statements being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements were not all written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 statements were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::TemplatesPage</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Your Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle ships no %1 template in this language yet: write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per invoice (inside the invoices section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend the problems listed below the editors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No preview while the template has problems.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Add a customer to see a preview.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer&apos;s message cannot be made:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: mend the problems listed below the editors first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Default?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the text Settle ships for %1? The text now in the editors is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the text Settle ships again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::TermsDialog</name>
    <message>
        <source>New Payment Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: days after the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of month: days after the end of the issue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proximo: a day of the following month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Payment Term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of days from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day from 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage from 0 to less than 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yearly percentage from 0 to less than 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::TermsEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment term “%1” saved; issued invoices keep their terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is offered for new customers and invoices again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is retired: the customers that have it keep it; it is not offered for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settle::WelcomePage</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Ledger File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle ledgers (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as USD or EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the ledger file goes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
