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
ls "$out"/*.png
