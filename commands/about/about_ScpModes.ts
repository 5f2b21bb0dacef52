// about_ScpModes: online and offline mode, the restart rule with its three ways, and Intune forcing online.

export const name = 'about_ScpModes';

export const text = `TOPIC
    about_ScpModes

SHORT DESCRIPTION
    Online and offline mode of the service connection point, and why a
    change of mode waits for SMS_DMP_DOWNLOADER to restart.

LONG DESCRIPTION
  The two modes
    Online     The service connection point checks the Microsoft cloud
               service for updates every 24 hours (LastUpdateCheck and
               NextUpdateCheck in Get-ScpStatus) and downloads, over time,
               the updates that apply to the hierarchy's version. It uploads
               usage data once a week. Invoke-ScpUpdateCheck checks at once.
    Offline    It never contacts the cloud. Updates come in through the
               Service Connection Tool: export the usage data on the SCP
               host (Export-ScpUsageData, or ServiceConnectionTool.exe
               -prepare), download the updates on a computer with internet
               access (ServiceConnectionTool.exe -connect), and import them
               (Import-ScpUpdatePack, or ServiceConnectionTool.exe -import).
               Invoke-ScpUpdateCheck is refused.

  Configured mode and effective mode
    Set-ScpMode records the new mode at once: Get-ScpStatus shows it as
    Mode. But the thread that talks to the cloud, SMS_DMP_DOWNLOADER, reads
    the mode only when it starts. Until it starts again it goes on working
    in the old mode, which Get-ScpStatus shows as EffectiveMode, and
    RestartRequired is True. Set-ScpMode warns you.

    There are three ways to make SMS_DMP_DOWNLOADER start again:

      1. Restart only that thread, as you would in the Configuration
         Manager Service Manager (Query, Stop, Query, Start):
             Restart-Component -Name SMS_DMP_DOWNLOADER
      2. Restart the SMS_EXECUTIVE service, which restarts most site
         components along with it:
             Restart-Component -Name SMS_EXECUTIVE
      3. Wait for a scheduled task that stops SMS_EXECUTIVE and starts it
         again later, such as the site backup (Backup Site Server). A run
         started by hand does the same:
             Start-MaintenanceTask -Name 'Backup Site Server'

    Restarting any other component leaves the change pending. So does
    stopping SMS_DMP_DOWNLOADER without starting it, or pausing and resuming
    it. While SMS_DMP_DOWNLOADER is stopped nothing is checked or
    downloaded, whatever the mode.

  Intune forces online mode
    Adding a Microsoft Intune subscription (Add-ScpIntuneSubscription) sets
    the mode to Online; if the role was offline, the change waits for the
    restart like any other. The role does not support offline mode with a
    subscription: Set-ScpMode -Mode Offline is refused, and nothing changes,
    until Remove-ScpIntuneSubscription.

EXAMPLES
    Switch to offline mode and apply it:

        Set-ScpMode -Mode Offline
        Get-ScpStatus | Select-Object Mode, EffectiveMode, RestartRequired
        Restart-Component -Name SMS_DMP_DOWNLOADER
        Get-ScpStatus | Select-Object Mode, EffectiveMode, RestartRequired

    Let the nightly backup apply it instead:

        Set-MaintenanceTask -Name 'Backup Site Server' -Enabled $true
        Set-ScpMode -Mode Offline
        Step-SimClock -Duration 24h
        (Get-ScpStatus).EffectiveMode

    See Intune refuse offline mode:

        Add-ScpIntuneSubscription -TenantId 0f2c6a4e-8b1d-4c3a-9e57-6d2b1f0a9c38
        Set-ScpMode -Mode Offline

SEE ALSO
    about_ServiceConnectionPoint
    about_SimClock
    Set-ScpMode
    Restart-Component
    Start-MaintenanceTask
    Export-ScpUsageData
    Import-ScpUpdatePack
`;
