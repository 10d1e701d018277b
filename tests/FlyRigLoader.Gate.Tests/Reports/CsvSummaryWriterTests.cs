using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class CsvSummaryWriterTests
{
    private static BenchmarkReport Judged(params (string Name, string Verdict, string Allocation)[] rows)
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var details = new RegressionDetails
        {
            Benchmarks = [.. rows.Select(r => new BenchmarkVerdictDetails { FullName = r.Name, Verdict = r.Verdict, AllocationVerdict = r.Allocation, GuideVerdict = GuideVerdicts.ForBenchmark(r.Verdict, r.Allocation) })],
        };
        return report with { RegressionAnalysis = new RegressionAnalysis("REGRESSION_DETECTED", true, "baselines", details) };
    }

    private static Dictionary<string, string> Row(string csv, string fullNamePrefix)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var row = lines.Single(l => l.StartsWith(fullNamePrefix, StringComparison.Ordinal)).Split(',');
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    [Fact]
    public void Each_row_carries_its_own_verdict_in_the_guides_name_and_ours()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var names = report.AllEntries().Select(e => e.FullName).ToList();
        var csv = CsvSummaryWriter.Render(Judged((names[0], "REGRESSION", "NO_CHANGE"), (names[1], "SUSPECTED", "NO_CHANGE"), (names[2], "INSUFFICIENT_DATA", "NO_CHANGE")));

        var first = Row(csv, names[0]);
        var second = Row(csv, names[1]);
        var third = Row(csv, names[2]);
        Assert.Equal(("REGRESSION_DETECTED", "REGRESSION"), (first["Regression Status"], first["Gate Regression Verdict"]));
        Assert.Equal(("REGRESSION_SUSPECTED", "SUSPECTED"), (second["Regression Status"], second["Gate Regression Verdict"]));
        // No guide counterpart: our name, never a made-up one.
        Assert.Equal("INSUFFICIENT_DATA", third["Regression Status"]);
        // Not in the comparison (it failed): the run's status.
        Assert.Equal("REGRESSION_DETECTED", Row(csv, names[3])["Regression Status"]);
    }

    [Fact]
    public void Memory_peak_is_the_peak_working_set_and_allocation_keeps_its_own_column()
    {
        var (report, entry) = ReportSamples.WithProcessMemory(300, 12, 80);

        var row = Row(CsvSummaryWriter.Render(report), entry.FullName);

        Assert.Equal("300", row["Memory Peak (MB)"]);
        Assert.Equal("12", row["Working Set Growth (MB)"]);
        Assert.Equal("80", row["Managed Heap Peak (MB)"]);
        Assert.Equal(ReportFormat.F(entry.AllocatedBytesPerOp!.Value / 1048576.0), row["Allocated (MB/op)"]);
    }

    [Fact]
    public void Categories_are_spelled_as_the_guide_spells_them()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var csv = CsvSummaryWriter.Render(report);

        foreach (var entry in report.AllEntries())
        {
            Assert.Equal(entry.Category.Replace('-', '_'), Row(csv, entry.FullName)["Category"]);
        }

        Assert.Contains(report.AllEntries(), e => e.Category.Contains('-', StringComparison.Ordinal));
    }
}
