-- Settle ledger schema, version 9: repeating invoices (docs/DESIGN.md "Repeating invoices"). Same
-- conventions as before: {{ID}} primary keys, ISO 'YYYY-MM-DD' dates, INTEGER 0/1 flags.

-- A schedule copies the lines and terms of an issued invoice (template_invoice_id) onto a new invoice
-- every `rhythm` from start_date, each on anchor_day or the month's last day when it is shorter, up to
-- until_date (NULL: no end). stopped_on: the day it was stopped (NULL while active). send: queue each
-- new invoice for email as it is issued.
CREATE TABLE recurring_schedules (
    id {{ID}},
    template_invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    rhythm TEXT NOT NULL CHECK (rhythm = 'month' OR rhythm = 'quarter' OR rhythm = 'year'),
    start_date TEXT NOT NULL,
    anchor_day INTEGER NOT NULL CHECK (anchor_day >= 1 AND anchor_day <= 31),
    until_date TEXT,
    send INTEGER NOT NULL DEFAULT 0,
    stopped_on TEXT,
    created_at TEXT NOT NULL,
    CHECK (until_date IS NULL OR until_date >= start_date)
);
CREATE INDEX recurring_schedules_customer ON recurring_schedules (customer_id);

-- The invoice a schedule issued for one of its dates. The primary key is the promise that a date is
-- issued at most once, even when two processes run the schedules at the same moment: the row is
-- written in the same transaction as the invoice and its number, so the loser's insert fails and its
-- whole transaction (draft and number included) rolls back.
CREATE TABLE recurring_issues (
    schedule_id BIGINT NOT NULL REFERENCES recurring_schedules (id),
    issue_date TEXT NOT NULL,
    invoice_id BIGINT NOT NULL UNIQUE REFERENCES invoices (id),
    PRIMARY KEY (schedule_id, issue_date)
);
