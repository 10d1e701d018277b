using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Core.Results;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>
/// Managed heap and working set after each leak-check cycle, each with the slope the leak check fitted. Two charts:
/// the heap is a few MB and the working set a hundred, so one axis would flatten the heap, which decides the leak.
/// </summary>
internal static class MemoryChart
{
    /// <summary>The charts, or nothing when the leak check did not run.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Leak is { } leak ? Charts(leak) : [];
    }

    /// <summary>The charts of one leak check (working set only when it was sampled).</summary>
    public static IReadOnlyList<ChartSpec> Charts(LeakCheckResult leak)
    {
        ArgumentNullException.ThrowIfNull(leak);
        var charts = new List<ChartSpec>();
        var verdict = Inv($"{(leak.LeakDetected ? "LEAK DETECTED" : "no leak detected")} ({leak.Rule})");
        if (leak.ManagedHeapMb.Count > 0)
        {
            charts.Add(Chart("memory-managed-heap", "Managed heap over leak-detection cycles", "managed heap", leak.ManagedHeapMb, leak.ManagedSlopeMbPerCycle, 0,
                Inv($"{leak.Cycles} load/unload cycles of {leak.DatasetMb:0.#} MB; fitted managed-heap slope {leak.ManagedSlopeMbPerCycle:+0.0000;-0.0000} MB/cycle (p = {leak.ManagedPValue:0.###}); {verdict}.")));
        }

        if (leak.WorkingSetMb.Count > 0)
        {
            charts.Add(Chart("memory-working-set", "Working set over leak-detection cycles", "working set", leak.WorkingSetMb, leak.WorkingSetSlopeMbPerCycle, 1,
                Inv($"Process working set after each cycle; fitted slope {leak.WorkingSetSlopeMbPerCycle:+0.000;-0.000} MB/cycle.")));
        }

        return charts;
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

    private static ChartSpec Chart(string id, string title, string name, IReadOnlyList<double> ys, double slope, int color, string caption) =>
        new(id, ChartKind.Memory, ChartSections.Memory, null, title, "cycle (count)", name + " (MB)", caption,
            [
                new ChartSeries(name, SeriesStyle.LineWithPoints, Cycles(ys.Count), ys, Color: color),
                Fit(Inv($"fitted slope ({slope:+0.0000;-0.0000} MB/cycle)"), ys, slope, 3),
            ],
            [], [], [], 640, 340);

    private static List<double> Cycles(int n) => Enumerable.Range(1, n).Select(i => (double)i).ToList();

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
