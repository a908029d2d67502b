#!/usr/bin/env bash
# hazlab against DuckDB on the same generated incident file, whole processes, alternating (docs/benchmarks.md,
# "Incidents: hazlab run against DuckDB"). Prints the machine, the load average, the DuckDB version, each run's
# wall time and peak memory (RSS), and the ratios.
#
#   scripts/bench/duckdb-side-by-side.sh [ROWS] [RUNS]        default 1000000 rows, 3 runs of each
#
# Needs: Maven (fetches DuckDB JDBC once, profile duckdb), GNU time (/usr/bin/time).
# Environment: HAZLAB_JIT=c1|full is passed to the launcher (default: measure both).
# Every run's exit code is checked (0, or 3 for the review's triggers): a run that fails stops the benchmark.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1000000}"
runs="${2:-3}"
dir="target/bench"
file="$dir/incidents-$rows.csv"
mkdir -p "$dir"

[ -f "$file" ] || ./hazlab generate incidents datasets/infusion-pump --rows "$rows" --out "$file" >&2
if [ ! -f scripts/bench/duckdb/target/lib/duckdb_jdbc-2.0.0.1.jar ] || [ ! -d scripts/bench/duckdb/target/classes ]; then
  mvn -B -q -Pduckdb -pl scripts/bench/duckdb package -DskipTests >&2
fi
duck_cp="scripts/bench/duckdb/target/classes:scripts/bench/duckdb/target/lib/*"

# The review workspace: the infusion pump's tables with the big file as its incidents.
ws="$dir/pump-$rows"
mkdir -p "$ws"
cp datasets/infusion-pump/{items.csv,hazard-log.csv,controls.csv,policy.json,requirements.csv,verifications.csv,evidence.csv} "$ws/"
sed 's/"incidents[^"]*\.csv"/"incidents.csv"/' datasets/infusion-pump/workspace.json > "$ws/workspace.json"
ln -sf "$(pwd)/$file" "$ws/incidents.csv"

measure() { # label, expected exit code, command...: prints "label wall_s peak_MB"; a run that ends with
            # another exit code stops the benchmark (a failing run is fast, and must never pass for a result)
  local label="$1" expected="$2"; shift 2
  local out code
  out="$( { /usr/bin/time -f '__time %e %M %x' "$@" 2>&1 >/dev/null; } 2>&1 || true)"
  code="$(echo "$out" | awk '/__time/ {print $4}')"
  if [ "$code" != "$expected" ]; then
    echo "$out" | grep -v '__time' | tail -n 20 >&2
    echo "bench: '$label' exited with ${code:-?}, expected $expected: stopping" >&2
    exit 1
  fi
  local wall rss
  wall="$(echo "$out" | awk '/__time/ {print $2}')"
  rss="$(echo "$out" | awk '/__time/ {printf "%.0f", $3/1024}')"
  printf '%-28s %7s s %7s MB\n' "$label" "$wall" "$rss"
  echo "$label $wall $rss" >> "$dir/side-by-side.raw"
}

echo "machine: $(uname -srm), $(nproc) cores, $(awk '/model name/{sub(/.*: /,""); print; exit}' /proc/cpuinfo)," \
     "$(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo)"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "duckdb: $(java -cp "$duck_cp" org.hazlab.bench.DuckDbIncidents "$file" | head -n 1)"
echo "file: $file ($(du -m "$file" | cut -f1) MB)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$dir/side-by-side.raw"
for i in $(seq 1 "$runs"); do
  measure "duckdb load+group" 0 java -cp "$duck_cp" org.hazlab.bench.DuckDbIncidents "$file"
  HAZLAB_JIT=c1 measure "hazlab run count (C1)" 0 ./hazlab run scripts/bench/incidents-count.groovy -p file="$file"
  HAZLAB_JIT=full measure "hazlab run count (C2)" 0 ./hazlab run scripts/bench/incidents-count.groovy -p file="$file"
  HAZLAB_JIT=c1 measure "hazlab run workspace (C1)" 0 ./hazlab run scripts/bench/workspace-count.groovy -p workspace="$ws"
  # each review starts a new history (exit 3: it ran and raised triggers, as the example is built to)
  rm -rf "$dir/review-out"
  HAZLAB_JIT=c1 measure "hazlab run review (C1)" 3 ./hazlab run scripts/periodic-review.groovy -p workspace="$ws" \
      -p period=2026-Q3 --as-of 2026-10-15 --out "$dir/review-out"
  rm -rf "$dir/review-out"
  HAZLAB_JIT=full measure "hazlab run review (C2)" 3 ./hazlab run scripts/periodic-review.groovy -p workspace="$ws" \
      -p period=2026-Q3 --as-of 2026-10-15 --out "$dir/review-out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "medians (wall s, peak MB) and ratio to DuckDB's wall time:"
awk '{ key=$0; sub(/ [^ ]+ [^ ]+$/, "", key); wall[key]=wall[key] " " $(NF-1); rss[key]=rss[key] " " $NF }
     function median(list,   a, n, t, i, j) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t } return a[int((n + 1) / 2)] }
     END { d = median(wall["duckdb load+group"]); for (k in wall) printf "  %-28s %6.2f s %6d MB  %.2fx\n", k, median(wall[k]), median(rss[k]), median(wall[k]) / d }' \
  "$dir/side-by-side.raw" | sort
