using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>
/// Runs <c>src/FlyRigLoader.Interleaving</c> on two builds of the suite and reads its result. Both builds read the work
/// tree's generated data (one copy, so file placement cannot differ between them).
/// </summary>
public static class InterleavedExecutor
{
    /// <summary>Measures <paramref name="methods"/> of both suites interleaved; the result file lands in <paramref name="outputFile"/>.</summary>
    /// <exception cref="GateInputException">The executor could not be built, failed, or wrote no valid result.</exception>
    public static IReadOnlyList<InterleavedCase> Run(
        BuildPaths paths, string suiteA, string suiteB, IReadOnlyList<string> methods, string profile, GateConfig config, string outputFile, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(output);
        if (ToolBuild.Ensure(paths.InterleavingProject, paths.InterleavingRunner, paths.Root, "interleaved executor") is { } problem)
        {
            throw new GateInputException(paths.InterleavingProject, problem);
        }

        var command = new CommandLine("dotnet", Arguments(paths.InterleavingRunner, suiteA, suiteB, methods, config, outputFile), paths.Root)
        {
            Environment = new Dictionary<string, string?>
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

        return InterleavedResultReader.Read(outputFile);
    }

    /// <summary>The executor's command-line arguments after <c>dotnet</c> (pure).</summary>
    internal static List<string> Arguments(string runner, string suiteA, string suiteB, IReadOnlyList<string> methods, GateConfig config, string outputFile)
    {
        var args = new List<string> { runner, "--a", suiteA, "--b", suiteB, "--out", outputFile,
            "--pairs", config.AbPairs.ToString(CultureInfo.InvariantCulture),
            "--batch-ms", config.AbBatchMilliseconds.ToString(CultureInfo.InvariantCulture) };
        foreach (var method in methods)
        {
            args.AddRange(["--method", method]);
        }

        return args;
    }
}
