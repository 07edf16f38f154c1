-- Settle ledger schema, version 10: bank statement entries and their matches (docs/DESIGN.md,
-- "Bank statements"). Same conventions as before: {{ID}} primary keys, BIGINT minor units, ISO
-- 'YYYY-MM-DD' dates.

-- One booking of an imported statement. entry_key is the bank's own reference for the entry (with the
-- statement's account), else a hash of account, booking date, amount, counterparty and text: UNIQUE,
-- so that a re-import, an overlapping file or a second process importing the same file at the same
-- moment stores nothing twice (the loser's insert does nothing).
-- status: 'matched' (payment_id names the payment recorded for it), 'suggested' (customer_id and
-- bank_entry_invoices hold the suggestion), 'unmatched', 'ignored' (ignored_from keeps the status it
-- had, for undo), 'outgoing' (a debit).
CREATE TABLE bank_entries (
    id {{ID}},
    entry_key TEXT NOT NULL UNIQUE,
    account_iban TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    booking_date TEXT NOT NULL,
    value_date TEXT,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    counterparty TEXT NOT NULL DEFAULT '',
    counterparty_iban TEXT NOT NULL DEFAULT '',
    remittance_text TEXT NOT NULL DEFAULT '',
    structured_reference TEXT NOT NULL DEFAULT '',
    bank_reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'matched' OR status = 'suggested' OR status = 'unmatched'
                                OR status = 'ignored' OR status = 'outgoing'),
    ignored_from TEXT,
    customer_id BIGINT REFERENCES customers (id),
    payment_id BIGINT REFERENCES payments (id),
    imported_on TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX bank_entries_status ON bank_entries (status, booking_date);
CREATE INDEX bank_entries_payment ON bank_entries (payment_id);

-- The invoices of an entry's match or suggestion (or those its text names), in order.
CREATE TABLE bank_entry_invoices (
    entry_id BIGINT NOT NULL REFERENCES bank_entries (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (entry_id, invoice_id)
);
CREATE INDEX bank_entry_invoices_invoice ON bank_entry_invoices (invoice_id);

-- A payer's account learned from an accepted match: the next payment from it suggests the customer.
CREATE TABLE bank_payer_ibans (
    iban TEXT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    learned_on TEXT NOT NULL
);
