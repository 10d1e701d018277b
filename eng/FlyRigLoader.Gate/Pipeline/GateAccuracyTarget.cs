using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// Entry point of the Cake target <c>GateAccuracy</c>: builds the accuracy tool and runs its <c>gate-accuracy</c> command
/// with the options already validated here. The tool is a process of its own because it rewrites benchmarks with a
/// Roslyn of its own, which must not meet the one Cake's script host runs on.
/// </summary>
public static class GateAccuracyTarget
{
    /// <summary>Runs the experiments; returns 0 when they ran, 1 when a bar was missed with <c>--require-bars</c>, 2 on bad input or infrastructure failure.</summary>
    public static int Run(BuildOptions options, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (ToolBuild.Ensure(paths.AccuracyProject, paths.AccuracyTool, paths.Root, "accuracy tool") is { } problem)
        {
            error.WriteLine("error: " + problem);
            return ExitCodes.Error;
        }

        var command = new CommandLine("dotnet", [paths.AccuracyTool, "gate-accuracy", "--root=" + paths.Root, .. Arguments(options)], paths.Root);
        output.WriteLine("GateAccuracy: " + command);
        var code = ChildProcess.Run(command);
        if (code is ExitCodes.Ok or ExitCodes.GateFailed or ExitCodes.Error)
        {
            return code;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: the accuracy tool ended with exit code {code}; failing closed (exit 2)"));
        return ExitCodes.Error;
    }

    /// <summary>The options the tool gets, in the build's own <c>--name=value</c> form (pure).</summary>
    internal static IReadOnlyList<string> Arguments(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var args = new List<string>
        {
            "--profile=" + options.EffectiveProfile,
            "--trials=" + options.Trials.ToString(CultureInfo.InvariantCulture),
            "--baseline-runs=" + options.BaselineRuns.ToString(CultureInfo.InvariantCulture),
        };
        if (options.Experiments.Count > 0)
        {
            args.Add("--experiments=" + string.Join(',', options.Experiments));
        }

        if (options.TargetBenchmark is { } target)
        {
            args.Add("--target-benchmark=" + target);
        }

        if (options.Filter is { } filter)
        {
            args.Add("--filter=" + filter);
        }

        if (options.Categories.Count > 0)
        {
            args.Add("--category=" + string.Join(',', options.Categories));
        }

        if (options.RequireBars)
        {
            args.Add("--require-bars");
        }

        if (options.Confirm)
        {
            args.Add("--confirm");
        }

        if (options.AllowUnsettled)
        {
            args.Add("--allow-unsettled");
        }

        if (options.Verbose)
        {
            args.Add("--verbose");
        }

        return args;
    }
}
