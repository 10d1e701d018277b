#!/usr/bin/env bash
# Side by side: PyYAML's C loader (parse only) and ConfigLoader.LoadFile (parse + validate) on the same file, alternating.
# Usage: run.sh [config.yaml] [alternations]; default: the suite's small generated config.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="${1:-$here/../../../artifacts/benchmark-data/config-v1-small/config.yaml}"
alternations="${2:-3}"
dotnet build -c Release -nologo -v q "$here/ConfigTiming.csproj" >/dev/null
dll="$(find "$here/../../../artifacts/bin/ConfigTiming" -name ConfigTiming.dll 2>/dev/null | head -1)"
for i in $(seq "$alternations"); do
  py=$(/usr/bin/python3 "$here/parse.py" "$config" 31 200); cs=$(dotnet "$dll" "$config" 31 200)
  echo "round $i: PyYAML CSafeLoader ${py} ms, ConfigLoader.LoadFile ${cs} ms, ratio $(awk -v a="$cs" -v b="$py" 'BEGIN{printf "%.2f", a/b}')"
done
