using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class GuideBaselineComparisonTests
{
    private static readonly RegressionAnalysis Judged = new("NO_REGRESSION", false, "baselines/x.json", new RegressionDetails
    {
        Baseline = new BaselineDetails { Path = "baselines/x.json", LatestRunDate = "2024-01-10T10:15:30Z", AgeDays = 7.25 },
        Drift = new RegressionDriftDetails { SuiteShift = -0.023, SuiteFactor = 0.977 },
        Benchmarks =
        [
            new BenchmarkVerdictDetails { FullName = "a", Category = "discovery", Verdict = "IMPROVEMENT" },
            new BenchmarkVerdictDetails { FullName = "b", Category = "data-loading", Verdict = "IMPROVEMENT" },
            new BenchmarkVerdictDetails { FullName = "c", Category = "data-loading", Verdict = "IMPROVEMENT" },
            new BenchmarkVerdictDetails { FullName = "d", Category = "config", Verdict = "NO_CHANGE" },
        ],
    });

    [Fact]
    public void The_guides_baseline_comparison_has_the_baselines_date_and_age_the_suite_delta_and_the_improved_categories()
    {
        var guide = GuideBaselineComparison.Of(Judged);

        Assert.Equal("2024-01-10T10:15:30Z", guide.BaselineDate);
        Assert.Equal(7.25, guide.BaselineAgeDays);
        Assert.False(guide.RegressionDetected);
        Assert.Equal(-2.3, guide.PerformanceDeltaPercentage!.Value, 12);
        Assert.Equal(["data-loading", "discovery"], guide.ImprovementAreas);
        Assert.Equal(["data_loading", "discovery"], GuideBaselineComparison.Of(Judged, c => c.Replace('-', '_')).ImprovementAreas);
    }

    [Fact]
    public void The_reports_regression_block_carries_it_under_the_guides_keys()
    {
        var json = JObject.Load(new JsonTextReader(new StringReader(ReportJson.Serialize(Judged))) { DateParseHandling = DateParseHandling.None });
        var block = json["baseline_comparison"]!;

        Assert.Equal(["baseline_date", "baseline_age_days", "regression_detected", "performance_delta_percentage", "improvement_areas"], ((JObject)block).Properties().Select(p => p.Name));
        Assert.Equal("2024-01-10T10:15:30Z", (string?)block["baseline_date"]);
        Assert.Equal("NO_REGRESSION", (string?)json["status"]);
    }

    [Fact]
    public void A_run_without_a_comparison_has_nulls_and_no_improvement_areas()
    {
        var guide = GuideBaselineComparison.Of(new RegressionAnalysis("NOT_AVAILABLE", false, null, null));

        Assert.Null(guide.BaselineDate);
        Assert.Null(guide.BaselineAgeDays);
        Assert.Null(guide.PerformanceDeltaPercentage);
        Assert.Empty(guide.ImprovementAreas);
    }
}
