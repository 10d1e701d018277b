using System.Collections.Concurrent;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Testing;

/// <summary>Runs every test project, sums their TRX results and decides the Test target's exit code.</summary>
public static class TestSuite
{
    /// <summary>
    /// Test projects running at once. Two keeps a 2-core machine busy while one project waits on a single-threaded
    /// benchmark run; the tests that must not overlap across projects (real runs) hold a lock of their own.
    /// </summary>
    public const int ProjectsAtOnce = 2;

    /// <summary>
    /// Exit code for a finished run: 1 when any project failed or any test failed, 2 when nothing ran at all
    /// (an empty run must never look green), otherwise 0.
    /// </summary>
    public static int Decide(IReadOnlyList<int> projectExitCodes, TestTotals totals)
    {
        ArgumentNullException.ThrowIfNull(projectExitCodes);
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Total == 0)
        {
            return ExitCodes.Error;
        }

        return projectExitCodes.Any(c => c != 0) || totals.Failed > 0 ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    /// <summary>Runs the tests of every project under tests/ (already built) and prints the closing line.</summary>
    public static int Run(BuildPaths paths, BuildOptions options, bool coverage, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        // Results of an earlier run would be counted (and covered) again.
        if (Directory.Exists(paths.TestResults))
        {
            Directory.Delete(paths.TestResults, recursive: true);
        }

        var projects = LargestFirst(DotNetCommands.TestProjects(paths).Select(p => (p, SourceBytes(p))).ToList());
        var codes = new ConcurrentBag<int>();
        // NoBuffering: each worker takes the next project only when it is free, so the order below is the start order.
        Parallel.ForEach(
            Partitioner.Create(projects, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = ProjectsAtOnce },
            p => codes.Add(ChildProcess.Run(DotNetCommands.Test(paths, options, p, coverage))));
        var totals = TrxSummary.ReadFolder(paths.TestResults);
        var exit = Decide([.. codes], totals);
        foreach (var skip in TrxSummary.SkipReasons(paths.TestResults))
        {
            output.WriteLine("Test: " + skip);
        }

        output.WriteLine(exit == ExitCodes.Error ? "Test: no test ran (no TRX results found); failing closed." : $"Test: {totals.ClosingLine}");
        return exit;
    }

    /// <summary>
    /// Start order: largest test sources first (a stable stand-in for the longest run, which should start first so the
    /// small projects fill the other worker beside it), ties in ordinal order.
    /// </summary>
    internal static IReadOnlyList<string> LargestFirst(IReadOnlyList<(string Project, long SourceBytes)> projects) =>
        [.. projects.OrderByDescending(p => p.SourceBytes).ThenBy(p => p.Project, StringComparer.Ordinal).Select(p => p.Project)];

    private static long SourceBytes(string project) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
