namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>What the machine offers before provisioning touches it.</summary>
/// <param name="ExecutableExists">Debian's <c>/usr/bin/chromium</c> is already there.</param>
/// <param name="IsLinux">The tests run on Linux (Debian's package is the only browser source we use).</param>
/// <param name="HasAptGet"><c>apt-get</c> is on the PATH.</param>
/// <param name="IsRoot">The test process runs as root (effective uid 0).</param>
/// <param name="PasswordlessSudo"><c>sudo -n true</c> succeeds, so a non-root user may still install.</param>
public sealed record ChromiumFacts(bool ExecutableExists, bool IsLinux, bool HasAptGet, bool IsRoot, bool PasswordlessSudo);
