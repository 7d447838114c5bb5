#!/bin/sh
# Benchmarks/compare.sh N [SEED]: builds the library's benchmark and the raw-C baseline (release), generates
# data-N.tsv with gen.py into a scratch folder outside the repository (BENCH_SCRATCH, default
# ${TMPDIR:-/tmp}/uf-bench-N), runs both on the same file and prints each operation's ratio library/C.
# BENCH_WORKLOAD points at the workload folder (default ../shared/bench beside the repository).
# Extra arguments after SEED go to united-front-bench (e.g. --reps 3 --only W1,W2).
set -e
n="${1:?usage: compare.sh N [SEED] [bench options]}"
seed="${2:-1}"
[ $# -ge 2 ] && shift 2 || shift $#
repo="$(cd "$(dirname "$0")/.." && pwd)"
workload="${BENCH_WORKLOAD:-$repo/../shared/bench}"
[ -f "$workload/gen.py" ] || workload=/work/shared/bench
scratch="${BENCH_SCRATCH:-${TMPDIR:-/tmp}/uf-bench-$n}"
mkdir -p "$scratch"

echo "# building (release)" >&2
(cd "$repo" && swift build -c release --product united-front-bench >&2)
"$workload/c/build.sh" "$scratch" >&2
[ -f "$scratch/data-$n.tsv" ] || python3 "$workload/gen.py" "$n" "$seed" "$scratch"

echo "# C baseline" >&2
"$scratch/bench" "$scratch/data-$n.tsv" | tee "$scratch/c.txt" >&2
echo "# library" >&2
"$repo/.build/release/united-front-bench" "$scratch/data-$n.tsv" "$@" | tee "$scratch/library.txt" >&2

echo "# N=$n, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); medians in seconds"
awk '
  function field(line, key,   i, parts) { split(line, parts, " "); for (i in parts) if (index(parts[i], key "=") == 1) return substr(parts[i], length(key) + 2); return "" }
  FNR == NR && /^W/ { c[$1] = field($0, "median_s"); next }
  /^W/ { op = $1; label = $1 " " $2; lib = field($0, "median_s"); base = $1
         sub(/[a-z]+$/, "", base)
         if (op in c && c[op] > 0) printf "%-24s library=%-10s C=%-10s ratio=%.2f\n", label, lib, c[op], lib / c[op]
         else if (op == "W7" && ("W1" in c)) printf "%-24s library=%-10s (C W1=%s) ratio_to_C_W1=%.2f rows_per_s=%s\n", label, lib, c["W1"], lib / c["W1"], field($0, "rows_per_s")
         else printf "%-24s library=%-10s (library only)\n", label, lib }
  /^peak_rss_mb/ { print "library " $0 }
' "$scratch/c.txt" "$scratch/library.txt"
