using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>One real run of the bootstrapper (build.sh, or build.ps1 on Windows) from the repository root, and the run report it added to artifacts/reports.</summary>
internal sealed record BuildRun(ProcessOutput Output, BenchmarkReport? Report)
{
    public static string Reports => Path.Combine(RepoRoot.Path, "artifacts", "reports");

    /// <summary>Runs the bootstrapper (<see cref="Bootstrapper"/>) with <paramref name="args"/>; <see cref="Report"/> is the single new report, or null when none or several appeared.</summary>
    public static BuildRun Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var before = Directory.Exists(Reports) ? Directory.GetFiles(Reports, "benchmark-report-*.json").ToHashSet(StringComparer.Ordinal) : [];
        var output = ChildProcess.Capture(Bootstrapper.Command(args, RepoRoot.Path) with { Environment = environment ?? new Dictionary<string, string?>() }, TimeSpan.FromMinutes(12));
        var created = Directory.Exists(Reports) ? Directory.GetFiles(Reports, "benchmark-report-*.json").Where(f => !before.Contains(f)).ToList() : [];
        return new BuildRun(output, created.Count == 1 ? BenchmarkReportReader.Read(created[0]) : null);
    }

    /// <summary>Everything the run printed, for assertion messages.</summary>
    public string Log => $"exit {Output.ExitCode}\n{Output.Combined}";
}
