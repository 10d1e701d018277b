using FlyRigLoader.Gate.Contracts.Charts;
using ScottPlot;

namespace FlyRigLoader.Charts;

/// <summary>Turns one <see cref="ChartSpec"/> into a ScottPlot plot and renders it; it draws what the spec says and decides nothing.</summary>
public static class ChartDrawing
{
    private const string FontName = "DejaVu Sans";

    private static readonly ScottPlot.Palettes.Category10 Palette = new ScottPlot.Palettes.Category10();

    /// <summary>The chart as SVG text and PNG bytes, both at the spec's size.</summary>
    public static (string Svg, byte[] Png) Render(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plot = Build(spec);
        // SVG text names the font: let the browser fall back to any sans-serif font (nothing is fetched).
        var svg = plot.GetSvgXml(spec.Width, spec.Height)
            .Replace($"font-family=\"{FontName}\"", $"font-family=\"{FontName}, Arial, Helvetica, sans-serif\"", StringComparison.Ordinal);
        return (svg, plot.GetImageBytes(spec.Width, spec.Height, ImageFormat.Png));
    }

    /// <summary>The plot of a spec.</summary>
    public static Plot Build(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(spec.Title, size: 15);
        plot.XLabel(spec.XLabel, size: 13);
        plot.YLabel(spec.YLabel, size: 13);
        foreach (var series in spec.Series)
        {
            Add(plot, series);
        }

        foreach (var line in spec.ReferenceLines)
        {
            var color = Colors.Gray;
            IHasLegendText guide = line.Vertical
                ? plot.Add.VerticalLine(line.Value, 1.5f, color, LinePattern.Dashed)
                : plot.Add.HorizontalLine(line.Value, 1.5f, color, LinePattern.Dashed);
            guide.LegendText = line.Label;
        }

        if (spec.XTicks.Count > 0)
        {
            plot.Axes.Bottom.SetTicks([.. spec.XTicks.Select(t => t.Position)], [.. spec.XTicks.Select(t => t.Label)]);
            plot.Axes.SetLimitsX(spec.XTicks.Min(t => t.Position) - 0.6, spec.XTicks.Max(t => t.Position) + 0.6);
        }

        if (spec.YTicks.Count > 0)
        {
            plot.Axes.Left.SetTicks([.. spec.YTicks.Select(t => t.Position)], [.. spec.YTicks.Select(t => t.Label)]);
            plot.Axes.Left.TickLabelStyle.FontSize = 11;
            plot.Axes.SetLimitsY(spec.YTicks.Min(t => t.Position) - 0.8, spec.YTicks.Max(t => t.Position) + 0.8);
        }

        if (spec.YMustInclude is { Count: > 0 } include)
        {
            plot.Axes.AutoScale();
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(Math.Min(limits.Bottom, include.Min()), Math.Max(limits.Top, include.Max()));
        }

        if (spec.Series.Any(s => s.Name.Length > 0) || spec.ReferenceLines.Count > 0)
        {
            plot.Legend.FontSize = 11;
            if (spec.Kind is ChartKind.Trend or ChartKind.Memory or ChartKind.Ratio)
            {
                // Long names and full-width data: below the plot the legend never hides a point.
                plot.ShowLegend(Edge.Bottom);
            }
            else
            {
                plot.ShowLegend(Alignment.UpperLeft);
            }
        }

        return plot;
    }

    private static void Add(Plot plot, ChartSeries series)
    {
        var color = Palette.GetColor(series.Color);
        var xs = series.Xs.ToArray();
        var ys = series.Ys.ToArray();
        switch (series.Style)
        {
            case SeriesStyle.Points:
                plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 4, color.WithAlpha(0.45)).LegendText = series.Name;
                break;
            case SeriesStyle.BoxWithPoints:
                var b = series.Box!;
                var box = new Box
                {
                    Position = b.Position, BoxMin = b.Q1, BoxMax = b.Q3, BoxMiddle = b.Median, WhiskerMin = b.WhiskerLow, WhiskerMax = b.WhiskerHigh, Width = 0.5,
                };
                var boxes = plot.Add.Box(box);
                boxes.FillColor = color.WithAlpha(0.25);
                boxes.LineColor = color;
                boxes.LineWidth = 1.5f;
                plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 5, color.WithAlpha(0.7)).LegendText = series.Name;
                break;
            case SeriesStyle.PointsWithXInterval:
                for (var i = 0; i < xs.Length; i++)
                {
                    var whisker = plot.Add.Line(series.Lower![i], ys[i], series.Upper![i], ys[i]);
                    whisker.Color = color;
                    whisker.LineWidth = 2;
                    whisker.MarkerSize = 0;
                }

                plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 8, color).LegendText = series.Name;
                break;
            default:
                var scatter = plot.Add.Scatter(xs, ys, color);
                scatter.LegendText = series.Name;
                scatter.LineWidth = 2;
                scatter.MarkerSize = series.Style == SeriesStyle.LineWithPoints ? 6 : 0;
                scatter.LinePattern = series.Style == SeriesStyle.DashedLine ? LinePattern.Dashed : LinePattern.Solid;
                break;
        }
    }
}
