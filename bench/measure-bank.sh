#!/usr/bin/env bash
# Times a bank statement import against the benchmark ledger (docs/PERFORMANCE.md, "Bank statements"):
# generates the 100,000-invoice ledger as bench/measure.sh does, writes a camt.053 statement of 10,000
# credits that each pay one open invoice (its number written the ways customers write it) and the
# same 10,000 payments as a payments.csv, then times `settle-cli bank import` and `settle-cli import
# payments` on two copies of the ledger and checks that both leave the same receivables.
#
# usage: bench/measure-bank.sh [ENTRIES]         (default 10000)
# environment: BUILD_DIR (default <repo>/build-bench), INVOICES (100000), SEED (42),
#              KEEP=DIR to keep the files, the ledgers and every /usr/bin/time report there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
entries=${1:-10000}
invoices=${INVOICES:-100000}
build=${BUILD_DIR:-$root/build-bench}
seed=${SEED:-42}
as_of=2026-03-31

# shellcheck source=bench/bench-common.sh
source "$root/bench/bench-common.sh"
bench_build settle-cli settle-generate-ledger
bench_workdir
cli="$build/src/cli/settle-cli"
db="$work/ledger.db"
machine_line

measure generate "$build/bench/settle-generate-ledger" --invoices "$invoices" --seed "$seed" --as-of "$as_of" \
  --out "$work/csv"
measure init "$cli" --db "$db" init --company "Benchmark Company" --currency USD
for kind in customers invoices payments; do
  measure "import-$kind" "$cli" --db "$db" import "$kind" "$work/csv/$kind.csv"
done
measure open "$cli" --db "$db" invoice list --open --json
echo "ledger: $invoices invoices, $(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["invoices"]))' "$work/open.out") open"

# The statement and the payments: the same money, one file each.
/usr/bin/python3 - "$work/open.out" "$work/csv/customers.csv" "$entries" "$seed" "$work/statement.xml" \
  "$work/bank-payments.csv" <<'EOF'
import csv, json, random, sys
from datetime import date, timedelta
from xml.sax.saxutils import escape

open_path, customers_path, count, seed, xml_path, csv_path = sys.argv[1:]
count, rng = int(count), random.Random(int(seed))
names = {row["code"]: row["name"] for row in csv.DictReader(open(customers_path, newline=""))}
invoices = [i for i in json.load(open(open_path))["invoices"] if float(i["balance"]) > 0]
if len(invoices) < count:
    sys.exit(f"only {len(invoices)} open invoices for {count} entries")
chosen = rng.sample(invoices, count)

def written(number):
    prefix, digits = number.rstrip("0123456789"), number[len(number.rstrip("0123456789")):]
    letters, plain = prefix.strip("-"), str(int(digits))
    return rng.choice([f"RE {number}", f"Rechnung {number}", f"{letters.lower()} {plain}",
                       f"{letters}{digits}", f"Invoice {number} thank you", f"Rechnung Nr. {number} vom 02.03.2026"])

entries, rows = [], []
for n, invoice in enumerate(chosen, 1):
    # A booking in March, on or after the invoice's issue date.
    first = max(date.fromisoformat(invoice["issue_date"]), date(2026, 3, 1))
    day = (first + timedelta(days=rng.randint(0, (date(2026, 3, 31) - first).days))).isoformat()
    ref = f"BENCH{n:08d}"
    entries.append(f"""<Ntry><Amt Ccy="{invoice['currency']}">{invoice['balance']}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt><AcctSvcrRef>{ref}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="{invoice['currency']}">{invoice['balance']}</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>{escape(names.get(invoice['customer'], invoice['customer']))}</Nm></Dbtr><DbtrAcct><Id><IBAN>DE{n % 97:02d}{n:018d}</IBAN></Id></DbtrAcct></RltdPties>
<RmtInf><Ustrd>{escape(written(invoice['number']))}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>""")
    rows.append([invoice["customer"], day, invoice["balance"], "bank_transfer", ref, invoice["number"]])

with open(xml_path, "w", encoding="utf-8") as out:
    out.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2026-03-31T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>BENCH-1</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2026-03-31T18:00:00</CreDtTm>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>USD</Ccy></Acct>
""")
    out.write("\n".join(entries))
    out.write("\n</Stmt></BkToCstmrStmt></Document>\n")
with open(csv_path, "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["customer", "date", "amount", "method", "reference", "invoice"])
    writer.writerows(rows)
EOF

cp "$db" "$work/bank.db"
cp "$db" "$work/csv.db"
measure bank-import "$cli" --db "$work/bank.db" bank import "$work/statement.xml" --json
bank_wall=$wall bank_rss=$rss
measure csv-import "$cli" --db "$work/csv.db" import payments "$work/bank-payments.csv"
csv_wall=$wall csv_rss=$rss
printf 'bank import (camt.053, %s entries): %6ss  %7s MB   %s\n' "$entries" "$bank_wall" "$bank_rss" "$(cat "$work/bank-import.out")"
printf 'import payments (the same payments): %6ss  %7s MB   (%s)\n' "$csv_wall" "$csv_rss" "$(tr -d '\n' <"$work/csv-import.out")"

# Both ledgers owe the same afterwards.
measure aging-bank "$cli" --db "$work/bank.db" aging --as-of "$as_of" --json
measure aging-csv "$cli" --db "$work/csv.db" aging --as-of "$as_of" --json
if /usr/bin/python3 -c 'import json,sys; a,b=(json.load(open(p)) for p in sys.argv[1:]); sys.exit(0 if a==b else 1)' \
  "$work/aging-bank.out" "$work/aging-csv.out"; then
  echo "receivables after both: identical (aging --json)"
else
  echo "receivables after both: DIFFERENT (aging --json)"
fi
awk -v b="$bank_wall" -v c="$csv_wall" 'BEGIN { r = b / c; printf "ratio bank / payments.csv: %.2f (target <= 2): %s\n", r, (r <= 2 ? "met" : "MISSED") }'
