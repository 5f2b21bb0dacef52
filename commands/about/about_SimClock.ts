// about_SimClock: how simulated time moves in scripts and in the interactive shell.

export const name = 'about_SimClock';

export const text = `TOPIC
    about_SimClock

SHORT DESCRIPTION
    How time passes in the simulated site: only when a command moves it in
    scripts, and at a rate you choose in the interactive shell.

LONG DESCRIPTION
    Everything in the simulated site happens on its own clock, not on the
    clock of your computer: a component takes a few simulated seconds to stop
    or start, the service connection point checks for updates every 24
    simulated hours, downloads take simulated minutes, the site backup runs
    at its scheduled simulated time. The clock is in UTC. Get-Date and
    Get-SimClock tell its time; dates in objects (LastUpdateCheck, Time,
    NextRun) are simulated dates.

  In scripts
    In a script, or in input piped to scpsh, the clock moves only when a
    command moves it, and then it jumps at once. That is why the same
    script prints the same bytes every time it runs. Three kinds of command
    move it:

      Step-SimClock -Duration <d>   moves the clock by d, running on the
                                    way every event that falls due:
                                    Step-SimClock 90s, 45m, 24h, 7d, or
                                    TimeSpan text such as 1.00:00:00.
      Start-Sleep                   sleeps in simulated time.
      Waiting cmdlets               Restart-Component, Stop-Component,
                                    Start-Component, Install-ScpUpdate and
                                    Start-MaintenanceTask wait until what
                                    they started has finished (use -NoWait
                                    not to); Get-SiteLog -Wait follows a log
                                    for -Timeout (one hour by default).

    Nothing else moves it: between two commands no time passes.

  In the interactive shell
    At the interactive prompt a live clock runs the site at a rate: by
    default one simulated second per real second. The panes show it move.

      Set-SimClock -Rate 60         one simulated minute per real second
      Set-SimClock -Rate 3600       a simulated day in 24 real seconds
      Set-SimClock -Pause           stops the live clock
      Set-SimClock -Resume          starts it again

    Step-SimClock still jumps. Waiting cmdlets wait for the live clock, so
    a restart takes a few real seconds at rate 1; press Ctrl+C to stop
    waiting (what the command started goes on).

EXAMPLES
    Watch a day of update checks in a script:

        Get-ScpStatus | Select-Object LastUpdateCheck, NextUpdateCheck
        Step-SimClock -Duration 24h
        Get-ScpStatus | Select-Object LastUpdateCheck, NextUpdateCheck

    Make a day pass in 24 seconds at the prompt:

        Set-SimClock -Rate 3600

SEE ALSO
    about_ScpModes
    about_ServiceConnectionPoint
    Step-SimClock
    Set-SimClock
    Get-SimClock
    Start-Sleep
`;
