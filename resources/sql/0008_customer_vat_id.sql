-- Settle ledger schema, version 8: a customer's VAT identification number, printed in the address
-- block of their invoices (docs/DOCUMENTS.md). Same conventions as before.
--
-- vat_id  free text such as DE123456789 (domain/VatId checks its shape); '' when the customer has none
ALTER TABLE customers ADD COLUMN vat_id TEXT NOT NULL DEFAULT '';
