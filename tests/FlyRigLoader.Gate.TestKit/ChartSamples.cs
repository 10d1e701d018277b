using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>
/// A real default-profile report (50 benchmarks, scaling families, a leak check) and the baseline accepted from it,
/// committed under Reports/Fixtures, plus a regression analysis with known ratios.
/// </summary>
internal static class ChartSamples
{
    public const string RunId = "20261127T080000Z-abcdef0";

    public static string BaselinePath => Fixture.Path("Reports", "Fixtures", "baseline-linux-x64-2core-447e0a986a9525e0.json");

    public static string LeakPath => Fixture.Path("Reports", "Fixtures", "leak-check.json");

    /// <summary>The fixture report as a later run (so the baseline run is history), its leak source pointing at the fixture.</summary>
    public static BenchmarkReport Report()
    {
        var report = BenchmarkReportReader.Read(Fixture.Path("Reports", "Fixtures", "benchmark-report-default.json"));
        var memory = report.MemoryAnalysis with { LeakDetection = report.MemoryAnalysis.LeakDetection with { Source = LeakPath } };
        return report with
        {
            RunId = RunId,
            BenchmarkSuite = report.BenchmarkSuite with { ExecutionTimestamp = "2026-11-27T08:00:00.000Z" },
            MemoryAnalysis = memory,
        };
    }

    /// <summary>
    /// The report with a regression analysis against <paramref name="baseline"/>: ratio 0.95 + 0.005 i for entry i, except
    /// the 3rd entry (REGRESSION at 1.30, also an allocation regression) and the 5th (SUSPECTED at 1.12).
    /// </summary>
    public static BenchmarkReport WithComparison(BenchmarkReport report, string baseline)
    {
        var rows = new List<BenchmarkVerdictDetails>();
        var i = 0;
        foreach (var e in report.AllEntries().Where(e => e.Statistics is not null))
        {
            var (ratio, verdict) = i switch { 2 => (1.30, "REGRESSION"), 4 => (1.12, "SUSPECTED"), _ => (0.95 + (0.005 * i), "NO_CHANGE") };
            rows.Add(new BenchmarkVerdictDetails
            {
                FullName = e.FullName, Category = e.Category, Verdict = verdict, AllocationVerdict = i == 2 ? "REGRESSION" : "NO_CHANGE",
                Ratio = ratio, RatioCi = [ratio - 0.02, ratio + 0.03], BaselineMedianNs = e.Statistics!.Median / ratio,
                CurrentMedianNs = e.Statistics.Median, BaselineAllocatedBytes = e.AllocatedBytesPerOp,
                DetectableRegression = 0.25 + (0.01 * i), DetectableSuspected = 0.10,
            });
            i++;
        }

        var details = new RegressionDetails
        {
            Config = new RegressionConfigDetails { FailThreshold = 0.10 }, Benchmarks = rows,
            Resolution = new ResolutionDetails
            {
                Benchmarks = rows.Count, MedianRegression = 0.25 + (0.01 * (rows.Count / 2)), FinestBenchmark = rows[0].FullName, FinestRegression = 0.25,
                CoarsestBenchmark = rows[^1].FullName, CoarsestRegression = 0.25 + (0.01 * (rows.Count - 1)), RegressionAt25 = 1, FlaggedAt10 = rows.Count,
            },
        };
        return report with { RegressionAnalysis = new RegressionAnalysis("REGRESSION_DETECTED", true, baseline, details) };
    }

    /// <summary>The name of the entry given the REGRESSION verdict by <see cref="WithComparison"/>.</summary>
    public static string RegressedName(BenchmarkReport report) => report.AllEntries().Where(e => e.Statistics is not null).ElementAt(2).FullName;
}
