#!/usr/bin/env bash
# Side by side: flyrigloader's Python discovery and FileDiscoverer on the same tree, in alternating rounds.
# Usage: run.sh [tree] [rounds-per-side] [alternations]; the default tree is the suite's 10,000-file rig tree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tree="${1:-$here/../../../artifacts/benchmark-data/discovery-tree-v1-10000}"
rounds="${2:-21}"; alternations="${3:-3}"
dotnet build -c Release -nologo -v q "$here/DiscoveryTiming.csproj" >/dev/null
dll="$(dirname "$(find "$here/../../../artifacts/bin/DiscoveryTiming" -name DiscoveryTiming.dll 2>/dev/null | head -1)")/DiscoveryTiming.dll"
[ -f "$dll" ] || dll="$(find "$here" -name DiscoveryTiming.dll | head -1)"
for i in $(seq "$alternations"); do
  py=$(/usr/bin/python3 "$here/discover.py" "$tree" "$rounds"); cs=$(dotnet "$dll" "$tree" "$rounds")
  echo "round $i: python ${py% *} ms, C# ${cs% *} ms, ratio $(awk -v a="${cs% *}" -v b="${py% *}" 'BEGIN{printf "%.2f", a/b}') (files: python ${py#* }, C# ${cs#* })"
done
