namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>One data series of a chart, already in the chart's display units.</summary>
/// <param name="Name">Legend text (empty: not in the legend).</param>
/// <param name="Style">How it is drawn.</param>
/// <param name="Xs">X values.</param>
/// <param name="Ys">Y values, same length.</param>
/// <param name="Lower">Lower interval bounds (of x for <see cref="SeriesStyle.PointsWithXInterval"/>), or null.</param>
/// <param name="Upper">Upper interval bounds, or null.</param>
/// <param name="Box">The box for <see cref="SeriesStyle.BoxWithPoints"/>, or null.</param>
/// <param name="Color">Palette index; series with equal indexes share a colour.</param>
public sealed record ChartSeries(
    string Name,
    SeriesStyle Style,
    IReadOnlyList<double> Xs,
    IReadOnlyList<double> Ys,
    IReadOnlyList<double>? Lower = null,
    IReadOnlyList<double>? Upper = null,
    BoxSummary? Box = null,
    int Color = 0);
