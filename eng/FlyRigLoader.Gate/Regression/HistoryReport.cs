using System.Globalization;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.History;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Regression;

/// <summary>The history check as the JSON's typed details, which <see cref="HistorySection"/> renders as Markdown (pure).</summary>
internal static class HistoryReport
{
    /// <summary>Each benchmark judged against the rest of its run's suite.</summary>
    public const string SuiteRelative = "suite-relative";

    /// <summary>Too few benchmarks to normalize: times judged as measured.</summary>
    public const string AsMeasured = "as measured";

    /// <summary>The rule in words, written into the JSON.</summary>
    public const string Rule =
        "Each benchmark's run median is first divided by its run's suite level (the median, over the other benchmarks measured in at least two runs, of how far each "
        + "sat from its own typical level; at least 4 of them, else times stay as measured), so a host that changed between runs is not read as a step in every "
        + "benchmark; the suite's level is judged on its own (steps, and creep capped at CREEP_SUSPECTED: host or code). "
        + "CREEP = current median / anchor median >= 1 + fail_threshold AND the lower end of its 95% interval > 1 (interval: both runs' within-run noise plus twice "
        + "the history's between-run noise, the robust spread of successive log-median differences, at least 1%); reaching the threshold with an interval that "
        + "includes 1 = CREEP_SUSPECTED; CREEP also needs the run before the current one (after the anchor) past the threshold, else CREEP_SUSPECTED; warns unless --fail-on-creep. Change points: E-divisive means on log medians, permutation test (199 permutations, alpha 0.01), "
        + "at least 5 runs per segment";

    /// <summary>The verdict's name as printed and written.</summary>
    public static string Name(CreepStatus status) => status switch
    {
        CreepStatus.Creep => HistorySection.Creep,
        CreepStatus.CreepSuspected => HistorySection.CreepSuspected,
        _ => HistorySection.NoCreep,
    };

    /// <summary>The anchor as people name it: its label, else its commit, else its run id.</summary>
    public static string AnchorName(HistoryAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return HistorySection.AnchorName(anchor.Label, anchor.Sha, anchor.RunId);
    }

    /// <summary>The typed JSON of the history check.</summary>
    public static HistoryDetails Details(HistoryAnalysis history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new HistoryDetails
        {
            Path = history.Path,
            Used = history.Used,
            Note = history.Note,
            Rule = Rule,
            Threshold = history.Threshold,
            FailOnCreep = history.FailOnCreep,
            Runs = history.Runs,
            Normalization = history.Used ? (history.Normalized ? SuiteRelative : AsMeasured) : null,
            Suite = history.Suite is { } suite ? new SuiteHistoryDetails
            {
                Creep = Name(suite.Creep.Status), Ratio = suite.Creep.Ratio, RatioCi = [suite.Creep.Lower, suite.Creep.Upper], RunNoise = suite.Creep.RunNoise,
                RunIds = suite.RunIds, Levels = suite.Levels,
                ChangePoints = [.. suite.Steps.Select(s => new StepDetails
                {
                    Index = s.Index, BeforeRunId = s.BeforeRunId, BeforeSha = s.BeforeSha, AfterRunId = s.AfterRunId, AfterSha = s.AfterSha,
                    AfterDate = Iso(s.AfterDate), Ratio = s.Ratio, PValue = s.PValue,
                })],
            } : null,
            Anchor = history.Anchor is { } a ? new HistoryAnchorDetails
            {
                RunId = a.RunId, Sha = a.Sha, Label = a.Label, Date = Iso(a.Date), Pinned = a.Pinned, ChosenBy = a.ChosenBy,
            } : null,
            Benchmarks = [.. history.Benchmarks.Select(b => new HistoryBenchmarkDetails
            {
                FullName = b.FullName, Runs = b.Runs, Creep = b.Creep is { } c ? Name(c.Status) : null, Ratio = b.Creep?.Ratio, MeasuredRatio = b.MeasuredRatio,
                RatioCi = b.Creep is { } ci ? [ci.Lower, ci.Upper] : null, RunNoise = b.Creep?.RunNoise,
                AnchorMedianNs = b.AnchorMedianNs, CurrentMedianNs = b.CurrentMedianNs,
                ChangePoints = [.. b.Steps.Select(s => new ChangePointDetails
                {
                    Index = s.Index, BeforeRunId = s.BeforeRunId, BeforeSha = s.BeforeSha, AfterRunId = s.AfterRunId, AfterSha = s.AfterSha,
                    AfterDate = Iso(s.AfterDate), Ratio = s.Ratio, MeasuredRatio = s.MeasuredRatio, MedianBeforeNs = s.MedianBeforeNs, MedianAfterNs = s.MedianAfterNs, PValue = s.PValue,
                })],
            })],
        };
    }

    private static string Iso(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
