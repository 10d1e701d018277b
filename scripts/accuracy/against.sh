#!/usr/bin/env bash
# A/B trials of `CheckRegression --against=<ref>`: this work tree is B, <ref> is A, both built and run interleaved here.
# usage: against.sh <git ref of A> [<full-name glob of the benchmark B slowed>]
#   without a glob (B = A's code): counts runs without REGRESSION        bar: >= 9/10
#   with a glob: REGRESSION on it and no other (x1.25 bar: >= 9/10); at least SUSPECTED (x1.10 bar)
# The slowdown must be a code change in B (a commit), not FLYRIG_BENCH_INJECT, which would reach both builds.
source "$(dirname "$0")/common.sh"
ref="${1:?usage: against.sh <git ref of A> [<full-name glob>]}"; glob="${2:-}"
regex=""; [[ -n "$glob" ]] && regex="$(glob_regex "$glob")"
clean=0; exact=0; flagged=0
for ((t = 1; t <= TRIALS; t++)); do
  code=0
  rm -rf "$ROOT"/artifacts/against/run-* "$ROOT"/artifacts/against/interleaved-result*.json
  # shellcheck disable=SC2086
  (cd "$ROOT" && ./build.sh --target=CheckRegression --against="$ref" --profile="$PROFILE" $EXTRA_ARGS >"$OUT/last-against.log" 2>&1) || code=$?
  analysis="$(ls -t "$ROOT"/artifacts/statistical-analysis/regression-analysis-*.json 2>/dev/null | head -1 || true)"
  if [[ -z "$analysis" || "$code" == 2 ]]; then log "against $t: exit $code (see $OUT/last-against.log)"; continue; fi
  regressions="$(names_with "$analysis" '"verdict": "REGRESSION"')"
  suspected="$(names_with "$analysis" '"verdict": "SUSPECTED"')"
  allocs="$(names_with "$analysis" '"allocation_verdict": "REGRESSION"')"
  [[ "$regressions" == - && "$allocs" == - ]] && clean=$((clean + 1))
  if [[ -n "$regex" ]]; then
    score "$regex" "$regressions" "$suspected"
    [[ $HIT_R == 1 && $OTHER_R == 0 ]] && exact=$((exact + 1))
    [[ $HIT_R == 1 || $HIT_S == 1 ]] && flagged=$((flagged + 1))
  fi
  # Keep every trial's raw BenchmarkDotNet results so rule variants can be replayed offline.
  keep="$OUT/against-trials/$(basename "$analysis" .json)"; mkdir -p "$keep"
  for d in "$ROOT"/artifacts/against/run-*; do [[ -d "$d/results" ]] && mkdir -p "$keep/$(basename "$d")" && cp "$d"/results/*-report-full.json "$keep/$(basename "$d")/" 2>/dev/null; done
  cp "$ROOT"/artifacts/against/interleaved-result-*.json "$keep/" 2>/dev/null || true
  cp "$analysis" "$keep/"
  log "against $ref $t: exit $code regression=$regressions suspected=$suspected alloc=$allocs ($(basename "$analysis"))"
done
if [[ -z "$glob" ]]; then
  echo "against $ref (same code): $clean/$TRIALS runs without REGRESSION (bar: >= 9/10)"
else
  echo "against $ref, B slows $glob: REGRESSION on it and no other in $exact/$TRIALS; at least SUSPECTED in $flagged/$TRIALS"
fi
