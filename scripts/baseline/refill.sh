#!/usr/bin/env bash
# Refills this machine's baseline with settled runs: measures the suite, offers each run that exited 0 to
# UpdateBaseline, which refuses an unsettled one (launches disagreeing beyond baseline_max_launch_spread in
# baselines/gate-config.json), and measures again until `runs` were accepted or `max-attempts` runs were measured.
# UpdateBaseline keeps the last K runs, so K accepted runs replace the file's older ones; it also appends each to the
# history. Nothing else may run on the machine meanwhile: a neighbour makes runs unsettled (or, worse, steadily slow).
# Usage: scripts/baseline/refill.sh [runs=5] [max-attempts=2*runs] [more Benchmarks options, e.g. --smoke-test]
# Exit 0 when `runs` runs were accepted, 1 when the attempts ran out first, 2 on bad arguments.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
max="${2:-$((2 * runs))}"
[[ "$runs" =~ ^[1-9][0-9]*$ && "$max" =~ ^[1-9][0-9]*$ ]] || { echo "refill: runs and max-attempts must be positive whole numbers, got '$runs' '$max'" >&2; exit 2; }
shift $(($# < 2 ? $# : 2))
cd "$root"
load() { [[ -r /proc/loadavg ]] && cut -d' ' -f1-3 /proc/loadavg || echo "n/a"; }
accepted=0
attempt=0
while ((accepted < runs && attempt < max)); do
  attempt=$((attempt + 1))
  echo "refill: run $attempt of at most $max ($accepted/$runs accepted), load $(load), $(date -u +%H:%M:%S)"
  ./build.sh --target=Benchmarks "$@"
  code=$?
  if ((code != 0)); then
    echo "refill: run $attempt exited $code and is not offered to the baseline"
    continue
  fi
  if ./build.sh --target=UpdateBaseline; then
    accepted=$((accepted + 1))
    echo "refill: run $attempt accepted ($accepted/$runs), load $(load)"
  else
    echo "refill: run $attempt refused (see the error above), load $(load)"
  fi
done
if ((accepted < runs)); then
  echo "refill: $accepted of $runs runs accepted after $attempt runs; measure again when the host is quiet" >&2
  exit 1
fi
echo "refill: $runs settled runs accepted in $attempt runs"
