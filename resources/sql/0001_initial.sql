-- Settle ledger schema, version 1. Portable SQL for SQLite and PostgreSQL:
-- {{ID}} becomes the engine's auto-numbered primary key; amounts are BIGINT minor units;
-- dates are ISO 'YYYY-MM-DD' text; flags are INTEGER 0/1; rates are BIGINT millionths.

CREATE TABLE settle_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settle_meta (key, value) VALUES ('application', 'settle');

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE number_sequences (
    prefix TEXT PRIMARY KEY,
    next_value BIGINT NOT NULL
);

CREATE TABLE payment_terms (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    due_rule TEXT NOT NULL CHECK (due_rule IN ('net', 'eom', 'proximo')),
    days INTEGER NOT NULL DEFAULT 0,
    day_of_month INTEGER NOT NULL DEFAULT 0,
    discount_rate BIGINT NOT NULL DEFAULT 0,
    discount_days INTEGER NOT NULL DEFAULT 0,
    interest_rate BIGINT NOT NULL DEFAULT 0,
    grace_days INTEGER NOT NULL DEFAULT 0,
    late_fee_micros BIGINT NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reminder_policies (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    cc TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    terms_id BIGINT NOT NULL REFERENCES payment_terms (id),
    policy_id BIGINT NOT NULL REFERENCES reminder_policies (id),
    language TEXT NOT NULL DEFAULT 'en',
    on_hold INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE invoices (
    id {{ID}},
    number TEXT UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    -- Written with OR, not IN: SQLite builds a temporary index for an IN list on every row it checks,
    -- a large share of an import (docs/PERFORMANCE.md). Same meaning on both engines.
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'open' OR status = 'paid' OR status = 'void'
                                OR status = 'written_off'),
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    extended_due_date TEXT,
    currency TEXT NOT NULL,
    terms_name TEXT NOT NULL,
    due_rule TEXT NOT NULL,
    terms_days INTEGER NOT NULL,
    terms_day_of_month INTEGER NOT NULL,
    discount_rate BIGINT NOT NULL,
    discount_days INTEGER NOT NULL,
    interest_rate BIGINT NOT NULL,
    grace_days INTEGER NOT NULL,
    late_fee_micros BIGINT NOT NULL,
    subtotal BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    total BIGINT NOT NULL,
    disputed_on TEXT,
    dispute_reason TEXT,
    promise_until TEXT,
    voided_on TEXT,
    closed_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX invoices_customer ON invoices (customer_id, status);
CREATE INDEX invoices_status_closed ON invoices (status, closed_on);

CREATE TABLE invoice_lines (
    id {{ID}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,
    unit_price BIGINT NOT NULL,
    tax_rate BIGINT NOT NULL DEFAULT 0,
    amount BIGINT NOT NULL,
    tax BIGINT NOT NULL
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position);

CREATE TABLE payments (
    id {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    payment_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    currency TEXT NOT NULL,
    method TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    invoice_id BIGINT REFERENCES invoices (id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX payments_customer ON payments (customer_id, payment_date);

CREATE TABLE credit_notes (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    note_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL DEFAULT ''
);

-- Everything that lowers an invoice's balance: balance(i, d) = total - SUM(amount WHERE alloc_date <= d).
CREATE TABLE allocations (
    id {{ID}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    payment_id BIGINT REFERENCES payments (id),
    credit_note_id BIGINT REFERENCES credit_notes (id),
    -- OR rather than IN, as for invoices.status.
    kind TEXT NOT NULL CHECK (kind = 'payment' OR kind = 'discount' OR kind = 'credit_note' OR kind = 'write_off'),
    alloc_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0)
);
CREATE INDEX allocations_invoice ON allocations (invoice_id, alloc_date, amount);
CREATE INDEX allocations_payment ON allocations (payment_id);

CREATE TABLE audit_log (
    id {{ID}},
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
