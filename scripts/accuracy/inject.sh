#!/usr/bin/env bash
# One benchmark made slower by an injected delay the suite honours:
#   FLYRIG_BENCH_INJECT="<full-name glob>=<factor>"   e.g. "*ConfigLoadBenchmarks.LoadSmall*=1.25"
# usage: inject.sh <glob> <factor>   bar: 1.25 -> REGRESSION on it and no other in >= 9/10; 1.10 -> at least SUSPECTED.
source "$(dirname "$0")/common.sh"
glob="${1:?usage: inject.sh <full-name glob> <factor>}"; factor="${2:?factor, e.g. 1.25}"
regex="$(glob_regex "$glob")"
exact=0; flagged=0
for ((t = 1; t <= TRIALS; t++)); do
  read -r code regressions suspected allocs drift < <(check "$(FLYRIG_BENCH_INJECT="$glob=$factor" bench_run)")
  score "$regex" "$regressions" "$suspected"
  [[ $HIT_R == 1 && $OTHER_R == 0 ]] && exact=$((exact + 1))
  [[ $HIT_R == 1 || $HIT_S == 1 ]] && flagged=$((flagged + 1))
  log "inject $glob=$factor $t: exit $code regression=$regressions suspected=$suspected"
done
echo "inject $glob x$factor: REGRESSION on it and no other in $exact/$TRIALS; at least SUSPECTED in $flagged/$TRIALS"
