namespace FlyRigLoader.Gate.TestKit;

/// <summary>
/// The bash that runs the repository's shell scripts (lint-workflows.sh, scripts/ci/*.sh, build.sh). On Windows that is Git
/// for Windows' bash: a bare "bash" would be resolved by CreateProcess in System32 first, where a WSL launcher may answer
/// instead, running the script in another OS without the checkout's tools.
/// </summary>
internal static class Shell
{
    /// <summary>The bash executable to start.</summary>
    public static string Bash { get; } = FindBash();

    private static string FindBash()
    {
        if (!OperatingSystem.IsWindows())
        {
            return "bash";
        }

        var gitBash = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "Git", "bin", "bash.exe");
        return File.Exists(gitBash) ? gitBash : "bash";
    }
}
