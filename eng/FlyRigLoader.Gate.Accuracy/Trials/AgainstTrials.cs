using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>
/// A/B trials: the shipped build (A) and a flavour (B) measured side by side by the executor <c>--against</c> uses
/// (interleaved in one process by default, <c>ab_launches</c> launches), judged with the paired rule.
/// </summary>
/// <param name="paths">The repository's paths.</param>
/// <param name="options">Profile, categories and filter.</param>
/// <param name="echo">Where trial logs are echoed, or null.</param>
internal sealed class AgainstTrials(BuildPaths paths, BuildOptions options, TextWriter? echo)
{
    /// <summary>Measures <paramref name="a"/> against <paramref name="b"/> once, into <paramref name="folder"/>.</summary>
    public TrialResult Run(string a, string b, string what, string folder)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(folder);
        var started = DateTimeOffset.UtcNow;
        var load = LoadAverage.Now();
        var clock = Stopwatch.StartNew();
        using var log = new TrialLog(Path.Combine(folder, "trial.log"), echo);
        try
        {
            var (code, analysis) = RegressionGate.AgainstBuilds(
                new BenchmarkExecutable(a, "A"), new BenchmarkExecutable(b, "B"), what, SuiteTrials.RunOptions(options), paths with { RunOutputs = folder }, log.Writer, log.Writer);
            var runId = Directory.Exists(Path.Combine(folder, "statistical-analysis"))
                ? Directory.GetFiles(Path.Combine(folder, "statistical-analysis"), "regression-analysis-*.json").Select(f => Path.GetFileNameWithoutExtension(f)["regression-analysis-".Length..]).FirstOrDefault()
                : null;
            return analysis is null || code == ExitCodes.Error
                ? new TrialResult(runId, started, clock.Elapsed.TotalSeconds, code, load, LoadAverage.Now(), null, null,
                    string.Create(CultureInfo.InvariantCulture, $"the A/B check failed (exit {code}; log {log.Path})"))
                : new TrialResult(runId, started, clock.Elapsed.TotalSeconds, code, load, LoadAverage.Now(), VerdictReader.From(analysis, []), null, null);
        }
        catch (GateInputException e)
        {
            return new TrialResult(null, started, clock.Elapsed.TotalSeconds, null, load, LoadAverage.Now(), null, null, $"{e.Message} (log {log.Path})");
        }
    }
}
