using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Reports.Charts;

namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>
/// Writes <c>benchmark-report-&lt;run&gt;.html</c> and <c>charts/&lt;run&gt;-&lt;chart&gt;.png</c>: load inputs → plan charts →
/// render them in the renderer process → compose the page. Failure policy: an unreadable input (baseline, archived
/// report, leak check) writes nothing and exits 2; a chart that fails to render still yields the full page (tables,
/// verdict) with a banner and per-chart notices instead of images, no PNG at all, and exit 2 (the gate fails closed).
/// </summary>
internal static class HtmlReportJob
{
    /// <summary>The page's file name.</summary>
    public static string HtmlFileName(string runId) => $"benchmark-report-{runId}.html";

    /// <summary>A chart PNG's file name.</summary>
    public static string PngFileName(string runId, string chartId) => $"{runId}-{chartId}.png";

    /// <summary>Runs the job.</summary>
    public static HtmlReportResult Write(HtmlReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ChartInputs inputs;
        var accuracyPath = request.AccuracyFolder is { } folder ? GateAccuracyFile.Newest(folder) : null;
        GateAccuracyReport? accuracy;
        try
        {
            inputs = ChartInputsLoader.Load(request.Report, request.ReportsFolder);
            accuracy = accuracyPath is null ? null : GateAccuracyFile.Read(accuracyPath);
        }
        catch (GateInputException e)
        {
            return new HtmlReportResult(ExitCodes.Error, null, [], "HTML report not written: " + e.Message);
        }

        var specs = ChartPlanner.Plan(inputs);
        var runId = request.Report.RunId;
        var staging = Path.Combine(request.ChartsFolder, $".staging-{runId}-{Guid.NewGuid():N}");
        try
        {
            var rendered = ChartRenderer.Render(specs, request.RendererCommand, staging, request.WorkingDirectory, request.Timeout);
            var pngs = new List<string>();
            if (rendered.Error is null)
            {
                foreach (var spec in specs)
                {
                    var target = Path.Combine(request.ChartsFolder, PngFileName(runId, spec.Id));
                    File.Move(rendered.Pngs[spec.Id], target, overwrite: true);
                    pngs.Add(target);
                }
            }

            var images = rendered.Svgs.ToDictionary(kv => kv.Key, kv => HtmlReportModel.SvgDataUri(kv.Value), StringComparer.Ordinal);
            var html = HtmlPage.Render(new HtmlReportModel(inputs, specs, images, rendered.Error, accuracy, accuracyPath));
            var htmlPath = Path.Combine(request.ReportsFolder, HtmlFileName(runId));
            AtomicFile.WriteAllText(htmlPath, html);
            return rendered.Error is null
                ? new HtmlReportResult(ExitCodes.Ok, htmlPath, pngs, null)
                : new HtmlReportResult(ExitCodes.Error, htmlPath, [], "charts not rendered: " + rendered.Error);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
