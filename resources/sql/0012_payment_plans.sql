-- Settle ledger schema, version 12: payment plans agreed after an invoice was issued (docs/DESIGN.md,
-- "Installments"). Same conventions as before: {{ID}} primary keys, BIGINT minor units, ISO
-- 'YYYY-MM-DD' dates.

-- One plan agreed with the customer: the day it was agreed, the invoice's open balance that day (what
-- its installments in invoice_installments add up to) and, once ended, the day it was cancelled. Its
-- agreement and cancellation are the plan's history: kept here rather than as invoice_events kinds,
-- whose CHECK constraint SQLite can only change by rebuilding the table (and PostgreSQL then by
-- resetting its id sequence), which one script cannot do on both engines. At most one plan of an
-- invoice is in force at a time.
CREATE TABLE payment_plans (
    id {{ID}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    agreed_on TEXT NOT NULL,
    open_balance BIGINT NOT NULL CHECK (open_balance > 0),
    recorded_at TEXT NOT NULL,
    cancelled_on TEXT,
    cancelled_at TEXT,
    CHECK ((cancelled_on IS NULL) = (cancelled_at IS NULL))
);
CREATE INDEX payment_plans_invoice ON payment_plans (invoice_id, id);
CREATE UNIQUE INDEX payment_plans_in_force ON payment_plans (invoice_id) WHERE cancelled_on IS NULL;
