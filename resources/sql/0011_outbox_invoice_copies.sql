-- Settle ledger schema, version 11: the invoice copies a reminder carries, kept as what to draw, not
-- as drawn bytes. A follow-up run that raises thousands of stages would otherwise draw thousands of
-- PDFs inside its one write (holding the ledger's write lock for minutes) and store them all; the
-- copy is drawn when the message is looked at or sent, from the invoice as of the reminder's date.
-- An issued invoice's lines never change, so the copy drawn later shows the same invoice; its "paid
-- so far" counts the payments dated up to as_of that the ledger knows when it is drawn.
CREATE TABLE outbox_invoice_copies (
    outbox_id BIGINT NOT NULL REFERENCES outbox (id),
    position INTEGER NOT NULL,
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    as_of TEXT NOT NULL,
    PRIMARY KEY (outbox_id, position)
);
