namespace FlyRigLoader.Gate.Contracts.Charts;

/// <summary>
/// Everything needed to draw one chart, decided by the gate (pure) and drawn by the separate renderer process
/// (<c>eng/FlyRigLoader.Charts</c>), which adds no decisions of its own.
/// </summary>
/// <param name="Id">File-name-safe id, unique in a report: the SVG/PNG are <c>&lt;id&gt;.svg</c> / <c>&lt;id&gt;.png</c>.</param>
/// <param name="Kind">What it shows.</param>
/// <param name="Section">The report section it belongs to (the gate's <c>ChartSections</c>).</param>
/// <param name="Category">Benchmark category it belongs to, or null for suite-wide charts.</param>
/// <param name="Title">Title drawn on the chart.</param>
/// <param name="XLabel">X axis label with unit.</param>
/// <param name="YLabel">Y axis label with unit.</param>
/// <param name="Caption">One sentence under the chart in the HTML.</param>
/// <param name="Series">Data.</param>
/// <param name="XTicks">Labelled x ticks (category axes), empty for numeric ticks.</param>
/// <param name="YTicks">Labelled y ticks, empty for numeric ticks.</param>
/// <param name="ReferenceLines">Guide lines.</param>
/// <param name="Width">Pixel width.</param>
/// <param name="Height">Pixel height.</param>
/// <param name="YMustInclude">Y values the axis must show (keeps a flat trend from being zoomed into noise), or null.</param>
public sealed record ChartSpec(
    string Id,
    ChartKind Kind,
    string Section,
    string? Category,
    string Title,
    string XLabel,
    string YLabel,
    string Caption,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartTick> XTicks,
    IReadOnlyList<ChartTick> YTicks,
    IReadOnlyList<ReferenceLine> ReferenceLines,
    int Width,
    int Height,
    IReadOnlyList<double>? YMustInclude = null)
{
    /// <summary>Text alternative for the image: title and axes.</summary>
    public string AltText => $"{Title} ({YLabel} vs {XLabel})";
}
