#!/usr/bin/env bash
# Eight desks on one shared ledger while its PostgreSQL server restarts twice (docs/POSTGRESQL.md).
# Each desk is a loop of settle-cli processes for a bounded time: recording payments, issuing invoices
# (a one-invoice import), running follow-ups and sending the outbox through a local SMTP server. The
# server is stopped at once (as a crash does) and started again at a third and at two thirds of the
# time. Afterwards:
#   - every payment and invoice a desk was told was recorded is there once; none is there twice;
#   - every follow-up stage is raised once (per invoice, installment and stage);
#   - every email was sent at most once, and every message the outbox calls sent arrived once;
#   - each customer's invoiced and paid sums equal those of a replay, on an SQLite copy of the
#     starting ledger, of the payments and invoices the server holds.
#
# usage: bench/desk-load.sh [--short]
#   long form:  the generated 100k-invoice ledger, 120 s of work (INVOICES, WORK_SECONDS to change)
#   --short:    a 2,000-invoice ledger and 30 s of work, under two minutes in all (scripts/test runs it)
# environment: BUILD_DIR (default <repo>/build-bench; built unless SKIP_BUILD=1), DESKS (8),
#              KEEP=DIR to keep the ledgers, the mail and every desk's journal there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
short=0
[[ "${1:-}" == --short ]] && short=1
if ((short)); then
  invoices=${INVOICES:-2000}
  work_seconds=${WORK_SECONDS:-30}
else
  invoices=${INVOICES:-100000}
  work_seconds=${WORK_SECONDS:-120}
fi
desks=${DESKS:-8}
build=${BUILD_DIR:-$root/build-bench}
as_of=2026-03-31

# shellcheck source=bench/bench-common.sh
source "$root/bench/bench-common.sh"
[[ "${SKIP_BUILD:-0}" == 1 ]] || bench_build settle-cli settle-generate-ledger
bench_workdir
export SETTLE_LOG=off
cli="$build/src/cli/settle-cli"
command -v psql >/dev/null || { echo "error: psql is missing (Debian package: postgresql-client)" >&2; exit 1; }

