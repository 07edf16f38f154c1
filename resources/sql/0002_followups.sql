-- Settle ledger schema, version 2: the follow-up engine (issue 3; DESIGN.md "Reminder policy",
-- "Escalation rule"). Same conventions as version 1: {{ID}} primary keys, BIGINT minor units,
-- ISO 'YYYY-MM-DD' dates, INTEGER 0/1 flags, BIGINT millionths for rates.

-- The ordered stages of each reminder policy. `channel` is 'email', 'letter', 'task' or several
-- of them joined by '+' ('email+letter'). fee_micros is a fixed fee in millionths of the invoice
-- currency's major unit (like payment_terms.late_fee_micros); fee_rate a percentage of the balance
-- due in millionths (1 % = 10000).
CREATE TABLE reminder_stages (
    id {{ID}},
    policy_id BIGINT NOT NULL REFERENCES reminder_policies (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    gap_days INTEGER NOT NULL DEFAULT 0 CHECK (gap_days >= 0),
    channel TEXT NOT NULL,
    template_key TEXT NOT NULL DEFAULT '',
    fee_micros BIGINT NOT NULL DEFAULT 0 CHECK (fee_micros >= 0),
    fee_rate BIGINT NOT NULL DEFAULT 0 CHECK (fee_rate >= 0),
    states_interest INTEGER NOT NULL DEFAULT 0,
    needs_approval INTEGER NOT NULL DEFAULT 0,
    UNIQUE (policy_id, position),
    UNIQUE (policy_id, name)
);

-- The default policy of DESIGN.md (kept equal to DefaultPolicy::standard() by a test). A fresh
-- ledger gets it here, before `init` looks for "Standard"; an older ledger's Standard gets its stages.
INSERT INTO reminder_policies (name) SELECT 'Standard' WHERE NOT EXISTS (SELECT 1 FROM reminder_policies WHERE name = 'Standard');
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, states_interest, needs_approval)
    SELECT id, 0, 'Upcoming', -3, 0, 'email', 'upcoming', 0, 0 FROM reminder_policies WHERE name = 'Standard';
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, states_interest, needs_approval)
    SELECT id, 1, 'Reminder', 3, 5, 'email', 'reminder', 0, 0 FROM reminder_policies WHERE name = 'Standard';
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, states_interest, needs_approval)
    SELECT id, 2, 'Second reminder', 14, 7, 'email', 'second_reminder', 0, 0 FROM reminder_policies WHERE name = 'Standard';
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, states_interest, needs_approval)
    SELECT id, 3, 'Final notice', 30, 7, 'email+letter', 'final_notice', 1, 0 FROM reminder_policies WHERE name = 'Standard';
INSERT INTO reminder_stages (policy_id, position, name, offset_days, gap_days, channel, template_key, states_interest, needs_approval)
    SELECT id, 4, 'Collections review', 45, 7, 'task', 'collections_review', 0, 1 FROM reminder_policies WHERE name = 'Standard';

