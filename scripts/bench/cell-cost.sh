#!/usr/bin/env bash
# Cost per cell over a long session: runs scripts of 10, 100 and 500 trivial cells ("N = i" / "N + 1") through
# `hazlab run --time` and through the shell fed the same cells (piped, with :time on), whole process each time,
# alternating the two, and prints per size: total wall time, mean time per cell of the first and last 10 cells,
# and the heap used after a full GC at the end. Also prints the machine and its load.
# Targets (issue 9): 500 cells within 3x the time of 10 cells; last 10 cells within 1.5x the first 10; heap after
# 500 cells within 50 MB of after 10.
#   usage: scripts/bench/cell-cost.sh [ROUNDS]      (default 3 rounds; the median of the rounds is reported)
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
hazlab="$root/hazlab"
rounds="${1:-3}"
sizes=(10 100 500)
work="$(mktemp -d "${TMPDIR:-/tmp}/hazlab-cell-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT

heap_cell='System.gc(); System.gc(); def rt = Runtime.runtime; println "heap-used-bytes " + (rt.totalMemory() - rt.freeMemory())'
for n in "${sizes[@]}"; do
  {
    for ((i = 0; i < n; i++)); do
      printf '// %%%%\n'
      if ((i % 2 == 0)); then printf 'N = %d\n' "$i"; else printf 'N + 1\n'; fi
    done
    printf '// %%%%\n%s\n' "$heap_cell"
  } > "$work/cells-$n.groovy"
  { printf ':time on\n'; cat "$work/cells-$n.groovy"; } > "$work/shell-$n.txt"
done

"$hazlab" --version >/dev/null   # builds first if needed, outside the measurement

now_ms() { date +%s%3N; }
# per-cell milliseconds, one per line, from each mode's own timing lines
run_times() { sed -n 's/^cell [0-9]* (line [0-9]*): \([0-9.]*\) ms$/\1/p' "$1"; }
shell_times() { sed -n 's/^took \([0-9.,]*\) ms$/\1/p' "$1" | tr -d ,; }
stats() { # file of per-cell ms (the heap cell last) -> "first10 last10" mean ms of the trivial cells
  awk '{ t[NR] = $1 } END { n = NR - 1; f = 0; l = 0; k = (n < 10 ? n : 10);
         for (i = 1; i <= k; i++) f += t[i]; for (i = n - k + 1; i <= n; i++) l += t[i];
         printf "%.3f %.3f", f / k, l / k }' "$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for ((r = 1; r <= rounds; r++)); do
  for n in "${sizes[@]}"; do
    for mode in run shell; do
      out="$work/$mode-$n-$r"
      start=$(now_ms)
      if [ "$mode" = run ]; then
        (cd "$work" && "$hazlab" run --time "cells-$n.groovy") >"$out.out" 2>"$out.err" || true
        run_times "$out.err" > "$out.ms"
      else
        (cd "$root" && "$hazlab" shell datasets/training < "$work/shell-$n.txt") >"$out.out" 2>"$out.err" || true
        shell_times "$out.out" > "$out.ms"
      fi
      end=$(now_ms)
      echo $((end - start)) > "$out.total"
      sed -n 's/.*heap-used-bytes \([0-9]*\).*/\1/p' "$out.out" | tail -n 1 > "$out.heap"
      [ "$(wc -l < "$out.ms")" -ge "$n" ] || { echo "cell-cost: $mode with $n cells did not run every cell; see below" >&2; tail -5 "$out.out" "$out.err" >&2; exit 1; }
    done
  done
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "java:    $(java -version 2>&1 | head -n 1)"
echo "load:    $(uptime | sed 's/.*load average/load average/')"
echo "rounds:  $rounds (median of each figure)"
echo
printf '%-6s %6s %10s %14s %14s %10s %12s\n' mode cells total_ms first10_ms/cell last10_ms/cell last/first heap_MB
for mode in run shell; do
  for n in "${sizes[@]}"; do
    total=$(for ((r = 1; r <= rounds; r++)); do cat "$work/$mode-$n-$r.total"; done | median)
    first=$(for ((r = 1; r <= rounds; r++)); do stats "$work/$mode-$n-$r.ms" | cut -d' ' -f1; done | median)
    last=$(for ((r = 1; r <= rounds; r++)); do stats "$work/$mode-$n-$r.ms" | cut -d' ' -f2; done | median)
    heap=$(for ((r = 1; r <= rounds; r++)); do cat "$work/$mode-$n-$r.heap"; done | median)
    printf '%-6s %6d %10d %14.3f %14.3f %10.2f %12.1f\n' "$mode" "$n" "$total" "$first" "$last" \
      "$(awk -v f="$first" -v l="$last" 'BEGIN { print (f > 0 ? l / f : 0) }')" "$(awk -v h="$heap" 'BEGIN { print h / 1048576 }')"
  done
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"
