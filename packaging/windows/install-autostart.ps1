# Registers the exhibition kiosk to start at logon of the kiosk account, kept running by
# run-kiosk.ps1 (restarted after a crash; copied next to kiosk.exe). Run in an elevated
# PowerShell after copying the bundle folder (dist\kiosk) to C:\Program Files\HunanTaxKiosk:
#   powershell -ExecutionPolicy Bypass -File install-autostart.ps1 -User KIOSK-PC\kiosk
# Remove it again with:  Unregister-ScheduledTask -TaskName "Hunan tax exhibition kiosk"
# See docs/deployment.md for the rest (automatic logon, Assigned Access / Shell Launcher).
param(
    [Parameter(Mandatory = $true)][string]$User,
    [string]$BundleDir = "C:\Program Files\HunanTaxKiosk"
)
$ErrorActionPreference = "Stop"
$kiosk = Join-Path $BundleDir "kiosk.exe"
if (-not (Test-Path $kiosk)) { throw "missing $kiosk (copy the whole bundle folder there first)" }
$supervisor = Join-Path $BundleDir "run-kiosk.ps1"
Copy-Item -Path (Join-Path $PSScriptRoot "run-kiosk.ps1") -Destination $supervisor -Force
# The bundle checks itself before it is trusted with an exhibition.
& $kiosk --self-test | Out-Host
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed; autostart not registered" }

$action = New-ScheduledTaskAction -Execute "powershell.exe" `
    -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$supervisor`" -Kiosk `"$kiosk`"" `
    -WorkingDirectory $BundleDir
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $User
$settings = New-ScheduledTaskSettingsSet -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -MultipleInstances IgnoreNew
$principal = New-ScheduledTaskPrincipal -UserId $User -LogonType Interactive -RunLevel Limited
Register-ScheduledTask -TaskName "Hunan tax exhibition kiosk" -Action $action -Trigger $trigger `
    -Settings $settings -Principal $principal -Force | Out-Null
Write-Host "The kiosk starts at $User's next logon. Test now with: Start-ScheduledTask 'Hunan tax exhibition kiosk'"
