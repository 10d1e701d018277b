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
# Cake keys its script cache by the script's text alone; a gate assembly whose API changed under an unchanged script
# would run stale compiled code (MissingMethodException). One cache folder per build of the gate's assemblies.
$gateBin = Join-Path $PSScriptRoot 'artifacts/bin/FlyRigLoader.Gate/release'
$stream = New-Object System.IO.MemoryStream
$names = [string[]](Get-ChildItem -LiteralPath $gateBin -Filter 'FlyRigLoader.Gate*.dll' | ForEach-Object Name)
[Array]::Sort($names, [StringComparer]::Ordinal)
foreach ($name in $names) { $b = [System.IO.File]::ReadAllBytes((Join-Path $gateBin $name)); $stream.Write($b, 0, $b.Length) }
$hash = [System.Security.Cryptography.SHA256]::Create().ComputeHash($stream.ToArray())
$gateKey = [System.BitConverter]::ToString($hash).Replace('-', '').Substring(0, 16).ToLowerInvariant()
if ($env:CAKE_PATHS_CACHE) {
    if (Test-Path -LiteralPath $env:CAKE_PATHS_CACHE) {
        Get-ChildItem -LiteralPath $env:CAKE_PATHS_CACHE | Where-Object Name -ne $gateKey | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    }
    $env:CAKE_PATHS_CACHE = Join-Path $env:CAKE_PATHS_CACHE $gateKey
}
dotnet cake build/build.cake @args
exit $LASTEXITCODE
