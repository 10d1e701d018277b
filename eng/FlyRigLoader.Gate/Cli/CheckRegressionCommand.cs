using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.CommandLine;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Sla;

namespace FlyRigLoader.Gate.Cli;

/// <summary>
/// <c>check-regression --baseline &lt;file|dir&gt; --current &lt;file|dir&gt; [--threshold 0.15]</c>: the regression gate for any
/// BenchmarkDotNet full JSON, outside Cake. <c>--interleaved &lt;dir&gt;</c> instead re-judges the results an
/// <c>--against</c> run left (<c>artifacts/against</c>) without measuring again. Exit 0 pass, 1 regression, 2 invalid or
/// missing input, 3 no verdict (a baseline of another fingerprint or job: INCOMPARABLE; 0 with <c>--accept-no-verdict</c>).
/// Against a baseline it judges the committed history beside it too (CREEP against the anchor, change points) through
/// the same check as Cake's CheckRegression, with the same <c>--anchor</c> and <c>--fail-on-creep</c>.
/// </summary>
public static class CheckRegressionCommand
{
    /// <summary>The command name.</summary>
    public const string Name = "check-regression";

    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: check-regression --current <bdn-json|dir> --baseline <baseline.json|bdn-json|dir> [--threshold 0.15] [--warn-threshold 0.05]\n" +
        "       [--config gate-config.json] [--sla sla-registry.json] [--artifacts <dir>] [--allow-missing-baseline] [--accept-no-verdict] [--ci-mode]\n" +
        "       [--anchor <label|commit prefix>] [--fail-on-creep]   (the history beside the baseline, as Cake's CheckRegression reads it)\n" +
        "   or: check-regression --interleaved <dir with interleaved-result-<launch>.json> [--threshold …] [--config …] [--artifacts <dir>] [--ci-mode]";

    private static readonly string[] ValueOptions = ["current", "baseline", "interleaved", "threshold", "warn-threshold", "config", "sla", "artifacts", "anchor"];
    private static readonly string[] FlagOptions = ["allow-missing-baseline", "accept-no-verdict", "ci-mode", "fail-on-creep"];

    /// <summary>Runs the command with the arguments after its name.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (values, flags, problems) = Parse(args);
        if (values.ContainsKey("current") == values.ContainsKey("interleaved"))
        {
            problems.Add("give --current (with --baseline) or --interleaved, not both");
        }

        double? threshold = null, warn = null;
        foreach (var (name, target) in new[] { ("threshold", 0), ("warn-threshold", 1) })
        {
            if (values.TryGetValue(name, out var text))
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0)
                {
                    problems.Add($"--{name}={text} must be a positive number such as 0.15");
                }
                else if (target == 0)
                {
                    threshold = v;
                }
                else
                {
                    warn = v;
                }
            }
        }

        if (problems.Count > 0)
        {
            problems.ForEach(p => error.WriteLine("error: " + p));
            error.WriteLine(Usage);
            return GateInputException.ExitCode;
        }

        try
        {
            var config = values.TryGetValue("config", out var configPath) ? GateConfigLoader.Load(configPath, optional: false) : new GateConfig();
            config = config.WithThresholds(threshold, warn);
            if (values.TryGetValue("interleaved", out var kept))
            {
                return Interleaved(kept, config, flags.Contains("ci-mode"), values.GetValueOrDefault("artifacts") ?? "artifacts", StepSummaryPath(), output, error);
            }

            var current = MeasuredRunReader.FromBdn(values["current"]);
            var sla = values.TryGetValue("sla", out var registry) ? EvaluateSla(registry, values["current"], config.ReportIntervals) : [];
            var settings = new CheckSettings(
                values.GetValueOrDefault("baseline"), config, flags.Contains("allow-missing-baseline"), flags.Contains("ci-mode"),
                values.GetValueOrDefault("artifacts") ?? "artifacts", StepSummaryPath(), DateTimeOffset.UtcNow, AcceptNoVerdict: flags.Contains("accept-no-verdict"),
                History: new HistorySettings(values.GetValueOrDefault("anchor"), flags.Contains("fail-on-creep")));
            return RegressionCheck.Run(current, sla, settings, output, error);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            return GateInputException.ExitCode;
        }
    }

    // The rounds an --against run measured, judged again with this config.
    private static int Interleaved(string directory, GateConfig config, bool ciMode, string artifacts, string? stepSummaryPath, TextWriter output, TextWriter error)
    {
        var launches = Regression.Interleaved.InterleavedResults.ReadDirectory(directory);
        var now = DateTimeOffset.UtcNow;
        var (a, b) = Regression.Interleaved.LaunchRounds.Split(launches, Regression.Interleaved.LaunchRounds.Template(now, "interleaved A/B results of " + directory));
        var description = string.Create(CultureInfo.InvariantCulture, $"interleaved A/B results in {directory}, {launches.Count} launches as rounds, round effects removed");
        var (current, baseline, rounds) = AbComparison.FromRounds(a, b, description);
        var settings = new CheckSettings(null, config, false, ciMode, artifacts, stepSummaryPath, now, baseline, rounds);
        return RegressionCheck.Run(current, [], settings, output, error);
    }


    /// <summary>The one environment variable this standalone entry point reads (Cake runs read it in build/parameters.cake).</summary>
    private static string? StepSummaryPath() => Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");

    private static List<SlaVerdict> EvaluateSla(string registryPath, string current, IntervalSettings intervals)
    {
        var registry = SlaRegistryLoader.Load(registryPath);
        var cases = MeasuredRunReader.ReadResults(current)
            .Select(r => (r, r.Success ? SampleStatistics.Summarize(r.SamplesNs, intervals) : null)).ToList();
        return SlaEvaluator.Evaluate(registry, cases, null).ToList();
    }

    // The shared tokenizer and wording; value options keep taking the next argument as their value, as the usage writes them.
    private static (Dictionary<string, string> Values, HashSet<string> Flags, List<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var (options, error) = OptionTokens.Read(args, spaced: ValueOptions);
        if (error is not null)
        {
            return (new Dictionary<string, string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), [error]);
        }

        var problems = OptionErrors.Check(options!, ValueOptions, FlagOptions).ToList();
        var values = ValueOptions.Select(n => (Name: n, Value: OptionTokens.Last(options!, n)))
            .Where(o => !string.IsNullOrWhiteSpace(o.Value))
            .ToDictionary(o => o.Name, o => o.Value!, StringComparer.Ordinal);
        var flags = FlagOptions.Where(n => OptionTokens.Flag(options!, n)).ToHashSet(StringComparer.Ordinal);
        return (values, flags, problems);
    }
}
