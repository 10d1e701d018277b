using System.Globalization;
using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Accuracy.Spread;
using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Contracts.Accuracy;

namespace FlyRigLoader.Gate.Accuracy.Run;

/// <summary>Assembles the gate-accuracy report from what the run collected (pure).</summary>
internal static class AccuracyReportBuilder
{
    /// <summary>The report as of now: every experiment of the plan, scored over the trials planned.</summary>
    public static GateAccuracyReport Build(
        AccuracyPlan plan, string runId, DateTimeOffset started, DateTimeOffset now, double wallSeconds, AccuracyMachine machine, AccuracyBaseline? baseline,
        IReadOnlyDictionary<ExperimentKind, Flavour> flavours, IReadOnlyDictionary<ExperimentKind, List<ExperimentTrial>> trials,
        IReadOnlyList<IReadOnlyDictionary<string, double>> spreadMedians, IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(flavours);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(spreadMedians);
        var spread = plan.Has(ExperimentKind.Spread) ? SpreadCalculator.Compute(spreadMedians) : null;
        var experiments = plan.Experiments.Select(e =>
        {
            var done = trials.TryGetValue(e.Kind, out var list) ? (IReadOnlyList<ExperimentTrial>)list : [];
            var planned = e.Trials(plan.Trials);
            var scores = e.Kind == ExperimentKind.Spread ? [SpreadCalculator.Score(spread!)] : ExperimentScorer.Score(e.Kind, done, planned, plan.Options.Confirm);
            var flavour = flavours.TryGetValue(e.Kind, out var f) ? $"{f.Name} {f.Spec.Describe()}{(f.MethodFullName is { } m ? " on " + m : "")} ({f.Hash[..12]})" : null;
            return new AccuracyExperiment(e.Name, e.Description, flavour, planned, done, scores);
        }).ToList();
        var settings = new AccuracySettings(
            plan.Options.EffectiveProfile, plan.Options.Filter, plan.Options.Categories, plan.Trials, plan.BaselineRuns, plan.Target, [.. plan.Experiments.Select(e => e.Name)], plan.Options.RequireBars, plan.Options.Confirm);
        return new GateAccuracyReport(
            GateAccuracyReport.CurrentSchemaVersion, runId, Iso(started), Iso(now), Math.Round(wallSeconds, 1), machine, settings, baseline, experiments, spread, [.. errors]);
    }

    /// <summary>A trial's record.</summary>
    public static ExperimentTrial Trial(int index, TrialResult result, IReadOnlyDictionary<string, string> outcomes, IReadOnlyList<string> quietRunIds)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ExperimentTrial(
            index, result.RunId, Iso(result.Started), Math.Round(result.Seconds, 1), result.ExitCode, result.LoadAverageStart, result.LoadAverageEnd,
            result.Verdicts, outcomes, quietRunIds, result.Error, result.Confirmed, result.ConfirmedMethods, result.TargetResolution,
            result.Run?.LaunchSpread);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
