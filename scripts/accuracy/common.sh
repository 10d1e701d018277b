#!/usr/bin/env bash
# Shared helpers of the regression-gate accuracy trials (sourced, not run).
# Every trial measures real runs with the Benchmarks target, then asks CheckRegression for verdicts against a scratch
# baseline under artifacts/accuracy/ (the committed baselines/ are never touched).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/artifacts/accuracy"
BASE="$OUT/baselines"
PROFILE="${PROFILE:-smoke}"           # job profile of every trial run
TRIALS="${TRIALS:-10}"                # runs per scenario (the bar is stated per 10)
BASELINE_RUNS="${BASELINE_RUNS:-5}"   # K accepted runs in the scratch baseline
EXTRA_ARGS="${EXTRA_ARGS:-}"          # e.g. "--category=config,discovery" to shorten trials
mkdir -p "$OUT" "$BASE"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# One Benchmarks run; prints the path of the report it wrote. Environment variables (FLYRIG_BENCH_INJECT…) pass through.
bench_run() {
  local before newest
  before="$(ls -t "$ROOT"/artifacts/reports/benchmark-report-*.json 2>/dev/null | head -1 || true)"
  # shellcheck disable=SC2086
  (cd "$ROOT" && ./build.sh --target=Benchmarks --profile="$PROFILE" $EXTRA_ARGS >"$OUT/last-bench.log" 2>&1) || {
    log "Benchmarks failed (exit $?); see $OUT/last-bench.log"; return 2; }
  newest="$(ls -t "$ROOT"/artifacts/reports/benchmark-report-*.json 2>/dev/null | head -1 || true)"
  [[ -n "$newest" && "$newest" != "$before" ]] || { log "no new report written"; return 2; }
  printf '%s\n' "$newest"
}

# Builds the scratch baseline from BASELINE_RUNS clean runs (no injection, no burner).
build_baseline() {
  rm -f "$BASE"/*.json
  local i report
  for ((i = 1; i <= BASELINE_RUNS; i++)); do
    report="$(unset FLYRIG_BENCH_INJECT FLYRIG_BENCH_INJECT_ALLOC; bench_run)"
    (cd "$ROOT" && ./build.sh --target=UpdateBaseline --report="$report" --baseline="$BASE" --allow-dirty=true >"$OUT/last-update.log" 2>&1) \
      || { log "UpdateBaseline failed; see $OUT/last-update.log"; return 2; }
    log "baseline run $i/$BASELINE_RUNS: $report"
  done
}

# Judges one report; prints "<exit code> <comma list of REGRESSION benchmarks> <comma list of SUSPECTED> <alloc regressions> <drift normalized>".
# With CONFIRM=1 and an A/B confirmation (a regression-analysis-ab-*.json written by this check), its verdicts are the
# decisive ones: they cover every benchmark the first look failed or left SUSPECTED, and all others passed.
check() {
  local report="$1" code=0 run analysis marker
  marker="$(mktemp)"
  (cd "$ROOT" && ./build.sh --target=CheckRegression --report="$report" --baseline="$BASE" ${CONFIRM:+--confirm=true} >"$OUT/last-check.log" 2>&1) || code=$?
  run="$(basename "$report" .json)"; run="${run#benchmark-report-}"
  analysis="$ROOT/artifacts/statistical-analysis/regression-analysis-$run.json"
  ab="$(find "$ROOT/artifacts/statistical-analysis" -name 'regression-analysis-ab-*.json' -newer "$marker" 2>/dev/null | sort | tail -1)"
  rm -f "$marker"
  [[ -n "${CONFIRM:-}" && -n "$ab" ]] && analysis="$ab"
  [[ -f "$analysis" ]] || { printf '%s - - - -\n' "$code"; return 0; }
  printf '%s %s %s %s %s\n' "$code" \
    "$(names_with "$analysis" '"verdict": "REGRESSION"')" \
    "$(names_with "$analysis" '"verdict": "SUSPECTED"')" \
    "$(names_with "$analysis" '"allocation_verdict": "REGRESSION"')" \
    "$(grep -q '"normalized": true' "$analysis" && echo drift || echo no-drift)"
}

# Full names (spaces removed, so each list stays one field) of the benchmarks whose entry contains the given JSON
# fragment (comma list, '-' when none).
names_with() {
  local file="$1" fragment="$2"
  awk -v frag="$fragment" '
    /"full_name":/ { name = $0; sub(/.*"full_name": "/, "", name); sub(/",?$/, "", name); gsub(/ /, "", name) }
    index($0, frag) { if (name != "") { out = out (out == "" ? "" : ",") name; name = "" } }
    END { print (out == "" ? "-" : out) }' "$file"
}

# The anchored regex of a full-name glob ("*Pickle*" -> "^.*Pickle.*$").
glob_regex() { printf '^%s$' "$(printf '%s' "$1" | sed 's/[].[^$\\()+?{}|]/\\&/g; s/\*/.*/g')"; }

# Scores one trial for the benchmark matching regex $1, given comma lists of REGRESSION ($2) and SUSPECTED ($3) names:
# sets HIT_R (REGRESSION on it), OTHER_R (REGRESSION on another) and HIT_S (SUSPECTED on it).
score() {
  local regex="$1" n list
  HIT_R=0; OTHER_R=0; HIT_S=0
  IFS=',' read -ra list <<<"$2"; for n in "${list[@]}"; do [[ "$n" == - ]] && continue; if [[ "$n" =~ $regex ]]; then HIT_R=1; else OTHER_R=1; fi; done
  IFS=',' read -ra list <<<"$3"; for n in "${list[@]}"; do [[ "$n" =~ $regex ]] && HIT_S=1; done
  return 0
}
