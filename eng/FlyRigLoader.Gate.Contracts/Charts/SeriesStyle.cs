namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>How one series is drawn.</summary>
public enum SeriesStyle
{
    /// <summary>Markers only.</summary>
    Points,

    /// <summary>A line without markers.</summary>
    Line,

    /// <summary>A dashed line without markers (fits).</summary>
    DashedLine,

    /// <summary>A line with markers.</summary>
    LineWithPoints,

    /// <summary>A box (see <see cref="ChartSeries.Box"/>) plus the series' points.</summary>
    BoxWithPoints,

    /// <summary>Markers with horizontal whiskers from <see cref="ChartSeries.Lower"/> to <see cref="ChartSeries.Upper"/> (x values).</summary>
    PointsWithXInterval,
}
