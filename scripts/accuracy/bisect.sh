#!/usr/bin/env bash
# Acceptance trial of Bisect (issue 16): a x1.3 slowdown planted in one of 16 commits on top of HEAD, in a throwaway clone
# (artifacts/accuracy/bisect-repo), then Bisect run TRIALS times on that range with the smoke profile and one benchmark
# that exists in every commit (ConfigSmokeBenchmarks.LoadFromFile). Builds are cached after the first run; every run
# measures anew. Each run is scored on the commit it names and on its measured steps.
# usage: bisect.sh [position of the slow commit, 1..16 (default 11)]
#   bar: the planted commit named (exit 0) in >= 9/10 runs, each in <= 6 measured steps (5 search steps + the culprit
#   against its parent); the wall time of every step is logged.
#   PREPARE_ONLY=1: make the range and build the bad commit's suite (checks the planted code compiles), measure nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/artifacts/accuracy"
PROFILE="${PROFILE:-smoke}"   # job profile of every Bisect step
TRIALS="${TRIALS:-10}"        # Bisect runs (the bar is stated per 10)
mkdir -p "$OUT"
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
position="${1:-11}"; commits=16
[[ "$position" =~ ^[0-9]+$ && "$position" -ge 1 && "$position" -le "$commits" ]] || { echo "position must be 1..$commits" >&2; exit 2; }
repo="$OUT/bisect-repo"
filter='*ConfigSmokeBenchmarks.LoadFromFile*'

rm -rf "$repo"
git clone --quiet --no-checkout "$ROOT" "$repo"
git -C "$repo" checkout --quiet --detach "$(git -C "$ROOT" rev-parse HEAD)"
good="$(git -C "$repo" rev-parse HEAD)"
for ((i = 1; i <= commits; i++)); do
  if ((i == position)); then
    # The load measures its own time and spins 0.3x as long again: x1.3 whatever the machine does.
    python3 - "$repo/src/FlyRigLoader/Configuration/ConfigLoader.cs" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
body = "    public static ExperimentConfig LoadFile(string path)\n    {\n        using var reader = OpenFile(path);\n        return Load(reader, path);\n    }\n"
planted = ("    public static ExperimentConfig LoadFile(string path)\n    {\n"
           "        // Planted by scripts/accuracy/bisect.sh: the load spins 0.3 times its own duration (x1.3).\n"
           "        var clock = System.Diagnostics.Stopwatch.StartNew();\n"
           "        using var reader = OpenFile(path);\n"
           "        var loaded = Load(reader, path);\n"
           "        var until = clock.Elapsed * 1.3;\n"
           "        while (clock.Elapsed < until)\n        {\n            Thread.SpinWait(20);\n        }\n\n"
           "        return loaded;\n    }\n")
if body not in text:
    sys.exit(f"{path}: LoadFile's body changed; update the planted slowdown in scripts/accuracy/bisect.sh")
open(path, "w", encoding="utf-8").write(text.replace(body, planted))
PY
    message="Config: LoadFile spins 0.3x its duration (planted x1.3)"
  else
    printf 'Bisect trial commit %d: changes nothing the benchmarks run.\n' "$i" >>"$repo/README.md"
    message="README: trial line $i (neutral)"
  fi
  git -C "$repo" add -A
  git -C "$repo" -c user.name="Bisect trial" -c user.email=bisect@example.invalid commit --quiet -m "$message"
  if ((i == position)); then planted="$(git -C "$repo" rev-parse HEAD)"; fi
done
bad="$(git -C "$repo" rev-parse HEAD)"
log "range ${good:0:12}..${bad:0:12}: $commits commits, x1.3 planted at $position (${planted:0:12})"

if [[ -n "${PREPARE_ONLY:-}" ]]; then
  (cd "$repo" && dotnet build benchmarks/FlyRigLoader.Benchmarks/FlyRigLoader.Benchmarks.csproj -c Release -nologo -v quiet >"$OUT/last-bisect-build.log" 2>&1) \
    || { log "the bad commit does not build; see $OUT/last-bisect-build.log"; exit 2; }
  log "prepared (PREPARE_ONLY): the bad commit builds; nothing measured"
  exit 0
fi

named=0; within=0
for ((t = 1; t <= TRIALS; t++)); do
  code=0
  (cd "$repo" && ./build.sh --target=Bisect --good="$good" --bad="$bad" --profile="$PROFILE" --filter="$filter" >"$OUT/last-bisect.log" 2>&1) || code=$?
  result="$(ls -t "$repo"/artifacts/bisect/bisect-*.json 2>/dev/null | head -1 || true)"
  if [[ -z "$result" ]]; then log "bisect $t: exit $code, no result (see $OUT/last-bisect.log)"; continue; fi
  mkdir -p "$OUT/bisect-trials"; cp "$result" "$OUT/bisect-trials/"
  # culprit sha, measured steps, and "position:outcome:wall s" per step
  read -r culprit steps walls < <(python3 - "$result" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
culprit = (r.get("culprit") or {}).get("commit", {}).get("sha", "-")
measured = sum(1 for s in r["steps"] if s["launches"] > 0) + (1 if r.get("culprit") and r["culprit"]["launches"] > 0 else 0)
walls = ",".join(f'{s["position"]}:{s["outcome"]}:{s["wall_seconds"]:.0f}s' for s in r["steps"])
if r.get("culprit"):
    walls += f',culprit:{r["culprit"]["wall_seconds"]:.0f}s'
print(culprit, measured, walls)
PY
)
  if [[ "$code" == 0 && "$culprit" == "$planted" ]]; then named=$((named + 1)); fi
  if ((steps <= 6)); then within=$((within + 1)); fi
  log "bisect $t: exit $code culprit=${culprit:0:12} (planted ${planted:0:12}) measured steps=$steps [$walls] ($(basename "$result"))"
done
echo "bisect x1.3 at $position/$commits: planted commit named in $named/$TRIALS runs (bar: >= 9/10); <= 6 measured steps in $within/$TRIALS runs"
