// about_ServiceConnectionPoint: what the role is for and the rules it lives by, in our own words (from the seed).

export const name = 'about_ServiceConnectionPoint';

export const text = `TOPIC
    about_ServiceConnectionPoint

SHORT DESCRIPTION
    What the service connection point does, where it may be installed, and
    what it needs from the network.

LONG DESCRIPTION
    The service connection point (SCP) is the site system role that links a
    Configuration Manager hierarchy to the Microsoft cloud service. In the
    site its role name is "SMS Dmp Connector"; its work is done by three
    threads of the SMS_EXECUTIVE service on the server that hosts it:
    SMS_DMP_DOWNLOADER, SMS_DMP_UPLOADER and SMS_SERVICE_CONNECTOR.

  What it is for
    - Updates. It downloads the Configuration Manager updates and hotfixes
      that apply to the hierarchy's version, so that they show up under
      Updates and Servicing (Get-ScpUpdate) ready to install.
    - Usage data. It uploads diagnostic and usage data about the hierarchy
      once a week. Microsoft uses it to find problems, to improve the
      product, and to decide which updates apply to you.
    - Microsoft Intune. It can hold a Microsoft Intune subscription for
      hybrid mobile device management (Add-ScpIntuneSubscription).
    - On-premises MDM. It supports mobile devices that you manage with
      your own infrastructure and that never reach the internet
      (Enable-ScpOnPremisesMdm). That needs no cloud endpoint.

  One per hierarchy, at the top
    A hierarchy has at most one service connection point, and only at its
    top-tier site: the central administration site (CAS), or a stand-alone
    primary site when there is no CAS. Add-ScpRole refuses a child primary
    site, a secondary site, or a second instance.

    Growing a stand-alone primary into a hierarchy therefore takes three
    steps, in this order: remove the role from the primary (Remove-ScpRole),
    add the CAS (Add-CentralAdministrationSite), then install the role at
    the CAS (Add-ScpRole -SiteCode <CAS>). The expansion is refused while
    the role is still on the primary.

  On a server of its own
    The role can live on the site server or on another server of the
    top-tier site. A remote server needs a Site System Installation
    Account: the distribution manager (SMS_DISTRIBUTION_MANAGER) on the site
    server uses it to copy downloaded updates from the SCP host. Without
    one, Add-ScpRole warns, each transfer fails with an Error status
    message, and the update never becomes ready to install. Set the account
    with Add-ScpRole -InstallationAccount or Set-SiteSystem; the next
    transfer then succeeds.

  Modes
    The role runs online (it checks the cloud for updates every 24 hours
    and downloads what applies) or offline (it never contacts the cloud; the
    Service Connection Tool carries data both ways). A change of mode takes
    effect only when SMS_DMP_DOWNLOADER next starts. Adding an Intune
    subscription forces online mode. See about_ScpModes.

  Internet access
    The SCP host, and every firewall between it and the internet, must let
    it reach these locations on TCP port 443. A web proxy is supported, with
    or without authentication (Set-ScpProxy).

      Updates and servicing    *.akamaiedge.net, *.manage.microsoft.com,
                               go.microsoft.com, blob.core.windows.net,
                               download.microsoft.com,
                               sccmconnected-a01.cloudapp.net
      Microsoft Intune         *manage.microsoft.com,
                               https://bspmts.mp.microsoft.com/V,
                               https://login.microsoftonline.com/{TenantID}
                               (only with an Intune subscription)
      Windows 10 servicing     download.microsoft.com,
                               https://go.microsoft.com/fwlink/?LinkID=619849

    Test-ScpConnectivity tests them one by one. When an update check or a
    download cannot connect, SMS_SERVICE_CONNECTOR writes status message
    11488 (Error), dmpdownloader.log records the failure, and the component
    status summarizer turns SMS_SERVICE_CONNECTOR Warning, then Critical.

  Usage data levels
    Set-ScpUsageDataLevel chooses how much the usage data holds:
      Basic      what is needed to choose applicable updates and to improve
                 setup and upgrades.
      Enhanced   Basic, plus how features are used and client settings data.
                 This is the level after setup, and the one recommended.
      Full       Enhanced, plus update compliance, Endpoint Protection and
                 software update data.
    No level carries site codes, names of sites, users or computers, or
    network addresses.

EXAMPLES
    See where the role is and how it runs:

        Get-ScpStatus
        Get-SiteSystem | Where-Object { $_.Roles -contains 'SMS Dmp Connector' }

    Move the role to its own server, with the account it needs:

        Remove-ScpRole -Force
        Add-ScpRole -ServerName SCP01.contoso.com -InstallationAccount CONTOSO\\svc-cm-install

    Find out why updates stopped arriving:

        Test-ScpConnectivity | Where-Object { -not $_.Reachable }
        Get-StatusMessage -Component SMS_SERVICE_CONNECTOR -MessageId 11488
        Get-SiteLog dmpdownloader.log -Tail 20

SEE ALSO
    about_ScpModes
    about_SimClock
    Get-ScpStatus
    Add-ScpRole
    Remove-ScpRole
    Test-ScpConnectivity
    Set-ScpUsageDataLevel
`;
