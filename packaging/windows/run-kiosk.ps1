# Keeps the exhibition kiosk running on Windows: starts it, and starts it again whenever it
# exits with an error (a crash, a kill). A deliberate quit (Ctrl+Shift+Q and the admin PIN)
# exits 0 and ends this script too, so an operator reaches the desktop.
# Started at logon by the scheduled task that install-autostart.ps1 registers.
param(
    [string]$Kiosk = (Join-Path $PSScriptRoot "kiosk.exe"),
    [int]$RestartDelaySeconds = 2
)
$ErrorActionPreference = "Stop"
$dataDir = if ($env:KIOSK_DATA_DIR) { $env:KIOSK_DATA_DIR } else { Join-Path $env:LOCALAPPDATA "hunan-tax-kiosk" }
New-Item -ItemType Directory -Force -Path (Join-Path $dataDir "logs") | Out-Null
$journal = Join-Path $dataDir "logs\supervisor.log"

while ($true) {
    $started = Get-Date
    Add-Content -Path $journal -Value "$($started.ToString('s')) starting $Kiosk"
    $process = Start-Process -FilePath $Kiosk -ArgumentList "run" -PassThru -Wait -WindowStyle Hidden
    $code = $process.ExitCode
    Add-Content -Path $journal -Value "$((Get-Date).ToString('s')) kiosk exited with code $code"
    if ($code -eq 0) { break }
    # A kiosk that dies at once, over and over, is not restarted faster than every 30 s.
    $delay = if (((Get-Date) - $started).TotalSeconds -lt 10) { 30 } else { $RestartDelaySeconds }
    Start-Sleep -Seconds $delay
}
