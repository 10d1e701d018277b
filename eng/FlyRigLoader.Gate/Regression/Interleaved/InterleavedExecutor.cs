using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Interleaving;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>
/// Runs <c>eng/FlyRigLoader.Interleaving</c> on two builds of the suite, <see cref="GateConfig.AbLaunches"/> times, and
/// reads the results. Several launches because a process's copy of a build keeps its own speed for its whole life (its
/// JIT-compiled code and heap layout): measured here, one copy of the same code ran 19% slower than the other for a whole
/// run, so one launch cannot tell a change from that luck, while the launches' spread can. Both builds read the work
/// tree's generated data (one copy, so file placement cannot differ between them).
/// </summary>
internal static class InterleavedExecutor
{
    /// <summary>
    /// Measures <paramref name="methods"/> of both suites interleaved, once per launch; launch i's result file is
    /// <c>interleaved-result-&lt;i&gt;.json</c> in <paramref name="outputDirectory"/>, numbered from
    /// <paramref name="firstLaunch"/> (a re-measure continues the numbers, so the folder re-judges to the same verdicts).
    /// A measurement from launch 0 first removes older result files there, which would otherwise join a later re-judging.
    /// Returns the cases of every launch.
    /// </summary>
    /// <exception cref="GateInputException">The executor could not be built, failed, or wrote no valid result.</exception>
    public static IReadOnlyList<IReadOnlyList<InterleavedCase>> Run(
        BuildPaths paths, string suiteA, string suiteB, IReadOnlyList<string> methods, string profile, GateConfig config, string outputDirectory, TextWriter output, string runtime,
        int firstLaunch = 0)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(output);
        if (ToolBuild.Ensure(paths.InterleavingProject, paths.InterleavingRunner, paths.Root, "interleaved executor") is { } problem)
        {
            throw new GateInputException(paths.InterleavingProject, problem);
        }

        if (firstLaunch == 0 && Directory.Exists(outputDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(outputDirectory, "interleaved-result-*.json"))
            {
                File.Delete(stale);
            }
        }

        var launches = new List<IReadOnlyList<InterleavedCase>>();
        for (var launch = 0; launch < config.AbLaunches; launch++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interleaved launch {launch + 1}/{config.AbLaunches}"));
            launches.Add(Launch(paths, suiteA, suiteB, methods, profile, config, InterleavedResults.FileOf(outputDirectory, firstLaunch + launch), output, runtime, bFirst: (firstLaunch + launch) % 2 == 1));
        }

        return launches;
    }

    private static IReadOnlyList<InterleavedCase> Launch(
        BuildPaths paths, string suiteA, string suiteB, IReadOnlyList<string> methods, string profile, GateConfig config, string outputFile, TextWriter output, string runtime, bool bFirst)
    {
        var command = new CommandLine("dotnet", Arguments(paths.InterleavingRunner, suiteA, suiteB, methods, config, outputFile, bFirst), paths.Root)
        {
            // The runner measures the suite's code, so it starts with the same runtime settings as the suite's launches.
            Environment = new Dictionary<string, string?>(Options.MeasuringRuntime.Variables(runtime))
            {
                ["FLYRIG_BENCH_DATA"] = paths.BenchmarkData,
                ["FLYRIG_BENCH_PROFILE"] = profile,
            },
        };
        output.WriteLine("interleaved: " + command);
        if (File.Exists(outputFile))
        {
            File.Delete(outputFile);
        }

        var tail = new Queue<string>();
        var outcome = ChildProcess.Stream(command, timeout: null, line =>
        {
            output.WriteLine("  " + line);
            tail.Enqueue(line);
            if (tail.Count > 8)
            {
                tail.Dequeue();
            }
        });
        if (outcome.ExitCode != 0)
        {
            throw new GateInputException(paths.InterleavingRunner, string.Create(CultureInfo.InvariantCulture,
                $"interleaved executor failed (exit {outcome.ExitCode}): {outcome.StartError ?? string.Join(" | ", tail)}"));
        }

        return InterleavedRunFile.ReadCases(outputFile);
    }

    /// <summary>
    /// The executor's command-line arguments after <c>dotnet</c> (pure). Odd launches put B first (<c>--first B</c>): an
    /// asymmetry of the process (which side is loaded and set up first) then flips sign between launches and shows as
    /// launch-to-launch spread, which the paired band counts, instead of a steady ratio it would believe.
    /// </summary>
    internal static List<string> Arguments(string runner, string suiteA, string suiteB, IReadOnlyList<string> methods, GateConfig config, string outputFile, bool bFirst = false)
    {
        var args = new List<string> { runner, "--a", suiteA, "--b", suiteB, "--out", outputFile,
            "--pairs", config.AbPairs.ToString(CultureInfo.InvariantCulture),
            "--batch-ms", config.AbBatchMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--first", bFirst ? "B" : "A" };
        foreach (var method in methods)
        {
            args.AddRange(["--method", method]);
        }

        return args;
    }
}
