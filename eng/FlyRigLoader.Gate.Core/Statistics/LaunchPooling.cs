using System.Globalization;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Core.Statistics;

/// <summary>Joins the results of the suite's launches (fresh processes of one run) into one result per case (pure).</summary>
public static class LaunchPooling
{
    /// <summary>
    /// One result per case, in the order cases first appear: the samples of every launch that measured it, in launch
    /// order (statistics are then computed over all of them, as over one process's), each such launch's median, and the
    /// median allocation over those launches (bytes/op are per operation and nearly deterministic, so they are not added
    /// up), the worst process memory of those launches (a memory limit holds only if every process kept it), and each launch's
    /// thread time beside its median. A case that failed in any launch is failed, naming the launch: the run fails closed.
    /// </summary>
    /// <param name="launches">The cases each launch read from BenchmarkDotNet, in launch order.</param>
    public static IReadOnlyList<BenchmarkResult> Pool(IReadOnlyList<IReadOnlyList<BenchmarkResult>> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        var names = launches.SelectMany(l => l.Select(r => r.FullName)).Distinct(StringComparer.Ordinal).ToList();
        var byLaunch = launches
            .Select(l => l.GroupBy(r => r.FullName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))
            .ToList();
        return names.Select(name =>
        {
            var present = byLaunch.Select((cases, index) => (Index: index, Result: cases.GetValueOrDefault(name))).Where(x => x.Result is not null).ToList();
            var first = present[0].Result!;
            var measured = present.Where(x => x.Result!.Success).Select(x => x.Result!).ToList();
            var failure = present.FirstOrDefault(x => !x.Result!.Success);
            var allocations = measured.Where(r => r.AllocatedBytesPerOp is not null).Select(r => r.AllocatedBytesPerOp!.Value).ToList();
            string? error = failure.Result is null ? null
                : launches.Count == 1 ? failure.Result.Error
                : string.Create(CultureInfo.InvariantCulture, $"launch {failure.Index + 1} of {launches.Count}: {failure.Result.Error}");
            return first with
            {
                SamplesNs = measured.SelectMany(r => r.SamplesNs).ToList(),
                AllocatedBytesPerOp = allocations.Count > 0 ? RobustStatistics.Median(allocations) : failure.Result?.AllocatedBytesPerOp,
                Success = failure.Result is null && measured.Count > 0,
                Error = error,
                LaunchMediansNs = measured.Select(r => RobustStatistics.Median(r.SamplesNs)).ToList(),
                ProcessMemory = ProcessMemoryUse.Worst(measured.Select(r => r.ProcessMemory)),
                LaunchThreadTimes = measured.Any(r => r.LaunchThreadTimes is { Count: > 0 })
                    ? measured.Select(r => r.LaunchThreadTimes is [var single] ? single : null).ToList()
                    : null,
            };
        }).ToList();
    }
}