pg_dir=$(mktemp -d /tmp/settle-desks-pg.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
smtp_pid=
cleanup() {
  [[ -n "${smtp_stdin:-}" ]] && exec {smtp_stdin}>&-
  [[ -n "$smtp_pid" ]] && kill "$smtp_pid" 2>/dev/null || true
  "$root/scripts/pg-test-server" stop "$pg_dir"
  [[ -n "${KEEP:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT
server=$("$root/scripts/pg-test-server" start "$pg_dir" "$port")
ledger="${server%/*}/desks"
psql -q "$server" -c "CREATE DATABASE desks" >/dev/null
sql() { psql -tA "$ledger" -c "$1"; }

echo "Desks: $desks for ${work_seconds}s on a ${invoices}-invoice ledger at $ledger; two server restarts"
"$build/bench/settle-generate-ledger" --invoices "$invoices" --seed 42 --as-of "$as_of" --out "$work/csv" >/dev/null
"$cli" --db "$ledger" init --company "Desk Load" --currency USD >/dev/null
for kind in customers invoices payments; do
  "$cli" --db "$ledger" import "$kind" "$work/csv/$kind.csv" >/dev/null
done

mkdir -p "$work/mail"
# The server stops when its standard input ends: a pipe this script holds open until it exits (a
# process holding it instead would outlive the script and keep a caller's output pipe open).
mkfifo "$work/smtp.stdin"
/usr/bin/python3 "$root/tests/support/smtp_test_server.py" --dir "$work/mail" --port 0 \
  <"$work/smtp.stdin" >"$work/smtp.out" 2>"$work/smtp.err" &
smtp_pid=$!
exec {smtp_stdin}>"$work/smtp.stdin"
for _ in $(seq 100); do grep -q '^PORT ' "$work/smtp.out" 2>/dev/null && break; sleep 0.1; done
smtp_port=$(sed -n 's/^PORT //p' "$work/smtp.out")
[[ -n "$smtp_port" ]] || { cat "$work/smtp.err" >&2; echo "error: the SMTP test server did not start" >&2; exit 1; }
for setting in "smtp.host 127.0.0.1" "smtp.port $smtp_port" "smtp.security none" \
  "smtp.from billing@desks.example" "followups.attach_invoices false" "company.payment_details IBAN-DE89370400440532013000"; do
  # shellcheck disable=SC2086
  "$cli" --db "$ledger" settings set $setting >/dev/null
done
# The starting point of the replay: the ledger as the desks find it.
"$cli" copy --from "$ledger" --to "$work/replay.db" >/dev/null

# Customers in US dollars (amounts with cents), read as CSV: addresses span lines.
mapfile -t customers < <(python3 -c 'import csv, sys
rows = [r["code"] for r in csv.DictReader(open(sys.argv[1], newline="")) if r["currency"] == "USD"]
print("\n".join(rows[:200]))' "$work/csv/customers.csv")
count=${#customers[@]}

# desk N: works until the time is up; writes "KIND KEY EXIT" per command to its journal.
desk() {
  local d=$1 n=0 end=$((SECONDS + work_seconds)) journal="$work/desk-$1.journal" code rc
  : >"$journal"
  while ((SECONDS < end)); do
    n=$((n + 1))
    code=${customers[$(((d * 7919 + n * 31) % count))]}
    case $((n % 5)) in
    0 | 1)
      set +e
      "$cli" --db "$ledger" pay "$code" "$(((d * 13 + n * 7) % 400 + 1)).$(printf %02d $((n % 100)))" \
        --on 2026-04-0$((n % 9 + 1)) --ref "D$d-P$n" >/dev/null 2>>"$work/desk-$d.err"
      rc=$?
      set -e
      echo "pay D$d-P$n $rc" >>"$journal"
      ;;
    2)
      printf 'number,customer,issue_date,due_date,description,quantity,unit_price,tax_rate\nD%s-I%s,%s,2026-04-01,,Desk work,%s,75.00,0\n' \
        "$d" "$n" "$code" "$((n % 9 + 1))" >"$work/desk-$d-invoice.csv"
      set +e
      "$cli" --db "$ledger" import invoices "$work/desk-$d-invoice.csv" >/dev/null 2>>"$work/desk-$d.err"
      rc=$?
      set -e
      echo "invoice D$d-I$n $rc" >>"$journal"
      ;;
    3)
      set +e
      "$cli" --db "$ledger" followups run --as-of 2026-04-15 >/dev/null 2>>"$work/desk-$d.err"
      rc=$?
      set -e
      echo "followups - $rc" >>"$journal"
      ;;
    4)
      set +e
      "$cli" --db "$ledger" outbox send >/dev/null 2>>"$work/desk-$d.err"
      rc=$?
      set -e
      echo "send - $rc" >>"$journal"
      ;;
    esac
  done
}

pids=()
for ((d = 1; d <= desks; d++)); do
  desk "$d" &
  pids+=($!)
done
for restart in 1 2; do
  sleep "$((work_seconds / 3))"
  "$root/scripts/pg-test-server" down "$pg_dir"
  echo "  server stopped ($restart)"
  sleep 2
  "$root/scripts/pg-test-server" up "$pg_dir" "$port"
  echo "  server started again ($restart)"
done
for pid in "${pids[@]}"; do wait "$pid"; done
# What is still queued goes out once the server is calm, so that every message is decided.
"$cli" --db "$ledger" outbox send >/dev/null 2>&1 || true

failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }
cat "$work"/desk-*.journal >"$work/journal"
echo "Commands: $(wc -l <"$work/journal"); succeeded $(awk '$3 == 0' "$work/journal" | wc -l);" \
  "connection lost or conflict (exit 1): $(awk '$3 == 1' "$work/journal" | wc -l)"
odd=$(awk '$3 != 0 && $3 != 1' "$work/journal")
[[ -z "$odd" ]] || fail "commands ended otherwise than 0 or 1: $(head -n 5 <<<"$odd" | tr '\n' ';')"
# Only the sentences, never a driver's words.
if grep -h -i -E 'QPSQL|server closed the connection|SQLSTATE|INSERT INTO|COPY ' "$work"/desk-*.err | head -n 3 | grep -q .; then
  fail "a command showed the driver's words: $(grep -h -i -E 'QPSQL|server closed|SQLSTATE|INSERT INTO|COPY ' "$work"/desk-*.err | head -n 1)"
fi

twice=$(sql "SELECT reference FROM payments WHERE reference LIKE 'D%-P%' GROUP BY reference HAVING COUNT(*) > 1")
[[ -z "$twice" ]] || fail "payments recorded twice: $twice"
sql "SELECT reference FROM payments WHERE reference LIKE 'D%-P%'" | sort >"$work/payments.held"
awk '$1 == "pay" && $3 == 0 { print $2 }' "$work/journal" | sort >"$work/payments.told"
missing=$(comm -23 "$work/payments.told" "$work/payments.held")
[[ -z "$missing" ]] || fail "payments reported recorded but missing: $missing"
sql "SELECT number FROM invoices WHERE number LIKE 'D%-I%'" | sort >"$work/invoices.held"
awk '$1 == "invoice" && $3 == 0 { print $2 }' "$work/journal" | sort >"$work/invoices.told"
missing=$(comm -23 "$work/invoices.told" "$work/invoices.held")
[[ -z "$missing" ]] || fail "invoices reported issued but missing: $missing"
twice=$(sql "SELECT invoice_id, installment, stage_index FROM followup_items GROUP BY 1, 2, 3 HAVING COUNT(*) > 1")
[[ -z "$twice" ]] || fail "follow-up stages raised twice: $twice"

python3 - "$work/mail" "$work/outbox.sent" <<'EOF' || failures=$((failures + 1))
import json, os, sys, collections
ids = collections.Counter()
for name in os.listdir(sys.argv[1]):
    if name.endswith(".json"):
        # The header reads <id@domain>; the outbox keeps the id without its brackets.
        ids[json.load(open(os.path.join(sys.argv[1], name)))["message-id"].strip().strip("<>")] += 1
twice = [i for i, n in ids.items() if n > 1]
if twice:
    print("FAILED: emails sent twice:", twice[:5])
    sys.exit(1)
open(sys.argv[2] + ".received", "w").write("".join(sorted(i + "\n" for i in ids)))
print(f"Emails received: {len(ids)}, none twice")
EOF
sql "SELECT message_id FROM outbox WHERE state = 'sent'" | sort >"$work/outbox.sent"
missing=$(comm -23 "$work/outbox.sent" <(sort "$work/outbox.sent.received"))
[[ -z "$missing" ]] || fail "messages the outbox calls sent that never arrived: $(head -n 3 <<<"$missing")"
received_not_decided=$(comm -13 <(sql "SELECT message_id FROM outbox WHERE state IN ('sent', 'unknown')" | sort) \
  <(sort "$work/outbox.sent.received"))
[[ -z "$received_not_decided" ]] || fail "emails that arrived but the outbox would send again: $received_not_decided"
echo "Payments by desks: $(wc -l <"$work/payments.held"), invoices by desks: $(wc -l <"$work/invoices.held")," \
  "follow-up stages: $(sql 'SELECT COUNT(*) FROM followup_items')," \
  "outbox: $(sql "SELECT string_agg(state || ' ' || n, ', ') FROM (SELECT state, COUNT(*) n FROM outbox GROUP BY state) s")"

# The replay: the invoices and payments the server holds, in the order it gave them ids, on SQLite.
{
  echo "number,customer,issue_date,due_date,description,quantity,unit_price,tax_rate"
  psql -tA -F, "$ledger" -c "SELECT i.number, c.code, i.issue_date, '', l.description, l.quantity / 10000,
      to_char(l.unit_price / 100.0, 'FM999999990.00'), 0 FROM invoices i JOIN customers c ON c.id = i.customer_id
      JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.number LIKE 'D%-I%' ORDER BY i.id, l.position"
} >"$work/replay-invoices.csv"
if [[ $(wc -l <"$work/replay-invoices.csv") -gt 1 ]]; then
  "$cli" --db "$work/replay.db" import invoices "$work/replay-invoices.csv" >/dev/null
fi
psql -tA -F' ' "$ledger" -c "SELECT c.code, to_char(p.amount / 100.0, 'FM999999990.00'), p.payment_date, p.reference
    FROM payments p JOIN customers c ON c.id = p.customer_id WHERE p.reference LIKE 'D%-P%' ORDER BY p.id" |
  while read -r code amount date ref; do
    "$cli" --db "$work/replay.db" pay "$code" "$amount" --on "$date" --ref "$ref" >/dev/null
  done
figures="SELECT c.code || ' ' || COALESCE((SELECT SUM(total) FROM invoices i WHERE i.customer_id = c.id), 0)
  || ' ' || COALESCE((SELECT SUM(amount) FROM payments p WHERE p.customer_id = c.id), 0) FROM customers c ORDER BY c.code"
sql "$figures" >"$work/figures.postgresql"
sqlite3 "$work/replay.db" "$figures" >"$work/figures.sqlite"
if cmp -s "$work/figures.postgresql" "$work/figures.sqlite"; then
  echo "Figures: each customer's invoiced and paid sums equal the replay on SQLite ($(wc -l <"$work/figures.sqlite") customers)"
else
  fail "figures differ from the replay on SQLite: $(diff "$work/figures.postgresql" "$work/figures.sqlite" | head -n 4 | tr '\n' ';')"
fi

if ((failures > 0)); then
  echo "desk-load: $failures check(s) FAILED"
  exit 1
fi
echo "desk-load: every check passed"
