#!/usr/bin/env bash
# Measures `settle-cli followups run` on the generated benchmark ledger (docs/PERFORMANCE.md) with the
# reminders' invoice copies off and on (followups.attach_invoices), each on a fresh copy of the same
# imported ledger, so that both raise the same stages: the time the PDFs add, on the same machine.
#
# usage: bench/followup-run.sh [INVOICES]       (default 100000)
# environment: BUILD_DIR (default <repo>/build-bench), SEED (42), RUNS per setting (3),
#              KEEP=DIR to keep the CSVs, the ledgers and every /usr/bin/time report there,
#              SEND=1 to time `outbox send` of what each run queued too, to a local SMTP sink
#              (Debian's python3-aiosmtpd): the copies are drawn there, one PDF per named invoice.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
invoices=${1:-100000}
build=${BUILD_DIR:-$root/build-bench}
seed=${SEED:-42}
runs=${RUNS:-3}
as_of=2026-03-31

[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing (Debian package: time)" >&2; exit 1; }
build_log=$(mktemp)
if ! { cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release &&
  ninja -C "$build" settle-cli settle-generate-ledger; } >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "error: the build failed" >&2
  exit 1
fi
rm -f "$build_log"

if [[ -n "${KEEP:-}" ]]; then
  work=$KEEP
  rm -rf "$work"
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/time"
export XDG_DATA_HOME="$work/data"
export SETTLE_LOG=off
cli="$build/src/cli/settle-cli"
base="$work/base.db"

seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/settle-generate-ledger" --invoices "$invoices" --seed "$seed" --as-of "$as_of" --out "$work/csv"
"$cli" --db "$base" init --company "Benchmark Company" --currency USD >/dev/null
"$cli" --db "$base" settings set company.address "1 Benchmark Road, Springfield" >/dev/null
"$cli" --db "$base" settings set company.payment_details "IBAN DE02 1203 0000 0000 2020 51" >/dev/null
for kind in customers invoices payments; do
  "$cli" --db "$base" import "$kind" "$work/csv/$kind.csv" >/dev/null
done

for setting in false true; do
  walls=()
  for ((run = 1; run <= runs; run++)); do
    db="$work/run-$setting-$run.db"
    cp "$base" "$db"
    "$cli" --db "$db" settings set followups.attach_invoices "$setting" >/dev/null
    name="run-$setting-$run"
    /usr/bin/time -v -o "$work/time/$name.txt" "$cli" --db "$db" followups run --as-of "$as_of" --json \
      >"$work/$name.json" 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
    wall=$(seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time/$name.txt")")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time/$name.txt")
    rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/time/$name.txt")
    walls+=("$wall")
    counts=$(/usr/bin/python3 - "$work/$name.json" "$db" <<'PY'
import json, sqlite3, sys
actions = json.load(open(sys.argv[1]))["actions"]
db = sqlite3.connect(sys.argv[2])
emails, pdfs, copies = db.execute("select (select count(*) from outbox), "
                                  "(select count(*) from outbox_attachments), "
                                  "(select count(*) from outbox_invoice_copies)").fetchone()
print(f"{len(actions)} stages, {sum(len(a['invoices']) for a in actions)} invoices named, "
      f"{emails} emails, {pdfs} PDFs stored, {copies} copies named")
PY
)
    printf 'attach_invoices=%-5s run %d: %7ss wall  %6ss CPU  %5s MB  (%s)\n' "$setting" "$run" "$wall" "$cpu" "$rss" "$counts"
    if [[ "${SEND:-}" == 1 ]]; then
      port=$((20000 + RANDOM % 20000))
      /usr/bin/python3 -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l "127.0.0.1:$port" &
      sink=$!
      sleep 1
      "$cli" --db "$db" settings set smtp.host 127.0.0.1 >/dev/null
      "$cli" --db "$db" settings set smtp.port "$port" >/dev/null
      "$cli" --db "$db" settings set smtp.security none >/dev/null
      "$cli" --db "$db" settings set smtp.from billing@benchmark.example >/dev/null
      /usr/bin/time -v -o "$work/time/$name-send.txt" "$cli" --db "$db" outbox send \
        >"$work/$name-send.out" 2>"$work/$name-send.err" || true
      kill "$sink" 2>/dev/null; wait "$sink" 2>/dev/null || true
      send_wall=$(seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time/$name-send.txt")")
      send_cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time/$name-send.txt")
      sent=$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from outbox where state='sent'\").fetchone()[0])" "$db")
      printf 'attach_invoices=%-5s send %d: %7ss wall  %6ss CPU  (%s emails sent)\n' "$setting" "$run" "$send_wall" "$send_cpu" "$sent"
    fi
    rm -f "$db"
  done
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  printf 'attach_invoices=%-5s median of %d: %ss\n' "$setting" "$runs" "$median"
done
