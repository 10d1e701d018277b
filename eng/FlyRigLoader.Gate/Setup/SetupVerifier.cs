using System.Globalization;

namespace FlyRigLoader.Gate.Setup;

/// <summary>Decides, from gathered facts, whether this machine can build, test and benchmark the repo.</summary>
public static class SetupVerifier
{
    /// <summary>The checks in a fixed order; any failed check fails VerifySetup.</summary>
    public static IReadOnlyList<SetupCheck> Evaluate(SetupFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var checks = new List<SetupCheck> { Sdk(facts) };
        foreach (var (tool, pinned) in facts.PinnedTools.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var installed = facts.InstalledTools.GetValueOrDefault(tool);
            checks.Add(installed == pinned
                ? new SetupCheck($"tool {tool}", true, pinned)
                : new SetupCheck($"tool {tool}", false, $"pinned {pinned}, found {installed ?? "nothing"}; run 'dotnet tool restore'"));
        }

        checks.Add(facts.RestoreExitCode == 0
            ? new SetupCheck("restore", true, "dotnet restore succeeded")
            : new SetupCheck("restore", false, $"dotnet restore exited {facts.RestoreExitCode.ToString(CultureInfo.InvariantCulture)}: {facts.RestoreError}"));
        checks.Add(facts.GitVersion is { Length: > 0 } git
            ? new SetupCheck("git", true, git.Trim())
            : new SetupCheck("git", false, "git not found on PATH; install git (baselines and run ids need it)"));
        checks.Add(facts.ArtifactsWritable
            ? new SetupCheck("artifacts", true, "writable")
            : new SetupCheck("artifacts", false, $"cannot write under artifacts/: {facts.ArtifactsError}"));
        checks.Add(new SetupCheck(
            "free disk",
            facts.FreeDiskBytes >= facts.RequiredFreeDiskBytes,
            string.Create(CultureInfo.InvariantCulture, $"{facts.FreeDiskBytes / 1e9:F1} GB free (need {facts.RequiredFreeDiskBytes / 1e9:F1} GB)")));
        return checks;
    }

    /// <summary>One line per check, ✓ or ✗, name and detail in aligned columns.</summary>
    public static string Render(IReadOnlyList<SetupCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var width = checks.Max(c => c.Name.Length) + 2;
        return string.Join('\n', checks.Select(c => $"{(c.Passed ? "✓" : "✗")} {c.Name.PadRight(width)}{c.Detail}"));
    }

    private static SetupCheck Sdk(SetupFacts facts)
    {
        if (facts.SdkVersion is null)
        {
            return new SetupCheck(".NET SDK", false, "dotnet --version did not answer; install the .NET SDK");
        }

        var major = facts.SdkVersion.Split('.')[0];
        return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m >= facts.RequiredSdkMajor
            ? new SetupCheck(".NET SDK", true, facts.SdkVersion.Trim())
            : new SetupCheck(".NET SDK", false, string.Create(CultureInfo.InvariantCulture, $"found {facts.SdkVersion.Trim()}, need {facts.RequiredSdkMajor}.x or newer"));
    }
}
