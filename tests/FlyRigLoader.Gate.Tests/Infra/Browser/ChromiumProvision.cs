namespace FlyRigLoader.Gate.Tests.Infra.Browser;

/// <summary>The outcome of provisioning, once per test run.</summary>
/// <param name="ExecutablePath">The browser to launch, or null when it is unavailable.</param>
/// <param name="UnavailableReason">Why browser tests skip (null when the browser is there).</param>
/// <param name="Installed">This run installed the package.</param>
/// <param name="RunsAsRoot">Chromium refuses its sandbox as root, so the launcher adds <c>--no-sandbox</c> then.</param>
/// <param name="Elapsed">Time spent probing and installing.</param>
/// <param name="Log">What was probed, run and found, one line each.</param>
public sealed record ChromiumProvision(string? ExecutablePath, string? UnavailableReason, bool Installed, bool RunsAsRoot, TimeSpan Elapsed, IReadOnlyList<string> Log)
{
    /// <summary>The browser can be launched.</summary>
    public bool Available => ExecutablePath is not null;

    /// <summary>The log as one block, for test output.</summary>
    public string Describe() => string.Join('\n', Log);
}
