# Shared by the bench/*.sh scripts that time the real settle-cli (sourced, not run): the Release build
# of the named targets, the work folder, and `measure` under GNU time. Expects $root and $build set.

[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing (Debian package: time)" >&2; exit 1; }

# bench_build TARGET...: configures $build in Release and builds the targets; the log only on failure.
bench_build() {
  local build_log
  build_log=$(mktemp)
  if ! { cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C "$build" "$@"; } \
    >"$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "error: the build failed" >&2
    exit 1
  fi
  rm -f "$build_log"
}

# bench_workdir: sets $work to KEEP (emptied) or a temporary folder removed on exit, with time/ in it;
# the CLI's rotating log goes there too, out of the user's data folder.
bench_workdir() {
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
}

# Converts GNU time's "h:mm:ss" or "m:ss.ss" to seconds.
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

# measure NAME COMMAND...: runs it under /usr/bin/time -v; sets $wall (s) and $rss (MB).
measure() {
  local name=$1
  shift
  if ! /usr/bin/time -v -o "$work/time/$name.txt" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "error: $name failed:" >&2
    cat "$work/$name.err" >&2
    exit 1
  fi
  wall=$(seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time/$name.txt")")
  rss=$(awk '/Maximum resident set size/ { printf "%.1f", $NF / 1024 }' "$work/time/$name.txt")
}

machine_line() {
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
    "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