-- What happened to an invoice (or a customer) that pauses or shifts follow-ups, each with its date.
-- invoice_id is NULL exactly for a customer's 'hold' / 'release'; customer_id is always set, so
-- that reports can count a customer's broken promises and disputes without a join.
-- until_date: 'promise' = paid by this date; 'extend' = the new due date (reason keeps the old
-- one); 'promise_kept' / 'promise_broken' = the until date of the promise they judge.
-- The invoice columns disputed_on, dispute_reason, promise_until and extended_due_date are kept
-- current alongside (they show the state now; this table is the history the planner reads).
CREATE TABLE invoice_events (
    id {{ID}},
    invoice_id BIGINT REFERENCES invoices (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    kind TEXT NOT NULL CHECK (kind IN ('dispute', 'resolve', 'promise', 'promise_broken', 'promise_kept', 'extend',
                                       'hold', 'release')),
    event_date TEXT NOT NULL,
    until_date TEXT,
    reason TEXT,
    recorded_at TEXT NOT NULL,
    CHECK ((invoice_id IS NULL) = (kind IN ('hold', 'release')))
);
CREATE INDEX invoice_events_invoice ON invoice_events (invoice_id, event_date);
CREATE INDEX invoice_events_customer ON invoice_events (customer_id, kind);

-- Flags set before this version become history the planner can read.
INSERT INTO invoice_events (invoice_id, customer_id, kind, event_date, until_date, reason, recorded_at)
    SELECT id, customer_id, 'dispute', disputed_on, NULL, dispute_reason, disputed_on FROM invoices WHERE disputed_on IS NOT NULL;
INSERT INTO invoice_events (invoice_id, customer_id, kind, event_date, until_date, reason, recorded_at)
    SELECT id, customer_id, 'promise', issue_date, promise_until, NULL, issue_date FROM invoices WHERE promise_until IS NOT NULL;

-- An installment plan: several due amounts on one invoice, each reminded on its own. The amounts
-- add up to the invoice total; payments settle the oldest installment first.
CREATE TABLE invoice_installments (
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    due_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    PRIMARY KEY (invoice_id, seq)
);

-- One follow-up action: one stage for one customer in one run, listing its invoices (escalation
-- rule 6). state: 'queued' (delivered to the outbox / letters / tasks), 'pending_approval',
-- 'approved' (then delivered), 'dismissed' (never delivered; the stage still counts as raised).
CREATE TABLE followups (
    id {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    policy_id BIGINT NOT NULL REFERENCES reminder_policies (id),
    stage_index INTEGER NOT NULL,
    stage_name TEXT NOT NULL,
    channel TEXT NOT NULL,
    raised_on TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'pending_approval', 'approved', 'dismissed')),
    needs_approval INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX followups_state ON followups (state, raised_on);
CREATE INDEX followups_customer ON followups (customer_id, raised_on);

-- The stage raised for one due amount: a whole invoice (installment 0) or one installment of it.
-- The UNIQUE constraint is escalation rule 5: a stage is raised at most once per due amount, ever,
-- even when two processes run the engine at the same moment (the loser's insert fails).
CREATE TABLE followup_items (
    id {{ID}},
    followup_id BIGINT NOT NULL REFERENCES followups (id),
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    installment INTEGER NOT NULL DEFAULT 0,
    stage_index INTEGER NOT NULL,
    raised_on TEXT NOT NULL,
    due_date TEXT NOT NULL,
    balance BIGINT NOT NULL,
    interest BIGINT NOT NULL DEFAULT 0,
    fee_invoice_id BIGINT REFERENCES invoices (id),
    UNIQUE (invoice_id, installment, stage_index)
);
CREATE INDEX followup_items_followup ON followup_items (followup_id);
CREATE INDEX followup_items_fee ON followup_items (fee_invoice_id);

-- Email waiting to go out. Rows are written 'queued' with a plain-text rendering; the email issue
-- owns the states after that (sending, sent, failed, ...) and may add columns.
CREATE TABLE outbox (
    id {{ID}},
    followup_id BIGINT REFERENCES followups (id),
    customer_id BIGINT REFERENCES customers (id),
    state TEXT NOT NULL DEFAULT 'queued',
    to_addresses TEXT NOT NULL,
    cc_addresses TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    template_key TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outbox_state ON outbox (state, id);

-- Letters to print (the documents issue renders them as PDF).
CREATE TABLE followup_letters (
    id {{ID}},
    followup_id BIGINT NOT NULL REFERENCES followups (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    letter_date TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'to_print' CHECK (state IN ('to_print', 'printed', 'dismissed')),
    version INTEGER NOT NULL DEFAULT 1
);

-- Work for a person: a call, a collections review.
CREATE TABLE followup_tasks (
    id {{ID}},
    followup_id BIGINT REFERENCES followups (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    due_on TEXT NOT NULL,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),
    outcome TEXT,
    done_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX followup_tasks_state ON followup_tasks (state, due_on);
