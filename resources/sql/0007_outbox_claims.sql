-- Settle ledger schema, version 7: a sender's claim on an outbox message names its holder and how long
-- it holds (docs/DESIGN.md "The outbox's promise"). Same conventions as before.
--
-- claim_host, claim_pid  the machine and process that hold a 'sending' row (with claim_token, the run)
-- lease_until            the latest moment that sender can still be talking to the server about the row:
--                        the claim moment plus the longest conversation the SMTP limits allow, plus a
--                        margin. Another sender marks a 'sending' row 'unknown' only once its lease has
--                        passed, or at once when its holder is a process on the same machine that no
--                        longer runs. NULL: a claim written before this version, which nobody holds.
ALTER TABLE outbox ADD COLUMN claim_host TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN claim_pid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease_until TEXT;
