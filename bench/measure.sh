#!/usr/bin/env bash
# Measures the real settle-cli on the generated benchmark ledger (docs/PERFORMANCE.md):
# builds in Release, generates the ledger, then times init, the three imports and `aging --json`
# with GNU time (`/usr/bin/time -v`: wall clock and maximum resident set size).
#
# usage: bench/measure.sh [INVOICES]            (default 100000; 10k and 1M work too)
# environment: BUILD_DIR (default <repo>/build-bench), SEED (42), RUNS of aging (5),
#              KEEP=DIR to keep the CSVs, the ledger and every /usr/bin/time report there.
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
for kind in customers invoices payments; do
  measure "import-$kind" "$cli" --db "$db" import "$kind" "$work/csv/$kind.csv"
  printf 'import %-10s %6ss  %7s MB   (%s)\n' "$kind:" "$wall" "$rss" "$(tr -d '\n' <"$work/import-$kind.out")"
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
