#!/usr/bin/env bash
# Bootstrap: restore the pinned local tools, build the gate library the Cake script #r-loads, run the script.
# Every argument goes to Cake verbatim; the script's typed options validate them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null || { echo "build.sh: 'dotnet tool restore' failed (see .config/dotnet-tools.json)" >&2; exit 2; }
# The gate assembly must exist before Cake compiles the script: #r is resolved at compile time.
log="$(mktemp)"
if ! dotnet build eng/FlyRigLoader.Gate/FlyRigLoader.Gate.csproj -c Release -nologo >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"
  echo "build.sh: building the gate library failed" >&2; exit 2
fi
rm -f "$log"
# Cake reads cake.config only beside the script (build/), so the root file is applied as CAKE_<SECTION>_<KEY>
# variables, the documented equivalent; ./paths are made absolute against the repository root.
# Keys and values are trimmed like build.ps1 does (xargs would also strip quotes and choke on an apostrophe).
trim() { local s="$1"; s="${s#"${s%%[![:space:]]*}"}"; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
section=""
while IFS= read -r line || [ -n "$line" ]; do
  line="${line%%;*}"; line="$(trim "${line//$'\r'/}")"
  case "$line" in
    "") ;;
    \[*\]) section="${line#[}"; section="${section%]}" ;;
    *=*) key="$(trim "${line%%=*}")"; value="$(trim "${line#*=}")"
         case "$value" in ./*) value="$root/${value#./}" ;; esac
         export "CAKE_$(echo "${section}_${key}" | tr '[:lower:]' '[:upper:]')=$value" ;;
  esac
done < "$root/cake.config"
# Cake keys its script cache by the script's text alone; a gate assembly whose API changed under an unchanged script
# would run stale compiled code (MissingMethodException). One cache folder per build of the gate's assemblies.
gate_bin="$root/artifacts/bin/FlyRigLoader.Gate/release"
gate_key="$(cd "$gate_bin" && printf '%s\n' FlyRigLoader.Gate*.dll | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)"
if [ -n "${CAKE_PATHS_CACHE:-}" ]; then
  find "$CAKE_PATHS_CACHE" -mindepth 1 -maxdepth 1 ! -name "$gate_key" -exec rm -rf {} + 2>/dev/null || true
  export CAKE_PATHS_CACHE="$CAKE_PATHS_CACHE/$gate_key"
fi
set +e
dotnet cake build/build.cake "$@"
exit $?
