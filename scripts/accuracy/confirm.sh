#!/usr/bin/env bash
# Single runs judged with --confirm, the CI gate's path: a run of this work tree against the scratch baseline ($BASE),
# where anything that fails or is SUSPECTED is judged again by an interleaved A/B run against the baseline's commit.
# usage: [BUILD_BASELINE=1] confirm.sh [<full-name glob of the benchmark this work tree slowed by a commit>]
#   BUILD_BASELINE=1 first records the scratch baseline from BASELINE_RUNS runs of this work tree (do that on the
#   commit to compare against, then check out the slowed commit and run again without it).
#   without a glob: counts runs without REGRESSION                 bar: >= 9/10
#   with a glob: REGRESSION on it and no other (x1.25 bar: >= 9/10); at least SUSPECTED (x1.10 bar)
source "$(dirname "$0")/common.sh"
glob="${1:-}"
regex=""; [[ -n "$glob" ]] && regex="$(glob_regex "$glob")"
[[ "${BUILD_BASELINE:-0}" == 1 ]] && build_baseline
clean=0; exact=0; flagged=0
for ((t = 1; t <= TRIALS; t++)); do
  read -r code regressions suspected allocs drift < <(CONFIRM=1 check "$(unset FLYRIG_BENCH_INJECT FLYRIG_BENCH_INJECT_ALLOC; bench_run)")
  [[ "$regressions" == - && "$allocs" == - ]] && clean=$((clean + 1))
  if [[ -n "$regex" ]]; then
    score "$regex" "$regressions" "$suspected"
    [[ $HIT_R == 1 && $OTHER_R == 0 ]] && exact=$((exact + 1))
    [[ $HIT_R == 1 || $HIT_S == 1 ]] && flagged=$((flagged + 1))
  fi
  log "confirm $t: exit $code regression=$regressions suspected=$suspected alloc=$allocs $drift"
done
if [[ -z "$glob" ]]; then
  echo "confirm (same code as the baseline): $clean/$TRIALS runs without REGRESSION (bar: >= 9/10)"
else
  echo "confirm, this tree slows $glob: REGRESSION on it and no other in $exact/$TRIALS; at least SUSPECTED in $flagged/$TRIALS"
fi
