#!/usr/bin/env pwsh
# Bootstrap (Windows and anywhere PowerShell runs): same three steps as build.sh, arguments forwarded verbatim.
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
dotnet tool restore | Out-Null
if ($LASTEXITCODE -ne 0) { Write-Error "build.ps1: 'dotnet tool restore' failed (see .config/dotnet-tools.json)" -ErrorAction Continue; exit 2 }
# The gate assembly must exist before Cake compiles the script: #r is resolved at compile time.
$log = dotnet build src/FlyRigLoader.Gate/FlyRigLoader.Gate.csproj -c Release -nologo 2>&1
if ($LASTEXITCODE -ne 0) { $log | Write-Host; Write-Error "build.ps1: building the gate library failed" -ErrorAction Continue; exit 2 }
dotnet cake build/build.cake @args
exit $LASTEXITCODE
