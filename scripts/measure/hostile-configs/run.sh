#!/usr/bin/env bash
# Hostile configs against ConfigLoader.LoadFile, one fresh process each: time and peak working set of the refusal.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-/tmp/hostile-configs}"
[ -f "$out/deep_block.yaml" ] || python3 "$here/make_hostile.py" "$out"
dotnet build -c Release -nologo -v q "$here/HostileConfigs.csproj" >/dev/null
dll="$(find "$here/../../../artifacts/bin/HostileConfigs" -name HostileConfigs.dll | head -1)"
for f in laughs deep_flow deep_block_16m deep_block; do dotnet "$dll" "$out/$f.yaml"; done
