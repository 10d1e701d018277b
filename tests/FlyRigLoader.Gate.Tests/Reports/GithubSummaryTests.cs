using System.Text.Json;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class GithubSummaryTests
{
    [Fact]
    public void Artifacts_name_the_report_and_the_memory_and_statistics_files_the_run_wrote()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        string[] written =
        [
            "reports/benchmark-report-r.json",
            "statistical-analysis/statistical-analysis-r.csv",
            "memory-profiles/memory-analysis-r.json",
            "statistical-analysis/confidence-intervals-r.json",
            "charts/time.png",
        ];

        using var json = JsonDocument.Parse(GithubSummary.Render(report, "reports/benchmark-report-r.json", _ => null, written));
        var artifacts = json.RootElement.GetProperty("artifacts");

        Assert.Equal("reports/benchmark-report-r.json", artifacts.GetProperty("benchmark_report").GetString());
        Assert.Equal(["memory-profiles/memory-analysis-r.json"], Strings(artifacts.GetProperty("memory_profiles")));
        Assert.Equal(["statistical-analysis/confidence-intervals-r.json", "statistical-analysis/statistical-analysis-r.csv"], Strings(artifacts.GetProperty("statistical_analysis")));
    }

    [Fact]
    public void A_run_that_wrote_no_memory_or_statistics_files_lists_none()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());

        using var json = JsonDocument.Parse(GithubSummary.Render(report, "reports/benchmark-report-r.json", _ => null));
        var artifacts = json.RootElement.GetProperty("artifacts");

        Assert.Empty(Strings(artifacts.GetProperty("memory_profiles")));
        Assert.Empty(Strings(artifacts.GetProperty("statistical_analysis")));
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
