#!/usr/bin/env pwsh
# Bootstrap (Windows and anywhere PowerShell runs): same three steps as build.sh, arguments forwarded verbatim.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { Write-Error "build.ps1: 'dotnet tool restore' failed (see .config/dotnet-tools.json)" -ErrorAction Continue; exit 2 }
# The gate assembly must exist before Cake compiles the script: #r is resolved at compile time.
$log = dotnet build eng/FlyRigLoader.Gate/FlyRigLoader.Gate.csproj -c Release -nologo 2>&1
if ($LASTEXITCODE -ne 0) { $log | ForEach-Object { [Console]::Error.WriteLine("$_") }; Write-Error "build.ps1: building the gate library failed" -ErrorAction Continue; exit 2 }
# Cake's script cache is keyed by the script's text alone: a gate assembly rebuilt since (after a pull or a merge) would
# meet a cached script compiled against its old API (MissingMethodException), so the cache goes when the gate is newer.
$cache = Join-Path $PSScriptRoot 'artifacts/cake/cache'
$gate = Join-Path $PSScriptRoot 'artifacts/bin/FlyRigLoader.Gate/release/FlyRigLoader.Gate.dll'
if ((Test-Path -LiteralPath $cache) -and (Get-Item -LiteralPath $gate).LastWriteTimeUtc -gt (Get-Item -LiteralPath $cache).LastWriteTimeUtc) {
    Remove-Item -LiteralPath $cache -Recurse -Force
}
# Cake reads cake.config only beside the script (build/), so the root file is applied as CAKE_<SECTION>_<KEY>
# variables, the documented equivalent; ./paths are made absolute against the repository root.
$section = ''
foreach ($raw in Get-Content -LiteralPath (Join-Path $PSScriptRoot 'cake.config')) {
    $line = ($raw -split ';', 2)[0].Trim()
    if ($line -match '^\[(.+)\]$') { $section = $Matches[1]; continue }
    if ($line -match '^([^=]+)=(.*)$') {
        $value = $Matches[2].Trim()
        if ($value.StartsWith('./')) { $value = Join-Path $PSScriptRoot $value.Substring(2) }
        [Environment]::SetEnvironmentVariable(("CAKE_{0}_{1}" -f $section, $Matches[1].Trim()).ToUpperInvariant(), $value)
    }
}
dotnet cake build/build.cake @args
exit $LASTEXITCODE
