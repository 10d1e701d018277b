#!/usr/bin/env bash
# A/A: unchanged code, TRIALS runs; bar: no REGRESSION in at least 9 of 10.
source "$(dirname "$0")/common.sh"
pass=0
for ((t = 1; t <= TRIALS; t++)); do
  read -r code regressions suspected allocs drift < <(check "$(bench_run)")
  [[ "$regressions" == "-" && "$allocs" == "-" && "$code" != 2 ]] && pass=$((pass + 1))
  log "A/A $t: exit $code regression=$regressions suspected=$suspected alloc=$allocs $drift"
done
echo "A/A: $pass/$TRIALS runs without REGRESSION (bar: >= 9/10)"
