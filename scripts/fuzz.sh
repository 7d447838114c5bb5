#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each for a set time.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      e.g. scripts/fuzz.sh fuzz-ids 60; scripts/fuzz.sh all 120
#   scripts/fuzz.sh --seeds [TARGET|all]        runs each target once over its seed corpus (-runs=0): CI's quick check
#
# Targets: fuzz-sheet fuzz-ids fuzz-dates fuzz-search fuzz-workflow. Linux with a swift.org toolchain (it
# ships libFuzzer). The targets exist only when UNITEDFRONT_FUZZ is set (to the libFuzzer archive without
# `main`), so plain `swift build`/`swift test` never build them. Every module is built into .build/fuzz
# with AddressSanitizer and libFuzzer's coverage instrumentation (edge, trace-cmp, inline 8-bit counters,
# PC table), which is what `-sanitize=fuzzer` turns on; `-sanitize=fuzzer` itself is not used because it
# also links libFuzzer's `main` into every executable of the package (the schema plugin's tool included),
# and SwiftPM's `--sanitize=fuzzer` compiles every executable with `-parse-as-library`, which breaks
# top-level-code tools. Each target instead calls `LLVMFuzzerRunDriver` from its own `main`.
#
# Runs go in $FUZZ_WORK (default /tmp/unitedfront-fuzz): a working corpus per target that grows from the
# committed seeds in Fuzz/corpus/<target>/, crash/timeout/OOM inputs in $FUZZ_WORK/findings/<target>/ and
# each run's log. Exit status: 0 when no target found anything in this run; 2 when a target does not build.
set -euo pipefail

cd "$(dirname "$0")/.."
ALL_TARGETS=(fuzz-sheet fuzz-ids fuzz-dates fuzz-search fuzz-workflow)
WORK="${FUZZ_WORK:-/tmp/unitedfront-fuzz}"
SEEDS_ONLY=0
if [[ "${1:-}" == "--seeds" ]]; then SEEDS_ONLY=1; shift; fi
TARGET="${1:-all}"
SECONDS_EACH="${2:-60}"
CONFIG=debug   # keeps assert() and bounds checks as the tests run them

swiftc_path="$(command -v swiftc)"
toolchain="$(dirname "$(dirname "$(readlink -f "$swiftc_path")")")"
archive="$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1 || true)"
if [[ -z "$archive" ]]; then
    echo "fuzz.sh: no libclang_rt.fuzzer_no_main in $toolchain (libFuzzer ships with swift.org toolchains on Linux)" >&2
    exit 2
fi

if [[ "$TARGET" == all ]]; then targets=("${ALL_TARGETS[@]}"); else targets=("$TARGET"); fi

max_len() {
    case "$1" in
        fuzz-sheet) echo 4096 ;;
        fuzz-search) echo 256 ;;
        fuzz-workflow) echo 1024 ;;
        *) echo 128 ;;
    esac
}

build() {
    mkdir -p "$WORK"
    for t in "${targets[@]}"; do
        UNITEDFRONT_FUZZ="$archive" swift build -c "$CONFIG" --scratch-path .build/fuzz \
            -Xswiftc -sanitize=address \
            -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
            -Xswiftc -use-ld=lld \
            --product "$t" >"$WORK/build-$t.log" 2>&1 || { grep -E "error|warning:" "$WORK/build-$t.log" >&2
                                                            echo "fuzz.sh: $t did not build (log $WORK/build-$t.log)" >&2; exit 2; }
        grep -E "/(Fuzz|Sources)/.*warning:" "$WORK/build-$t.log" >&2 || true
    done
}

# The build runs the (instrumented) schema and character-table tools too: no leak reports there.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# Swift's own crash backtracer trips AddressSanitizer while it reads the stack: leave traces to ASan.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
build
status=0
marker="$WORK/.started"
touch "$marker"
for t in "${targets[@]}"; do
    corpus="$WORK/corpus/$t"
    findings="$WORK/findings/$t"
    mkdir -p "$corpus" "$findings"
    log="$WORK/$t.log"
    args=(-max_len="$(max_len "$t")" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
          -artifact_prefix="$findings/")
    if [[ $SEEDS_ONLY == 1 ]]; then
        ".build/fuzz/$CONFIG/$t" "${args[@]}" -runs=0 "Fuzz/corpus/$t" >"$log" 2>&1 || status=1
    else
        ".build/fuzz/$CONFIG/$t" "${args[@]}" -max_total_time="$SECONDS_EACH" "$corpus" "Fuzz/corpus/$t" \
            >"$log" 2>&1 || status=1
    fi
    execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)"
    rate="$(grep -o 'exec/s: [0-9]*' "$log" | awk '{print $2}' | tail -1)"
    found="$(find "$findings" -type f -newer "$marker" | wc -l)"
    printf '%-14s executions %-9s exec/s %-6s findings %s (log %s)\n' "$t" "${execs:-?}" "${rate:-?}" "$found" "$log"
    [[ "$found" == 0 ]] || status=1
done
exit $status
