#!/usr/bin/env bash
# Acceptance trial of issue 19 (judging across jobs): a smoke run checked against the committed default-profile baseline,
# which is another job, so its first look is informational only and every selected benchmark is judged by the
# interleaved A/B run against the baseline's commit. Runs in a throwaway clone of HEAD (artifacts/accuracy/incomparable-repo),
# so this work tree is never touched.
# usage: incomparable.sh aa|slow125|unreachable [trials (default 10)]
#   aa:          the tree as committed. Bar, every run: exit 0 and no REGRESSION, IMPROVEMENT or allocation verdict in the
#                final verdicts (the report's regression_analysis.details).
#   slow125:     DataFrameBuilder.Build spins 0.25x its own duration (x1.25). Bar: REGRESSION on
#                TransformationSmokeBenchmarks.BuildWithSignalDisp from the A/B, exit 1, in >= 9/10 runs.
#   unreachable: the baseline's commit is rewritten to one this repository does not have. Bar: exit 3, every verdict
#                INCOMPARABLE with the reason named.
# Each trial logs its exit code, final verdicts, wall time and the 1-minute load average before and after.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/artifacts/accuracy"
mode="${1:-}"; trials="${2:-10}"
[[ "$mode" =~ ^(aa|slow125|unreachable)$ ]] || { echo "usage: $0 aa|slow125|unreachable [trials]" >&2; exit 2; }
[[ "$trials" =~ ^[0-9]+$ && "$trials" -ge 1 ]] || { echo "trials must be a positive integer" >&2; exit 2; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'; }

repo="$OUT/incomparable-repo"
mkdir -p "$OUT"
rm -rf "$repo"
git clone --quiet "$ROOT" "$repo"
baseline="$(ls "$repo"/baselines/*-*.json | grep -v gate-config | head -1)"
[[ -n "$baseline" ]] || { echo "no committed baseline in baselines/" >&2; exit 2; }

case "$mode" in
  slow125)
    python3 - "$repo/src/FlyRigLoader/Transformation/DataFrameBuilder.cs" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
head = "    public static RecordBatch Build(IReadOnlyDictionary<string, object?> expMatrix, ColumnConfig config, TransformOptions? options = null)\n    {\n"
if text.count(head) != 1:
    sys.exit(f"{path}: Build's signature changed; update the planted slowdown in scripts/accuracy/incomparable.sh")
planted = ("    public static RecordBatch Build(IReadOnlyDictionary<string, object?> expMatrix, ColumnConfig config, TransformOptions? options = null)\n    {\n"
           "        // Planted by scripts/accuracy/incomparable.sh: Build spins 0.25 times its own duration (x1.25).\n"
           "        var clock = System.Diagnostics.Stopwatch.StartNew();\n"
           "        var built = BuildPlanted(expMatrix, config, options);\n"
           "        var until = clock.Elapsed * 1.25;\n"
           "        while (clock.Elapsed < until)\n        {\n            System.Threading.Thread.SpinWait(20);\n        }\n\n"
           "        return built;\n    }\n\n"
           "    private static RecordBatch BuildPlanted(IReadOnlyDictionary<string, object?> expMatrix, ColumnConfig config, TransformOptions? options)\n    {\n")
open(path, "w", encoding="utf-8").write(text.replace(head, planted))
PY
    ;;
  unreachable)
    # A commit id no repository has: the baseline cannot be measured side by side.
    python3 - "$baseline" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
def rewrite(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("git_sha", "sha", "commit") and isinstance(value, str) and len(value) >= 7:
                node[key] = "0123456789abcdef0123456789abcdef01234567"
            else:
                rewrite(value)
    elif isinstance(node, list):
        for item in node:
            rewrite(item)
rewrite(data)
json.dump(data, open(path, "w", encoding="utf-8"), indent=2)
PY
    ;;
esac

pass=0
for ((t = 1; t <= trials; t++)); do
  before="$(load)"; start=$SECONDS; code=0
  (cd "$repo" && ./build.sh --target=Benchmarks --smoke-test --baseline-comparison >"$OUT/last-incomparable-$mode.log" 2>&1) || code=$?
  wall=$((SECONDS - start)); after="$(load)"
  report="$(ls -t "$repo"/artifacts/reports/benchmark-report-*.json 2>/dev/null | head -1 || true)"
  if [[ -z "$report" ]]; then log "$mode $t: exit $code, no report (see $OUT/last-incomparable-$mode.log)"; continue; fi
  mkdir -p "$OUT/incomparable-trials/$mode"; cp "$report" "$OUT/incomparable-trials/$mode/"
  read -r verdicts ok < <(python3 - "$report" "$mode" "$code" <<'PY'
import json, sys
report, mode, code = json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2], int(sys.argv[3])
details = ((report.get("regression_analysis") or {}).get("details") or {}).get("benchmarks") or []
short = lambda n: n.split(".")[-1].replace(" ", "")
pairs = [(b.get("full_name") or "?", b.get("verdict") or "-", b.get("allocation_verdict") or "-") for b in details]
text = ",".join(f"{short(n)}={v}/{a}" for n, v, a in pairs) or "-"
if mode == "aa":
    ok = code == 0 and not any(v in ("REGRESSION", "IMPROVEMENT") or a in ("REGRESSION", "IMPROVEMENT") for _, v, a in pairs)
elif mode == "slow125":
    target = [v for n, v, _ in pairs if "TransformationSmokeBenchmarks.BuildWithSignalDisp" in n]
    ok = code == 1 and target == ["REGRESSION"] or (code == 1 and target and all(v == "REGRESSION" for v in target))
else:
    ok = code == 3 and bool(pairs) and all(v == "INCOMPARABLE" for _, v, _ in pairs)
print(text, 1 if ok else 0)
PY
)
  pass=$((pass + ok))
  log "$mode $t: exit $code ok=$ok wall=${wall}s load ${before}->${after} verdicts: $verdicts"
done
echo "$mode: $pass/$trials runs met the bar"
