namespace FlyRigLoader.TestKit;

/// <summary>Which operating system family the tests run on, as <see cref="OsFactAttribute"/> and <see cref="OsTheoryAttribute"/> name them.</summary>
internal static class OsFamily
{
    /// <summary>This machine's family: Linux, macOS, Windows or Other.</summary>
    public static string Here =>
        OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "macOS" : OperatingSystem.IsWindows() ? "Windows" : "Other";

    /// <summary>Null when this machine is one of <paramref name="families"/>, else the skip reason naming them and <paramref name="reason"/>.</summary>
    public static string? SkipUnless(string reason, string[] families)
    {
        ArgumentNullException.ThrowIfNull(families);
        return families.Contains(Here, StringComparer.Ordinal) ? null : $"runs on {string.Join(", ", families)} only: {reason}";
    }
}
