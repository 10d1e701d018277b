using System.Globalization;
using FlyRigLoader.Gate.Results;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Managed heap and working set after each leak-check cycle, with the slopes the leak check fitted.</summary>
public static class MemoryChart
{
    /// <summary>The chart, or nothing when the leak check did not run.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Leak is { } leak && leak.ManagedHeapMb.Count > 0 ? [Chart(leak)] : [];
    }

    /// <summary>The chart of one leak check.</summary>
    public static ChartSpec Chart(LeakCheckResult leak)
    {
        ArgumentNullException.ThrowIfNull(leak);
        var series = new List<ChartSeries>
        {
            new("managed heap", SeriesStyle.LineWithPoints, Cycles(leak.ManagedHeapMb.Count), leak.ManagedHeapMb, Color: 0),
            Fit(Inv($"managed fit ({leak.ManagedSlopeMbPerCycle:+0.000;-0.000} MB/cycle)"), leak.ManagedHeapMb, leak.ManagedSlopeMbPerCycle, 0),
        };
        if (leak.WorkingSetMb.Count > 0)
        {
            series.Add(new ChartSeries("working set", SeriesStyle.LineWithPoints, Cycles(leak.WorkingSetMb.Count), leak.WorkingSetMb, Color: 1));
            series.Add(Fit(Inv($"working-set fit ({leak.WorkingSetSlopeMbPerCycle:+0.000;-0.000} MB/cycle)"), leak.WorkingSetMb, leak.WorkingSetSlopeMbPerCycle, 1));
        }

        var caption = Inv($"{leak.Cycles} load/unload cycles of {leak.DatasetMb:0.#} MB; managed slope {leak.ManagedSlopeMbPerCycle:0.000} MB/cycle (p = {leak.ManagedPValue:0.###}); {(leak.LeakDetected ? "LEAK DETECTED" : "no leak detected")} ({leak.Rule}).");
        return new ChartSpec("memory-leak-check", ChartKind.Memory, ChartSections.Memory, null, "Memory over leak-detection cycles",
            "cycle (count)", "memory (MB)", caption, series, [], [], [], 800, 360);
    }

    /// <summary>
    /// The fitted line drawn with the check's own slope through the centroid of the points: for a least-squares slope that
    /// is exactly the least-squares line, and the check does not report an intercept.
    /// </summary>
    public static ChartSeries Fit(string name, IReadOnlyList<double> ys, double slope, int color)
    {
        ArgumentNullException.ThrowIfNull(ys);
        var xs = Cycles(ys.Count);
        var meanX = xs.Average();
        var meanY = ys.Average();
        return new ChartSeries(name, SeriesStyle.DashedLine, [xs[0], xs[^1]], [meanY + (slope * (xs[0] - meanX)), meanY + (slope * (xs[^1] - meanX))], Color: color);
    }

    private static List<double> Cycles(int n) => Enumerable.Range(1, n).Select(i => (double)i).ToList();

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
