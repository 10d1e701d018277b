using System.Collections;
using FlyRigLoader.Gate.Accuracy.Run;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.CommandLine;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Accuracy.Cli;

/// <summary>
/// <c>gate-accuracy --root=&lt;repo&gt; [--trials=N] [--experiments=a,b] [--profile=…] [--target-benchmark=glob] [--baseline-runs=K]
/// [--filter=glob] [--category=…] [--require-bars] [--confirm] [--allow-unsettled] [--verbose]</c>: what <c>./build.sh --target=GateAccuracy</c> runs.
/// Exit 0 when the experiments ran, 1 when a bar was missed with <c>--require-bars</c>, 2 on bad input or an
/// infrastructure failure.
/// </summary>
internal static class GateAccuracyCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "gate-accuracy";

    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: gate-accuracy --root=<repository> [--trials=10] [--experiments=spread,aa,inject125,inject110,alloc,neighbour,against-aa,against110|all]\n" +
        "       [--profile=default|smoke|large] [--target-benchmark=<full-name glob>] [--baseline-runs=5] [--filter=<glob>] [--category=<list>] [--require-bars] [--confirm] [--allow-unsettled] [--verbose]";

    /// <summary>Runs the command with the arguments after its name.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Plan(args, error) is not { } planned)
        {
            error.WriteLine(Usage);
            return ExitCodes.Error;
        }

        return new AccuracyRunner(planned.Plan, planned.Paths, Path.Combine(AppContext.BaseDirectory, "FlyRigLoader.Gate.Accuracy.dll"), output).Execute();
    }

    /// <summary>The plan and paths for <paramref name="args"/>, or null after printing every problem (nothing runs).</summary>
    public static (AccuracyPlan Plan, BuildPaths Paths)? Plan(IReadOnlyList<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var (tokens, problem) = OptionTokens.Read(args);
        if (tokens is null)
        {
            error.WriteLine("error: " + problem);
            return null;
        }

        var root = tokens.TryGetValue("root", out var r) && r.Count > 0 ? r[^1] : null;
        if (string.IsNullOrWhiteSpace(root) || !File.Exists(Path.Combine(root, "FlyRigLoader.sln")))
        {
            error.WriteLine($"error: --root={root} is not the repository root (no FlyRigLoader.sln there)");
            return null;
        }

        var environment = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        var parsed = OptionParser.Parse(tokens.Where(t => !string.Equals(t.Key, "root", StringComparison.OrdinalIgnoreCase)).ToDictionary(t => t.Key, t => t.Value), environment);
        if (!parsed.IsValid)
        {
            parsed.Errors.ToList().ForEach(e => error.WriteLine("error: " + e));
            return null;
        }

        try
        {
            return (AccuracyPlan.From(parsed.Options!), new BuildPaths(Path.GetFullPath(root)));
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return null;
        }
    }
}
