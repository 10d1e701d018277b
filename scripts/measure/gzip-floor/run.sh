#!/usr/bin/env bash
# Gzip loading against its floor (inflate into a reused buffer) and the raw load, at the suite's 1/10/100 MB files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${1:-$here/../../../artifacts/benchmark-data}"
dotnet build -c Release -nologo -v q "$here/GzipFloor.csproj" >/dev/null
dll="$(find "$here/../../../artifacts/bin/GzipFloor" -name GzipFloor.dll 2>/dev/null | head -1)"
for size in 1 10 100; do
  echo "== ${size} MB"
  dotnet "$dll" "$data/pickle-gzip-v1-${size}mb/${size}mb_gzipped.pkl.gz" "$(ls "$data/pickle-standard-v1-${size}mb/"*.pkl)" "$([ "$size" = 100 ] && echo 11 || echo 31)"
done
