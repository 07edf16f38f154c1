-- Settle ledger schema, version 6: the bookkeeper's follow-up desk (issue 7). Same conventions as
-- before: {{ID}} primary keys, ISO 'YYYY-MM-DD' dates, ISO UTC text for moments. 0005 is left free.
-- New columns on existing tables come by ALTER TABLE ADD COLUMN (both engines); CHECKs use OR, not
-- IN lists (SQLite builds a temporary index for an IN list on every row it checks).

-- A follow-up put aside until a date: it leaves the desk's queue until then, and its queued email
-- waits (outbox.next_attempt_at) until that day. NULL: not snoozed.
ALTER TABLE followups ADD COLUMN snoozed_until TEXT;

-- A task's outcome: followup_tasks.outcome keeps its kind ('note', 'promise', 'dispute', 'legal');
-- these say who closed it and what was said.
ALTER TABLE followup_tasks ADD COLUMN outcome_note TEXT NOT NULL DEFAULT '';
ALTER TABLE followup_tasks ADD COLUMN done_by TEXT NOT NULL DEFAULT '';

-- What a person noted about a customer: a call's outcome, a promise to pay, a dispute, an
-- escalation to legal. The communication log and an invoice's history read these. invoice_id is
-- set when the note concerns one invoice; task_id when it closed a follow-up task.
CREATE TABLE contact_notes (
    id {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    invoice_id BIGINT REFERENCES invoices (id),
    task_id BIGINT REFERENCES followup_tasks (id),
    kind TEXT NOT NULL CHECK (kind = 'note' OR kind = 'promise' OR kind = 'dispute' OR kind = 'legal'),
    note_text TEXT NOT NULL DEFAULT '',
    note_date TEXT NOT NULL,
    until_date TEXT,
    actor TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX contact_notes_customer ON contact_notes (customer_id, note_date);
CREATE INDEX contact_notes_invoice ON contact_notes (invoice_id);

-- The desk's queue asks, per follow-up, whether an email, letter or task still waits.
CREATE INDEX outbox_followup ON outbox (followup_id, state);
CREATE INDEX followup_letters_followup ON followup_letters (followup_id, state);
CREATE INDEX followup_tasks_followup ON followup_tasks (followup_id, state);
