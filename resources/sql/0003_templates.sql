-- Settle ledger schema, version 3: message templates (issue 4; DESIGN.md "Templates").
-- One row per template key and language: subject, plain-text body and HTML body ('' = text only).
-- A key and language without a row use the text Settle ships (resources/templates), so a ledger
-- migrated from version 2 has every default at once; `init` writes the shipped texts as rows.
CREATE TABLE templates (
    id {{ID}},
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (key, language)
);
