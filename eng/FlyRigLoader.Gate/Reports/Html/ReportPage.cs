using System.Globalization;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Paths;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>
/// The HTML page for targets other than Benchmarks (MergeReports, CheckRegression with <c>--report-artifacts</c>): builds
/// the chart renderer, which lives in a process of its own because SkiaSharp cannot load inside Cake's script host, then
/// runs <see cref="HtmlReportJob"/> into <c>artifacts/reports</c> and <c>artifacts/charts</c>.
/// </summary>
internal static class ReportPage
{
    /// <summary>How the pipeline starts the renderer it built.</summary>
    public static IReadOnlyList<string> RendererCommand(BuildPaths paths) =>
        ["dotnet", (paths ?? throw new ArgumentNullException(nameof(paths))).ChartsRenderer];

    /// <summary>Writes the page for <paramref name="report"/>; returns the exit code (0, or 2 when the renderer or a chart failed).</summary>
    public static int Write(BenchmarkReport report, BuildPaths paths, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var renderer = RendererCommand(paths);
        if (ToolBuild.Ensure(paths.ChartsProject, renderer[1], paths.Root, "chart renderer") is { } problem)
        {
            error.WriteLine("error: " + problem);
            return ExitCodes.Error;
        }

        var html = HtmlReportJob.Write(new HtmlReportRequest(report, paths.Reports, paths.Charts, renderer, paths.Root, TimeSpan.FromMinutes(5), paths.Accuracy));
        if (html.Error is not null)
        {
            error.WriteLine("error: " + html.Error);
        }

        if (html.HtmlPath is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML report: {html.HtmlPath} ({html.ChartPngs.Count} chart PNGs under {paths.Charts})"));
        }

        return html.ExitCode;
    }
}
