using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Combines repeated runs of the same build (confirmation re-runs, A/B rounds) into one pooled run (pure).</summary>
internal static class RunPooling
{
    /// <summary>
    /// Pools the samples of every run per benchmark; allocation is the median over runs (it is per-operation and
    /// nearly deterministic, so pooling must not add runs up). Returns the run and how many processes each benchmark
    /// pooled: a run that already pooled L launches counts L, and its launch medians stay beside the others' medians.
    /// </summary>
    public static (MeasuredRun Run, IReadOnlyDictionary<string, int> Counts) Pool(MeasuredRun first, IReadOnlyList<MeasuredRun> more)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(more);
        var all = more.Prepend(first).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var pooled = first.Benchmarks.Select(b =>
        {
            var same = all.SelectMany(r => r.Benchmarks.Where(x => x.FullName == b.FullName)).ToList();
            counts[b.FullName] = same.Sum(x => x.Processes);
            var allocations = same.Where(x => x.AllocatedBytesPerOp is not null).Select(x => x.AllocatedBytesPerOp!.Value).ToList();
            return b with
            {
                SamplesNs = same.SelectMany(x => x.SamplesNs).ToList(),
                AllocatedBytesPerOp = allocations.Count == 0 ? null : RobustStatistics.Median(allocations),
                LaunchMediansNs = same.SelectMany(x => x.ProcessMediansNs).ToList(),
            };
        }).ToList();
        var failed = all.SelectMany(r => r.Failed).Distinct(StringComparer.Ordinal).ToList();
        return (first with { Benchmarks = pooled, Failed = failed, Complete = all.All(r => r.Complete) }, counts);
    }

    /// <summary>
    /// Joins the runs of one build that each measured different benchmarks (an A/B round runs one method per process)
    /// into one run; provenance and environment come from the first.
    /// </summary>
    public static MeasuredRun Concat(IReadOnlyList<MeasuredRun> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("nothing to join", nameof(parts));
        }

        return parts[0] with
        {
            Benchmarks = parts.SelectMany(p => p.Benchmarks).ToList(),
            Failed = parts.SelectMany(p => p.Failed).Distinct(StringComparer.Ordinal).ToList(),
            Complete = parts.All(p => p.Complete),
            DirtyTree = parts.Any(p => p.DirtyTree),
        };
    }

    /// <summary>Several runs of the baseline build as a baseline file with one accepted run per round.</summary>
    public static BaselineFile AsBaseline(IReadOnlyList<MeasuredRun> runs, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new BaselineFile(fingerprint, runs.Count > 0 ? runs[0].EnvironmentName ?? "unknown" : "unknown", Math.Max(1, runs.Count),
            runs.Select(r => new BaselineRun(r.Provenance, r.CalibrationNs, r.Benchmarks, r.Job)).ToList());
    }

    /// <summary>Order of sides in round <paramref name="round"/> (0-based): A B, then B A, … so neither side always runs first.</summary>
    public static IReadOnlyList<char> RoundOrder(int round) => round % 2 == 0 ? ['A', 'B'] : ['B', 'A'];
}
