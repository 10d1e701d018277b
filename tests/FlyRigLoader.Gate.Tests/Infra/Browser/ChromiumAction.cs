namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>What provisioning does about Chromium.</summary>
public enum ChromiumAction
{
    /// <summary>The browser is installed; use it.</summary>
    UseInstalled,

    /// <summary>Install Debian's package with apt-get.</summary>
    Install,

    /// <summary>It cannot be installed here; browser tests skip with the plan's reason.</summary>
    Unavailable,
}
