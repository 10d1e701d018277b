using System.Globalization;
using FlyRigLoader.Gate.Core.Interference;

namespace FlyRigLoader.Gate.Reports;

/// <summary>The one-line "Machine during the run" note of the summaries (pure).</summary>
internal static class MachineNote
{
    /// <summary>
    /// E.g. <c>others kept 0.03 cores busy on average; calibration +2% after the launches; no launch disturbed; the
    /// launches agreed by a median sd of log 0.031 over the cases (settled)</c>, or which launch was disturbed and how, or
    /// that the run was unsettled; null without launches.
    /// </summary>
    /// <param name="launches">The run's launches, re-measure launches included.</param>
    /// <param name="logicalCores">The machine's logical cores.</param>
    /// <param name="thresholds">The interference thresholds.</param>
    /// <param name="suiteLaunchSpread">Median over the cases of the sd of their log launch medians in the run's own launches; null with one launch.</param>
    public static string? Describe(IReadOnlyList<LaunchInfo> launches, int logicalCores, InterferenceThresholds thresholds, double? suiteLaunchSpread = null)
    {
        ArgumentNullException.ThrowIfNull(launches);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (launches.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        var known = launches.Where(l => l.ForeignCpuSeconds is not null && l.WallSeconds > 0).ToList();
        if (known.Count == 0)
        {
            parts.Add("no CPU accounting here (Linux only), so only the launches' agreement and the calibration witness interference");
        }
        else
        {
            var wall = known.Sum(l => l.WallSeconds);
            parts.Add(Inv($"others kept {known.Sum(l => l.ForeignCpuSeconds!.Value) / wall:0.00} of {logicalCores} cores busy on average"));
            var steal = known.Where(l => l.StealSeconds is not null).ToList();
            if (steal.Count > 0 && steal.Sum(l => l.StealSeconds!.Value) is var stolen and > 0)
            {
                parts.Add(Inv($"the hypervisor stole {100 * stolen / (steal.Sum(l => l.WallSeconds) * Math.Max(1, logicalCores)):0.0}% of CPU time"));
            }
        }

        var memory = launches.SelectMany(l => new[] { l.MemoryAvailableGbStart, l.MemoryAvailableGbEnd }).OfType<double>().ToList();
        if (memory.Count > 0)
        {
            parts.Add(Inv($"memory available {memory.Min():0.0}-{memory.Max():0.0} GB"));
        }

        if (launches.FirstOrDefault(l => !l.Remeasure && l.CalibrationShift is not null)?.CalibrationShift is { } shift)
        {
            parts.Add(Inv($"calibration {shift * 100:+0;-0;0}% after the launches"));
        }

        var disturbed = launches.Select(l => (Launch: l, Why: InterferenceRule.Disturbance(l.ToLoad(logicalCores), thresholds)))
            .Where(x => x.Why is not null).ToList();
        var unsettled = InterferenceRule.Unsettled(suiteLaunchSpread, thresholds);
        if (disturbed.Count == 0 && unsettled is null)
        {
            parts.Add(launches.Count == 1 ? "the launch was not disturbed" : "no launch disturbed");
        }
        else if (disturbed.Count > 0)
        {
            parts.AddRange(disturbed.GroupBy(d => d.Why!, StringComparer.Ordinal).Select(g =>
            {
                var names = g.Select(d => (d.Launch.Remeasure ? "re-measure launch " : "launch ") + d.Launch.Index.ToString(CultureInfo.InvariantCulture)).ToList();
                return string.Join(", ", names) + " disturbed: " + g.Key;
            }));
        }

        // An unsettled run disturbs every launch, so "no launch disturbed" would contradict it.
        if (unsettled is not null)
        {
            parts.Add(unsettled);
        }
        else if (suiteLaunchSpread is { } spread)
        {
            parts.Add(Inv($"the launches agreed by a median sd of log {spread:0.000} over the cases (settled)"));
        }

        return string.Join("; ", parts);
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
