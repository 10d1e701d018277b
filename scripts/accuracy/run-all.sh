#!/usr/bin/env bash
# Every accuracy trial of the regression gate in sequence, then the summary against the bar.
# usage: scripts/accuracy/run-all.sh "<glob of one benchmark>"      (TRIALS, PROFILE, BASELINE_RUNS, EXTRA_ARGS, CONFIRM honoured)
# Cost: (BASELINE_RUNS + 5 x TRIALS) suite runs; with PROFILE=smoke on 2 cores plan for tens of minutes.
source "$(dirname "$0")/common.sh"
target="${1:?usage: run-all.sh <full-name glob of one benchmark, e.g. '*ConfigLoadBenchmarks.LoadSmall*'>}"
dir="$(dirname "$0")"
build_baseline
{
  bash "$dir/aa.sh"
  bash "$dir/machine-slow.sh"
  bash "$dir/inject.sh" "$target" 1.25
  bash "$dir/inject.sh" "$target" 1.10
  bash "$dir/alloc.sh" "$target" 1024
} | tee "$OUT/summary.txt"
