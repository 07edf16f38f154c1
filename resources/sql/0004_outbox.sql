-- Settle ledger schema, version 4: delivering the outbox (issue 4; DESIGN.md "Outbox"). Same conventions
-- as before: {{ID}} primary keys, ISO text for moments (UTC, 'YYYY-MM-DDTHH:MM:SS.zzzZ', so they compare
-- as text), INTEGER 0/1 flags.
--
-- outbox.state:
--   'queued'    waits for its next attempt (next_attempt_at; NULL = at once)
--   'sending'   claimed by a sender, committed before the SMTP conversation starts
--   'sent'      the server accepted it (server_reply, sent_at)
--   'failed'    refused for good, or transient failures up to the limit (last_error)
--   'unknown'   found in 'sending' at start-up, or the connection broke after the whole message went out:
--               the server may have it. Never resent automatically; a person resends (-> 'queued')
--               or dismisses it (-> 'dismissed').
--   'dismissed' a person decided it is not to be sent
-- claim_token names the sender run that holds a 'sending' row, so that a run only finishes what it claimed.
ALTER TABLE outbox ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN reply_to TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN bcc_addresses TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN server_reply TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN claim_token TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN updated_at TEXT;
UPDATE outbox SET updated_at = created_at;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_customer ON outbox (customer_id, state);

-- The files sent with a message (invoice and statement PDFs), stored with it so that a queued
-- message is complete whatever happens to the ledger later. BYTEA is PostgreSQL's binary type; SQLite
-- takes any type name and keeps bound blobs as they are.
CREATE TABLE outbox_attachments (
    id {{ID}},
    outbox_id BIGINT NOT NULL REFERENCES outbox (id),
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BYTEA NOT NULL,
    UNIQUE (outbox_id, position)
);
