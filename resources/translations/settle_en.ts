<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>← &amp;All Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms and reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On &amp;hold — send no reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit on account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communication log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own short id, such as C042</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accounts@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;c:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder &amp;policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name or code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Waiting for approval only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve and Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders raised before and after due dates, newest first. Stages that need a person (such as a collections review) wait here for your approval; nothing is delivered for them until you approve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle reads UTF-8 CSV files with a header row. An import adds every row or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which Settle column each column of your file holds. Settle remembers your choice for next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each row with a problem shows it beside the row. Mend the file and check again; nothing is imported until every row is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rows go in together, in one step, or none do.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceActionDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>New Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From the terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Total:&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear aging filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Credit Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;mise to Pay…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Receivables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Ledger…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Ledger…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Settle</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank reference, check number …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to (suggested: oldest due first — change any amount):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;Suggestion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by customer or reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Both "%1" and "%2" are mapped to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No column of the file is mapped to %1, which Settle needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo design, three drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand guidelines (hours)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company profile (stored in the ledger)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice number &amp;prefix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language applies the next time Settle starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep track of who owes you what, and get paid on time. Create a ledger for your business, open one you have, or look around in the demo ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Northwind Design Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Payment details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank, IBAN or account number, reference to quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recent ledgers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open a Ledger File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Demo Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo ledger is a small design studio with customers, invoices in every aging bucket and payments — safe to try things on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::CustomerDetailPage</name>
    <message>
        <source>Cannot change the hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cc %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders the follow-up engine raised and the disputes, promises and extensions recorded. Notes and calls are not kept yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::CustomerDialog</name>
    <message>
        <source>Edit Customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A customer with the code %1 already exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::CustomerTableModel</name>
    <message>
        <source>Also owes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No history yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reliably</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usually late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s) shown</source>
        <translation><numerusform>%n customer shown</numerusform><numerusform>%n customers shown</numerusform></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::DashboardPage</name>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>91+ days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total receivable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DSO (days sales outstanding)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receivables by age — click a bar for its invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aging chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected receipts, next 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most overdue customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owes in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of what is owed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing open is expected in the next 12 weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard — adding up the ledger …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard — the figures could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days, over the last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no credit sales in the last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 expected earlier, still unpaid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for your approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1–30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>31–60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>61–90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>91+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days past due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks ahead (week 1 starts %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::FollowupTableModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waits for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::FollowupsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle's columns: %1 (needed), %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine. Next imports them.</source>
        <translation><numerusform>All %n row are fine. Next imports them.</numerusform><numerusform>All %n rows are fine. Next imports them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows. Nothing will be imported until they are mended.</source>
        <translation><numerusform>%n problem in %1 rows. Nothing will be imported until they are mended.</numerusform><numerusform>%n problems in %1 rows. Nothing will be imported until they are mended.</numerusform></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation><numerusform>Imported %n record.</numerusform><numerusform>Imported %n records.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoiceActionDialog</name>
    <message>
        <source>Credit Note for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A credit note lowers what %1 asks for; the invoice itself stays as issued. Balance now: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispute %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While an invoice is disputed, no reminders go out for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Disputed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve the Dispute on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders resume from this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise to Pay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reminders until the promised date; then they resume if it is not paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new due date; the original one (%1) is kept for the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credit note must be more than zero and at most the balance %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the customer disputes, so that the next person knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new due date must be after the current one (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoiceEditorDialog</name>
    <message>
        <source>&amp;Issue Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 discount if paid by %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoiceEditorPresenter</name>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice needs an issue date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoiceLinesModel</name>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price is not negative: corrections are credit notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tax rate is between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation><numerusform>Overdue %n day</numerusform><numerusform>Overdue %n days</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(draft %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::InvoicesPage</name>
    <message>
        <source>All invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message>
        <source> in the chosen aging bucket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;solve Dispute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;A draft for %1. Issue it to give it a number.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1, due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, extended to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early-payment discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promised to pay by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot issue the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A void invoice stays in the ledger, marked void, and asks for nothing. Void %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot void %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::LedgerSession</name>
    <message>
        <source>No ledger file was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company needs a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::MainWindow</name>
    <message>
        <source>Cannot open the ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist. Create a ledger there from the welcome page, or open another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder emails wait here before they are sent. The outbox arrives with email sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment behaviour per customer, the cash forecast and DSO appear here with the analytics reports. The aging report is on the dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find customers and invoices (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle %1 — accounts receivable for small businesses.
Licensed under the Apache License 2.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a Ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle ledgers (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the demo ledger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups did not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due for a follow-up today.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) raised</source>
        <translation><numerusform>%n follow-up raised</numerusform><numerusform>%n follow-ups raised</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for your approval.</source>
        <translation><numerusform>; %n wait for your approval.</numerusform><numerusform>; %n wait for your approval.</numerusform></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::PaymentDialog</name>
    <message>
        <source>&amp;Record Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied %1 · Credit on account %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stays on the customer's account as credit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::PaymentPresenter</name>
    <message>
        <source>Enter the amount received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment is more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date the payment arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoices get %1 but the payment is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−%1 taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−%1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most the balance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::PaymentTableModel</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crypto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit on account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation><numerusform>%n payment</numerusform><numerusform>%n payments</numerusform></translation>
    </message>
</context>
<context>
    <name>settle::SearchPopup</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::SettingsPage</name>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company name and the invoice prefix cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settle::WelcomePage</name>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Ledger File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle ledgers (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code (such as USD or EUR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where the ledger file goes.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>