using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class StatisticsJsonWriterTests
{
    private static readonly BenchmarkReport Report = ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21));

    [Fact]
    public void Each_measured_case_has_its_statistics_both_intervals_and_launch_spread_in_nanoseconds()
    {
        var json = JObject.Parse(StatisticsJsonWriter.Render(Report));
        var measured = Report.AllEntries().Where(e => e.Statistics is not null).ToList();
        var rows = json["benchmarks"]!.ToList();

        Assert.Equal(Report.RunId, (string?)json["run_id"]);
        Assert.Equal("ns", (string?)json["units"]!["time"]);
        Assert.Equal(measured.Select(e => e.FullName), rows.Select(r => (string?)r["full_name"]));
        foreach (var (entry, row) in measured.Zip(rows))
        {
            var s = entry.Statistics!;
            Assert.Equal(s.N, (int)row["n"]!);
            Assert.Equal(3, (int)row["launches"]!);
            Assert.Equal(s.Mean, (double)row["mean"]!);
            Assert.Equal(s.Median, (double)row["median"]!);
            Assert.Equal([s.StudentT!.Lower, s.StudentT.Upper], row["confidence_interval_95"]!.Select(v => (double)v));
            Assert.Equal([s.Bootstrap!.Lower, s.Bootstrap.Upper], row["bootstrap_interval_95"]!.Select(v => (double)v));
            Assert.InRange((double)row["launch_spread_percent"]!, 9, 11);
        }
    }

    [Fact]
    public void Throughput_and_scaling_fits_match_the_csvs_and_the_reports()
    {
        var json = JObject.Parse(StatisticsJsonWriter.Render(Report));
        var csv = StatisticsCsvWriter.Render(Report).TrimEnd('\n').Split('\n');
        var header = csv[0].Split(',');
        var csvRows = csv.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();

        foreach (var (row, csvRow) in json["benchmarks"]!.Zip(csvRows))
        {
            var mb = row["throughput"]!["mb_per_s"]!;
            Assert.Equal(csvRow["Throughput (MB/s)"], mb.Type == JTokenType.Null ? "" : ReportFormat.F((double)mb));
        }

        Assert.Contains(json["benchmarks"]!, r => r["throughput"]!["mb_per_s"]!.Type == JTokenType.Float);
        Assert.Equal(
            Report.AllEntries().Select(e => e.ScalingAnalysis).OfType<Core.Statistics.ScalingFit>().Select(f => f.Family).Distinct(),
            json["scaling_analysis"]!.Select(f => (string?)f["family"]));
        Assert.NotEmpty(json["scaling_analysis"]!);
    }

    [Fact]
    public void The_file_is_named_for_the_run_beside_the_csv()
    {
        Assert.Equal("statistical-analysis-r1.json", StatisticsJsonWriter.FileName("r1"));
    }
}
