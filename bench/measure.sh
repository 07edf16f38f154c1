#!/usr/bin/env bash
# Measures the real settle-cli on the generated benchmark ledger (docs/PERFORMANCE.md):
# builds in Release, generates the ledger, then times init, the three imports and `aging --json`
# with GNU time (`/usr/bin/time -v`: wall clock and maximum resident set size). Then the same on
# PostgreSQL (a throw-away server on loopback, scripts/pg-test-server, or PG_URL's), with `copy` of the
# ledger into each engine and `followups plan`, and prints the two engines side by side.
#
# usage: bench/measure.sh [INVOICES]            (default 100000; 10k and 1M work too)
# environment: BUILD_DIR (default <repo>/build-bench), SEED (42), RUNS of aging (5),
#              KEEP=DIR to keep the CSVs, the ledger and every /usr/bin/time report there,
#              PG=0 to leave PostgreSQL out, PG_PORT for the throw-away server (default: a free one),
#              PG_URL=postgresql://USER@HOST:PORT/DB of a server to use instead (databases
#              settle_bench_* are created and dropped there).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
invoices=${1:-100000}
build=${BUILD_DIR:-$root/build-bench}
seed=${SEED:-42}
runs=${RUNS:-5}
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
cat "$work/generate.out"
printf 'generate:          %6ss  %7s MB\n' "$wall" "$rss"
ls -l "$work/csv" | awk 'NR > 1 { printf "  %-14s %6.1f MB\n", $NF, $5 / 1048576 }'

measure init "$cli" --db "$db" init --company "Benchmark Company" --currency USD
printf 'init:              %6ss  %7s MB\n' "$wall" "$rss"

total=0
peak=0
declare -A import_walls
for kind in customers invoices payments; do
  measure "import-$kind" "$cli" --db "$db" import "$kind" "$work/csv/$kind.csv"
  printf 'import %-10s %6ss  %7s MB   (%s)\n' "$kind:" "$wall" "$rss" "$(tr -d '\n' <"$work/import-$kind.out")"
  import_walls[$kind]=$wall
  total=$(awk -v a="$total" -v b="$wall" 'BEGIN { printf "%.2f", a + b }')
  peak=$(awk -v a="$peak" -v b="$rss" 'BEGIN { print (b > a ? b : a) }')
done
printf 'import, all three: %6ss  %7s MB peak\n' "$total" "$peak"
import_total=$total
import_peak=$peak

walls=()
peak=0
for ((run = 1; run <= runs; run++)); do
  measure "aging-$run" "$cli" --db "$db" aging --as-of "$as_of" --json
  walls+=("$wall")
  peak=$(awk -v a="$peak" -v b="$rss" 'BEGIN { print (b > a ? b : a) }')
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'aging --json:      %6ss  %7s MB peak   (median of %d runs: %s)\n' "$median" "$peak" "$runs" "${walls[*]}"
aging_peak=$peak

# What the report holds, to show that the generated ledger fills every bucket.
/usr/bin/python3 - "$work/aging-1.out" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
for section in report["currencies"]:
    totals = ", ".join(f"{k} {v}" for k, v in section["totals"].items())
    print(f"  {section['currency']}: {len(section['customers'])} customers owing; {totals}")
EOF
echo "ledger file: $(du -m "$db" | cut -f1) MB"

verdict() { awk -v v="$2" -v limit="$3" -v name="$1" -v unit="$4" \
  'BEGIN { printf "  %-34s %8s %-2s (target < %s %s): %s\n", name, v, unit, limit, unit, (v < limit ? "met" : "MISSED") }'; }
echo "Targets (docs/PERFORMANCE.md):"
verdict "import of the three CSVs" "$import_total" 10 s
verdict "aging --json, wall" "$median" 0.5 s
verdict "memory, imports (peak RSS)" "$import_peak" 200 MB
verdict "memory, aging (peak RSS)" "$aging_peak" 200 MB

