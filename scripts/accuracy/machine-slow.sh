#!/usr/bin/env bash
# Whole machine slowed: a CPU burner on the other core while the suite runs; bar: no REGRESSION, report notes drift.
source "$(dirname "$0")/common.sh"
pass=0
for ((t = 1; t <= TRIALS; t++)); do
  # The burner is this script's own child, stopped by its PID only.
  if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then taskset -c 1 sh -c 'while :; do :; done' & else sh -c 'while :; do :; done' & fi
  burner=$!
  report="$(bench_run)" || true
  kill "$burner" 2>/dev/null || true; wait "$burner" 2>/dev/null || true
  read -r code regressions suspected allocs drift < <(check "$report")
  [[ "$regressions" == "-" && "$code" != 2 ]] && pass=$((pass + 1))
  log "burner $t: exit $code regression=$regressions suspected=$suspected $drift"
done
echo "machine slowed: $pass/$TRIALS runs without REGRESSION (bar: >= 9/10; drift should be noted)"
