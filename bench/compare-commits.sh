#!/usr/bin/env bash
# Rows 1–7 of `npm run bench` (the scale rows left out) for a base commit and for this working
# tree, back to back in one run, so both see the same machine (run by hand on a quiet machine):
#   bash bench/compare-commits.sh <base-commit> [rounds]
#   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench bash bench/compare-commits.sh 444f4a6^1
# The base is checked out in a throwaway git worktree sharing this tree's node_modules (hard links)
# and measured with its own bench; with rounds > 1 the order alternates (base, head, head, base, …)
# so that a machine that drifts during the run does not favour one side. Each run prints its table.
# BENCH_BASE_PATCH=<commit> applies that commit's changes to bench/ and to the simulator onto the base
# first, so that both sides run the same load (for example a bench fix made after the base):
#   BENCH_BASE_PATCH=17c4c99 bash bench/compare-commits.sh 9b4e393
# (several commits, applied in the order given: BENCH_BASE_PATCH="17c4c99 ad12382")
set -euo pipefail
base="${1:?usage: bash bench/compare-commits.sh <base-commit> [rounds]}"
rounds="${2:-1}"
root="$(git rev-parse --show-toplevel)"
scratch="$(mktemp -d)"
worktree="$scratch/base"
git -C "$root" worktree add --detach -q "$worktree" "$base"
trap 'git -C "$root" worktree remove --force "$worktree"; rm -rf "$scratch"' EXIT
cp -al "$root/node_modules" "$worktree/node_modules"
for commit in ${BENCH_BASE_PATCH:-}; do
  git -C "$root" show "$commit" -- bench src/gateway/simulator | git -C "$worktree" apply
  echo "base $base carries the bench and simulator changes of $commit (uncommitted)"
done

measure() {
  local dir="$1" label="$2"
  echo "=== $label: $(git -C "$dir" log -1 --format='%h %s' | cut -c1-100)$([ -n "$(git -C "$dir" status --porcelain --untracked-files=no)" ] && echo ' (with uncommitted changes)') ==="
  # shellcheck disable=SC2086 # BENCH_ARGS: extra words for the bench, e.g. --quick for a smoke test
  (cd "$dir" && npm run -s bench -- --skip-scale ${BENCH_ARGS:-})
}
for round in $(seq "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    measure "$worktree" "round $round, base"; measure "$root" "round $round, head"
  else
    measure "$root" "round $round, head"; measure "$worktree" "round $round, base"
  fi
done
