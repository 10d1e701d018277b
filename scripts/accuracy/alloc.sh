#!/usr/bin/env bash
# One benchmark allocating extra bytes per operation:
#   FLYRIG_BENCH_INJECT_ALLOC="<full-name glob>=<bytes>"   bar: 1024 -> allocation REGRESSION on it.
source "$(dirname "$0")/common.sh"
glob="${1:?usage: alloc.sh <full-name glob> [bytes]}"; bytes="${2:-1024}"
regex="$(glob_regex "$glob")"
hits=0
for ((t = 1; t <= TRIALS; t++)); do
  read -r code regressions suspected allocs drift < <(check "$(FLYRIG_BENCH_INJECT_ALLOC="$glob=$bytes" bench_run)")
  ok=0; other=0
  IFS=',' read -ra list <<<"$allocs"; for n in "${list[@]}"; do [[ "$n" == - ]] && continue; if [[ "$n" =~ $regex ]]; then ok=1; else other=1; fi; done
  [[ $ok == 1 && $other == 0 && "$code" == 1 ]] && hits=$((hits + 1))
  log "alloc $glob+$bytes B $t: exit $code alloc=$allocs"
done
echo "alloc $glob +$bytes B/op: allocation REGRESSION on it only, exit 1, in $hits/$TRIALS"
