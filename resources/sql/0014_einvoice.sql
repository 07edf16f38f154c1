-- Settle ledger schema, version 14: what a customer's e-invoices need (docs/EINVOICE.md). Same
-- conventions as before.
--
-- buyer_reference  the reference the buyer asks every invoice to carry (BT-10, a Leitweg-ID for German
--                  public buyers); '' when they ask for none
-- einvoice         the customer's preferred e-invoice format: '' (none), 'factur-x', 'xrechnung-cii'
--                  or 'xrechnung-ubl'; it decides what `invoice send` attaches
ALTER TABLE customers ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN einvoice TEXT NOT NULL DEFAULT '';
