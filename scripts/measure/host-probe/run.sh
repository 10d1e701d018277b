#!/usr/bin/env bash
# The host-probe study behind benchmarks/.../HostProbe: N fresh processes of S seconds each, one after another, then the
# per-process profile and how well each probe separates burst rounds from quiet ones (analyze.py). Run it alone.
# Usage: run.sh [processes] [seconds] [config.yaml]; default 8 x 25 s on the suite's small generated config.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
processes="${1:-8}"
seconds="${2:-25}"
config="${3:-$here/../../../artifacts/benchmark-data/config-v1-small/config.yaml}"
dotnet build -c Release -nologo -v q "$here/HostProbe.csproj" >/dev/null
dll="$(find "$here/../../../artifacts/bin/HostProbe" -name HostProbe.dll 2>/dev/null | head -1)"
out="$(mktemp)"
uptime
for i in $(seq "$processes"); do dotnet "$dll" "$seconds" "$config" >> "$out"; done
uptime
/usr/bin/python3 "$here/analyze.py" "$out"
