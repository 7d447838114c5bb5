#!/usr/bin/env bash
# Builds the migration fixtures in Tests/MigrationFixtures/vNNN/ (data.sql and reads.json), one per schema
# version this library has shipped, from the commit that shipped it. Run by hand, never by CI: it checks out
# and builds old commits (a few minutes each on two cores). CI runs only the tests over the committed files
# (`swift test --filter Migration`).
#
#   scripts/build-migration-fixtures.sh            every shipped version below
#   scripts/build-migration-fixtures.sh 009 021    only these
#   scripts/build-migration-fixtures.sh --clean    removes the kept worktrees and builds (see MIGFIX_SCRATCH)
#   scripts/build-migration-fixtures.sh --current  the schema version of this checkout's HEAD commit, from
#                                                  that commit (era "records+search"): when a stop ships, run this,
#                                                  then add its line to SHIPPED
#
# For each version V at commit C it:
#   1. checks C out into a temporary git worktree and adds scripts/migration-fixtures/generator/*.swift plus
#      its era files (eras/*.swift: how that era's API writes the population and what else it can read) as an
#      executable target `migration-fixture-generator`;
#   2. builds and runs it (debug): a register with a seeded population (UnitedFrontFixtures, seed 2026, 30 (24 from 016)
#      people of one district) and hand-made corrections and back-dated changes recorded after it, an empty
#      register of the same version, and reads.json: every as-of read that library gave (members by id on
#      twelve dates as known now and at three past instants, timelines, category lists, changes per year,
#      changesets; org units, archived members and subtree lists from 009; every dated-record kind,
#      workflows and the 党外干部 figures from 016);
#   3. writes data.sql with scripts/migration-fixtures/dump.py: the rows the library wrote (not the schema,
#      not what migrations 001..V insert, not the derived name-search index).
# The test (Tests/UnitedFrontTests/Migrations/MigrationFixtureTests.swift) runs migrations 001..V, loads
# data.sql, opens the file with Register (which migrates it to the current schema) and compares every read.
#
# Needs git, swift, python3. Environment: MIGFIX_SCRATCH (default .build-migration-fixtures: one SwiftPM
# scratch folder shared by the builds, and the old commits' worktrees in trees/vNNN, kept so that a second
# run only rebuilds the generator; `--clean` removes them), MIGFIX_KEEP=1 keeps the
# temporary folder with the registers.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
cd "$root"
here="$root/scripts/migration-fixtures"
out_root="$root/Tests/MigrationFixtures"
scratch="${MIGFIX_SCRATCH:-$root/.build-migration-fixtures}"

# version:commit:era (files of scripts/migration-fixtures/eras joined by +) — the highest migration at each commit that landed as a stop (issues stops):
# stop 4 → 003, stop 13 → 009, stop 14 → 016, stop 15 → 021.
SHIPPED=(
  "003:5043ff338e95a163cb43f991032b809c21b7ebec:strings"
  "009:0f97c9971545c9db57b14bf714a58ab43043aa53:typed"
  "016:1464571bfb62f5c4b59a11a739735cbcf30861d4:records+nosearch"
  "021:1adbb50d2a8759e7140dcc602d945f36d817fee4:records+search"
  "026:8ba1e6a17edb6a6295b389e0f3717d1cd9072be1:records+search"
)

if [[ ${1:-} == "--clean" ]]; then
  for tree in "$scratch"/trees/v*; do [[ -d $tree ]] && git worktree remove --force "$tree"; done
  rm -rf "$scratch"
  exit 0
fi

wanted=("$@")
if [[ ${#wanted[@]} -eq 1 && ${wanted[0]} == "--current" ]]; then
  commit=$(git rev-parse HEAD)
  version=$(git ls-tree --name-only "$commit" schema/ | sed -n 's#^schema/\([0-9]\{3\}\)_.*\.sql$#\1#p' | sort | tail -1)
  SHIPPED=("$version:$commit:records+search")
  wanted=()
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/migfix.XXXXXX")
cleanup() { [[ ${MIGFIX_KEEP:-0} == 1 ]] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

for entry in "${SHIPPED[@]}"; do
  IFS=: read -r version commit era <<<"$entry"
  if [[ ${#wanted[@]} -gt 0 && ! " ${wanted[*]} " =~ " $version " ]]; then continue; fi
  name=$(git ls-tree --name-only "$commit" schema/ | sed 's#^schema/##; s#\.sql$##' | sort | tail -1)
  [[ $name == "$version"_* ]] || { echo "commit $commit has $name, not $version" >&2; exit 1; }
  echo "== v$version ($name) at ${commit:0:7}, era $era"

  # The checkout is kept in the scratch folder, so a second run rebuilds only the generator.
  tree="$scratch/trees/v$version"
  if [[ -d $tree ]]; then
    git -C "$tree" checkout --quiet --force --detach "$commit"
  else
    mkdir -p "$scratch/trees"
    git worktree add --detach --quiet "$tree" "$commit"
  fi
  rm -rf "$tree/MigrationFixtureGenerator"
  mkdir "$tree/MigrationFixtureGenerator"
  cp "$here"/generator/*.swift "$tree/MigrationFixtureGenerator/"
  for part in ${era//+/ }; do cp "$here/eras/$part.swift" "$tree/MigrationFixtureGenerator/Era-$part.swift"; done
  git -C "$tree" checkout --quiet -- Package.swift
  cat >>"$tree/Package.swift" <<'EOF'

// Added by scripts/build-migration-fixtures.sh (never committed).
package.targets.append(.executableTarget(
    name: "migration-fixture-generator", dependencies: ["UnitedFront", "UnitedFrontFixtures"],
    path: "MigrationFixtureGenerator"))
EOF
  [[ -f $root/Package.resolved ]] && cp "$root/Package.resolved" "$tree/"
  log="$work/build-$version.log"
  if ! (cd "$tree" && swift build --scratch-path "$scratch/build-v$version" --product migration-fixture-generator >"$log" 2>&1); then
    grep -B2 -A4 'error:' "$log" | head -80 >&2
    exit 1
  fi
  binary="$scratch/build-v$version/debug/migration-fixture-generator"

  run="$work/run-$version"
  mkdir -p "$run"
  "$binary" "$run/register.sqlite" "$run/fresh.sqlite" "$run/reads.json" "$name" "$commit"

  dest="$out_root/v$version"
  mkdir -p "$dest"
  cp "$run/reads.json" "$dest/reads.json"
  python3 "$here/dump.py" "$run/register.sqlite" "$run/fresh.sqlite" "$dest/data.sql" \
    "Migration fixture v$version: the data a register of schema $name held, written by the library at $commit" \
    "(scripts/build-migration-fixtures.sh, era $era). Generated: do not edit."
  ls -l "$dest"
done
