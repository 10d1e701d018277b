#!/usr/bin/env bash
# Measures the thread-time witness (README "Interference"): one smoke run of the config and transformation categories on
# a quiet machine, then the same with CPU burners beside it (one busy loop per core), printing each case's per-launch
# share of measured wall time its benchmark thread spent waiting for a CPU, and the run's exit code.
# usage: thread-witness.sh [burners (default: the number of cores)]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
burners="${1:-$(nproc)}"
[[ "$burners" =~ ^[0-9]+$ ]] || { echo "burners must be a whole number" >&2; exit 2; }
summary() {
  python3 - "$1" <<'PY'
import json, sys, statistics
report = json.load(open(sys.argv[1], encoding="utf-8"))
shares = []
for category in report["benchmark_results"].values():
    for name, entry in sorted(category.items()):
        times = entry.get("launch_thread_times") or []
        waited = [t["run_queue_share"] for t in times if t]
        shares += waited
        print(f"  {name.split('.')[-1][:60]:60s} waited " + ", ".join(f"{w * 100:5.1f}%" for w in waited))
if shares:
    print(f"  cases x launches {len(shares)}: median {statistics.median(shares) * 100:.1f}%, max {max(shares) * 100:.1f}%")
print(f"  exit code {report['summary']['exit_code']}; machine: {report['benchmark_suite'].get('machine_note')}")
PY
}
run() {
  local code=0
  (cd "$ROOT" && ./build.sh --target=Benchmarks --smoke-test --category=config,transformation >"$ROOT/artifacts/thread-witness-$1.log" 2>&1) || code=$?
  echo "$1 (load average $(cut -d' ' -f1-3 /proc/loadavg)), build.sh exit $code:"
  summary "$(ls -t "$ROOT"/artifacts/reports/benchmark-report-*.json | head -1)"
}
mkdir -p "$ROOT/artifacts"
run quiet
pids=()
for ((i = 0; i < burners; i++)); do (while :; do :; done) & pids+=($!); done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
run "busy-$burners-burners"
