#!/usr/bin/env bash
# scripts/crash-soak.sh [KILLS] [SECONDS] [uf-crash-writer soak options]: the long crash run, by hand (CI runs
# the 100 kills of CrashSafetyTests instead). Builds uf-crash-writer in release mode and runs its `soak`:
# two workers each kill a writer with SIGKILL at random moments, reopen the register and check it
# (Tests/CrashHarness/CrashLedger.swift), starting a new file every 100 cycles, until KILLS kills are done
# (default 2000) or SECONDS have passed. Prints kills survived, commits verified, writes found absent, the
# time and every failure; exits 1 on any failure and keeps the failing file (its folder is printed).
# Options after SECONDS go to the soak: --dir DIR, --workers N, --cycles-per-file N, --seed S.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-2000}"
[ $# -ge 1 ] && shift
swift build -c release -q --product uf-crash-writer
exec "$(swift build -c release --show-bin-path)/uf-crash-writer" soak "$kills" "$@"
