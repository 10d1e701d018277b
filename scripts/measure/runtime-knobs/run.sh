#!/usr/bin/env bash
# Fresh-process spread of the suite's medians under candidate runtime settings of the benchmark process (issue 13).
# Rounds are interleaved (every setting once per round, in rotating order) so a slow drift of the machine hits all alike.
# Usage: run.sh [processes-per-setting] [out-dir]; analyse with analyze.py <out-dir>.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
n="${1:-5}"
out="${2:-$root/artifacts/measure/runtime-knobs}"
filter=(--filter '*ConfigLoadBenchmarks.LoadFromFile*' '*PickleLoadBenchmarks.LoadStandardPickle*' '*DiscoveryScalingBenchmarks.DiscoverFiltered*' '*DataFrameBuildBenchmarks.BuildWithSignalDisp*')
# name=space-separated VAR=value list ("-" for none)
settings=(
  "shipped=-"
  "pgo0=DOTNET_TieredPGO=0"
  "tc0=DOTNET_TieredCompilation=0"
  "tc0-retainvm=DOTNET_TieredCompilation=0 DOTNET_GCRetainVM=1"
  "fasttier-retainvm=DOTNET_TC_CallCountingDelayMs=0 DOTNET_GCRetainVM=1"
  "tc0-retainvm-gen0=DOTNET_TieredCompilation=0 DOTNET_GCRetainVM=1 DOTNET_GCgen0size=0x4000000"
)
[[ -n "${SETTINGS:-}" ]] && read -ra settings <<<"$SETTINGS"
dotnet build -c Release -nologo -v q "$root/benchmarks/FlyRigLoader.Benchmarks" >/dev/null
dll="$root/artifacts/bin/FlyRigLoader.Benchmarks/release/FlyRigLoader.Benchmarks.dll"
mkdir -p "$out"
for ((p = 1; p <= n; p++)); do
  for ((k = 0; k < ${#settings[@]}; k++)); do
    entry="${settings[$(((k + p) % ${#settings[@]}))]}"
    name="${entry%%=*}"; vars="${entry#*=}"
    dir="$out/$name/p$p"
    rm -rf "$dir"; mkdir -p "$out/$name"
    start=$(date +%s)
    # shellcheck disable=SC2086
    env $([[ "$vars" == - ]] || echo $vars) dotnet "$dll" --profile default "${filter[@]}" --exporters json --artifacts "$dir" >"$dir.log" 2>&1 \
      || echo "run $name p$p failed (see $dir.log)" >&2
    printf "%s p%d %ds load %s\n" "$name" "$p" "$(( $(date +%s) - start ))" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
