namespace FlyRigLoader.Gate.Tests.Infra;

/// <summary>
/// A fact that some operating systems cannot run, for the reason given. Elsewhere it is reported skipped with that reason
/// (the Test target prints every skip reason) rather than passing without running; README's "Platforms" table lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OsFactAttribute : FactAttribute
{
    /// <summary>Runs on <paramref name="families"/> (Linux, macOS, Windows); skipped elsewhere because of <paramref name="reason"/>.</summary>
    public OsFactAttribute(string reason, params string[] families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var here = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : OperatingSystem.IsWindows() ? "Windows" : "Other";
        if (!families.Contains(here, StringComparer.Ordinal))
        {
            Skip = $"runs on {string.Join(", ", families)} only: {reason}";
        }
    }
}
