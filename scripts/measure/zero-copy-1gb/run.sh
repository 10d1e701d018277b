#!/usr/bin/env bash
# The zero-copy bar: map + build a 1 GiB numpy-written recording, RSS before touching the data, sums against numpy.
# Needs Debian's python3-numpy (apt-get install python3-numpy) and ~2.2 GB of disk under $1 (default /tmp/zero-copy-1gb).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-/tmp/zero-copy-1gb}"
[ -f "$out/expected.json" ] || /usr/bin/python3 "$here/make_recording.py" "$out"
dotnet run -c Release --project "$here/ZeroCopyCheck.csproj" -- "$out/rec1g_p5.pkl" "$out/rec1g_p4.pkl"
