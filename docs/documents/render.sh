#!/usr/bin/env bash
# Renders the pages shown in docs/DOCUMENTS.md from the demo ledger (settle-cli init --demo):
# a statement of account (English and German customer), an invoice with early-payment terms and a
# final-notice letter, each as PDF/A and as PNG pages (pdftoppm -png -r 60).
#
# usage: docs/documents/render.sh [BUILD_DIR]      (default <repo>/build-pdf)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-pdf}
cli="$build/src/cli/settle-cli"
out="$root/docs/documents"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
db="$work/demo.db"

"$cli" --db "$db" init --demo >/dev/null
"$cli" --db "$db" settings set company.payment_methods "We accept bank transfer, card and cheque." >/dev/null
today=$(date -u +%F)
# Three weekly follow-up runs reach the final notice, which goes out by email and by letter.
for days in 0 7 14; do
  "$cli" --db "$db" followups run --as-of "$(date -u -d "$today + $days days" +%F)" >/dev/null
done
letter=$("$cli" --db "$db" letter list | awk '$3 == "C001" { print $1; exit }')

"$cli" --db "$db" statement C001 --from "$(date -u -d "$today - 5 months" +%Y-%m-01)" --to "$today" \
  --out "$work/statement.pdf" >/dev/null
"$cli" --db "$db" statement C003 --from "$(date -u -d "$today - 5 months" +%Y-%m-01)" --to "$today" \
  --out "$work/statement-de.pdf" >/dev/null
"$cli" --db "$db" invoice pdf INV-0018 --out "$work/invoice.pdf" >/dev/null
"$cli" --db "$db" letter pdf "$letter" --out "$work/letter.pdf" >/dev/null

for name in statement statement-de invoice letter; do
  qpdf --check "$work/$name.pdf" >/dev/null
  rm -f "$out/$name"-*.png
  pdftoppm -png -r 60 "$work/$name.pdf" "$out/$name"
done
# The payment QR code: a euro ledger with an IBAN and one invoice; the "How to pay" block cut out of
# the page at 110 dpi.
eur="$work/eur.db"
"$cli" --db "$eur" init --company "Northwind Design Studio" --currency EUR >/dev/null
"$cli" --db "$eur" settings set company.address $'12 Harbour Lane\n20457 Hamburg' >/dev/null
"$cli" --db "$eur" settings set company.payment_details "Northwind Bank, Berlin" >/dev/null
"$cli" --db "$eur" settings set company.iban "DE89 3704 0044 0532 0130 00" >/dev/null
"$cli" --db "$eur" settings set company.bic COBADEFFXXX >/dev/null
"$cli" --db "$eur" settings set company.vat_id DE123456789 >/dev/null
printf 'code,name,email,address,vat_id\nC1,Wiener Werkstatt GmbH,office@werkstatt.example,"Ring 1\n1010 Wien",ATU12345678\n' \
  >"$work/eur-customers.csv"
printf 'number,customer,issue_date,description,quantity,unit_price,tax_rate\nINV-0001,C1,2026-03-01,Design work,10,95.00,19\nINV-0001,C1,2026-03-01,Printing,1,125.50,19\n' \
  >"$work/eur-invoices.csv"
"$cli" --db "$eur" import customers "$work/eur-customers.csv" >/dev/null
"$cli" --db "$eur" import invoices "$work/eur-invoices.csv" >/dev/null
"$cli" --db "$eur" invoice pdf INV-0001 --as-of 2026-03-31 --out "$work/eur-invoice.pdf" >/dev/null
pdftoppm -png -r 110 -x 70 -y 540 -W 780 -H 205 -singlefile "$work/eur-invoice.pdf" "$out/invoice-qr"

ls "$out"/*.png
