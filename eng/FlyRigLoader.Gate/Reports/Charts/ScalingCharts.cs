using System.Globalization;
using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>Time against the size parameter for each parameterised family, with every sample, the medians and the fitted line.</summary>
internal static class ScalingCharts
{
    /// <summary>Axis text of a size parameter, with its unit.</summary>
    public static string ParameterAxis(string parameter) => parameter switch
    {
        "SizeMb" => "data size (MB)",
        "Rows" => "rows (count)",
        "FileCount" => "files (count)",
        _ => parameter,
    };

    /// <summary>One chart per family the report fitted.</summary>
    public static IReadOnlyList<ChartSpec> Plan(ChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var entries = inputs.Report.AllEntries().Where(e => e.Success).ToList();
        return entries.Select(e => e.ScalingAnalysis).OfType<ScalingFit>().DistinctBy(f => f.Family)
            .Select(f => Chart(f, entries.Where(e => e.ScalingAnalysis?.Family == f.Family).ToList())).ToList();
    }

    /// <summary>The chart of one family; <paramref name="members"/> supply the raw samples.</summary>
    public static ChartSpec Chart(ScalingFit fit, IReadOnlyList<BenchmarkEntry> members)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(members);
        var scale = TimeScale.For(fit.MedianNs);
        var samples = members.SelectMany(e => SizeOf(e, fit.Parameter) is { } size ? e.ExecutionTimes.Select(t => (X: size, Y: scale.Of(t))) : []).ToList();
        var series = new List<ChartSeries>();
        if (samples.Count > 0)
        {
            series.Add(new ChartSeries("samples", SeriesStyle.Points, samples.Select(s => s.X).ToList(), samples.Select(s => s.Y).ToList(), Color: 7));
        }

        series.Add(new ChartSeries("median", SeriesStyle.LineWithPoints, fit.Sizes, fit.MedianNs.Select(scale.Of).ToList(), Color: 0));
        var lo = fit.Sizes.Min();
        var hi = fit.Sizes.Max();
        series.Add(new ChartSeries("linear fit", SeriesStyle.DashedLine, [lo, hi], [scale.Of(fit.InterceptNs + (fit.SlopeNsPerUnit * lo)), scale.Of(fit.InterceptNs + (fit.SlopeNsPerUnit * hi))], Color: 3));
        var interval = fit.ExponentInterval is { } ci ? Inv($" (95 % CI {ci.Lower:0.00}–{ci.Upper:0.00})") : "";
        var caption = Inv($"{fit.Complexity}: time ∝ size^{fit.Exponent:0.00}{interval}; linear fit slope {ReportFormat.Time(fit.SlopeNsPerUnit)} per unit, R² {fit.RSquared:0.000}.");
        var title = string.Join('.', fit.Family.Split('.').TakeLast(2));
        return new ChartSpec(ChartIds.For("scaling", fit.Family, title), ChartKind.Scaling, ChartSections.Scaling, (members.Count > 0 ? members[0].Category : null),
            "Scaling: " + title, ParameterAxis(fit.Parameter), $"time per operation ({scale.Unit})", caption, series, [], [], [], 640, 360);
    }

    private static double? SizeOf(BenchmarkEntry entry, string parameter) => BenchmarkParameters.Number(entry.Parameters, parameter);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
