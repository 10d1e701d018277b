using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Infra;

/// <summary>Runs the real bootstrapper (build.sh / build.ps1) and reads the Cake script's task names.</summary>
internal static partial class BuildScript
{
    /// <summary>Public targets declared in build/*.cake (names not starting with "__").</summary>
    public static IReadOnlyList<string> PublicTargets() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "build"), "*.cake")
            .SelectMany(f => TaskName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(n => !n.StartsWith("__", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Runs the Cake script directly (the gate is already built by the test build), with the script cache on.</summary>
    public static ProcessOutput Cake(params string[] args) =>
        ChildProcess.Capture(
            new CommandLine("dotnet", ["cake", Path.Combine(RepoRoot.Path, "build", "build.cake"), .. args], RepoRoot.Path)
            {
                Environment = new Dictionary<string, string?>
                {
                    ["CAKE_SETTINGS_ENABLESCRIPTCACHE"] = "true",
                    ["CAKE_PATHS_CACHE"] = Path.Combine(RepoRoot.Path, "artifacts", "cake", "cache", GateKey()),
                },
            },
            TimeSpan.FromMinutes(5));

    /// <summary>
    /// The bootstrappers' script-cache folder name: 16 hex digits of the SHA-256 of the gate's assemblies, in ordinal name
    /// order, so a script compiled against another build of the gate is never reused.
    /// </summary>
    public static string GateKey()
    {
        var bin = Path.Combine(RepoRoot.Path, "artifacts", "bin", "FlyRigLoader.Gate", "release");
        var names = Directory.GetFiles(bin, "FlyRigLoader.Gate*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        using var all = new MemoryStream();
        foreach (var name in names)
        {
            var bytes = File.ReadAllBytes(Path.Combine(bin, name!));
            all.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(all.ToArray()))[..16];
    }

    public static ProcessOutput Bash(params string[] args) =>
        ChildProcess.Capture(new CommandLine(Shell.Bash, [Path.Combine(RepoRoot.Path, "build.sh"), .. args], Path.GetTempPath()), TimeSpan.FromMinutes(5));

    public static ProcessOutput PowerShell(params string[] args) =>
        ChildProcess.Capture(new CommandLine("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(RepoRoot.Path, "build.ps1"), .. args], RepoRoot.Path), TimeSpan.FromMinutes(5));

    [GeneratedRegex("""Task\("([A-Za-z_][A-Za-z0-9_-]*)"\)""")]
    private static partial Regex TaskName();
}