[[ "${PG:-1}" == 0 ]] && exit 0

# ---- PostgreSQL, side by side ----------------------------------------------------------------------
command -v psql >/dev/null || { echo "PostgreSQL: psql is missing (Debian package: postgresql-client); skipped"; exit 0; }
if [[ -n "${PG_URL:-}" ]]; then
  server=$PG_URL
else
  pg_port=${PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  # Beside the work folder, not in it: the server runs as the postgres user, who cannot enter ours.
  pg_dir=$(mktemp -d /tmp/settle-bench-pg.XXXXXX)
  trap '"$root/scripts/pg-test-server" stop "$pg_dir"; [[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
  server=$("$root/scripts/pg-test-server" start "$pg_dir" "$pg_port")
fi
database() { # database NAME: a fresh database on the server; prints its URL
  psql -q "$server" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  echo "${server%/*}/$1"
}
pg_db=$(database settle_bench_ledger)
echo
echo "PostgreSQL $(psql -tA "$server" -c 'SHOW server_version') at ${server%/*} (fsync $(psql -tA "$server" -c 'SHOW fsync'))"

declare -A sq pg
sq[customers]=$(cut -d' ' -f1 <<<"${import_walls[customers]}")
sq[invoices]=$(cut -d' ' -f1 <<<"${import_walls[invoices]}")
sq[payments]=$(cut -d' ' -f1 <<<"${import_walls[payments]}")
sq[aging]=$median

measure pg-init "$cli" --db "$pg_db" init --company "Benchmark Company" --currency USD
for kind in customers invoices payments; do
  measure "pg-import-$kind" "$cli" --db "$pg_db" import "$kind" "$work/csv/$kind.csv"
  pg[$kind]=$wall
done
walls=()
for ((run = 1; run <= runs; run++)); do
  measure "pg-aging-$run" "$cli" --db "$pg_db" aging --as-of "$as_of" --json
  walls+=("$wall")
done
pg[aging]=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
cmp -s <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["currencies"], sort_keys=True))' "$work/aging-1.out") \
  <(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["currencies"], sort_keys=True))' "$work/pg-aging-1.out") \
  || { echo "error: aging on PostgreSQL differs from aging on SQLite" >&2; exit 1; }

median_of() { # median_of NAME COMMAND...: RUNS runs; prints the median wall time
  local name=$1 times=()
  shift
  for ((run = 1; run <= runs; run++)); do
    measure "$name-$run" "$@"
    times+=("$wall")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
sq[plan]=$(median_of plan "$cli" --db "$db" followups plan --as-of "$as_of" --json)
pg[plan]=$(median_of pg-plan "$cli" --db "$pg_db" followups plan --as-of "$as_of" --json)

# `copy` of the imported ledger into a new ledger of each engine, the step a second desk brings.
measure copy-sqlite "$cli" copy --from "$db" --to "$work/copy.db"
sq[copy]=$wall
copy_db=$(database settle_bench_copy)
measure copy-pg "$cli" copy --from "$db" --to "$copy_db"
pg[copy]=$wall

echo "                          SQLite   PostgreSQL   PostgreSQL / SQLite"
row() { # row LABEL KEY TARGET_RATIO
  awk -v label="$1" -v a="${sq[$2]}" -v b="${pg[$2]}" -v limit="$3" 'BEGIN {
    ratio = (a > 0) ? b / a : 0
    verdict = (limit == "") ? "" : (ratio <= limit ? sprintf("(target <= %sx: met)", limit) : sprintf("(target <= %sx: MISSED)", limit))
    printf "  %-22s %7.2fs   %9.2fs   %5.2fx %s\n", label, a, b, ratio, verdict }'
}
row "import customers" customers 2
row "import invoices" invoices 2
row "import payments" payments 2
row "copy (into the engine)" copy 2
row "aging --json" aging ""
row "followups plan" plan ""
