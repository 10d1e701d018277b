using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class StatisticsCsvWriterTests
{
    [Fact]
    public void Each_measured_case_has_its_sample_size_location_spread_intervals_and_launch_spread_in_seconds()
    {
        var report = ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21));
        var lines = StatisticsCsvWriter.Render(report).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var measured = report.AllEntries().Where(e => e.Statistics is not null).ToList();

        Assert.Equal(measured.Count + 1, lines.Length);
        foreach (var (entry, line) in measured.Zip(lines.Skip(1)))
        {
            var row = header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            var s = entry.Statistics!;
            Assert.Equal(entry.FullName, row["Benchmark Name"]);
            Assert.Equal(ReportFormat.F(s.N), row["N"]);
            Assert.Equal("3", row["Launches"]);
            Assert.Equal(ReportFormat.F(s.Median / 1e9), row["Median (s)"]);
            Assert.Equal(ReportFormat.F(s.StdDev / 1e9), row["Std Dev (s)"]);
            Assert.Equal(ReportFormat.F(s.StudentT!.Upper / 1e9), row["t CI 95% Upper (s)"]);
            Assert.Equal(ReportFormat.F(s.Bootstrap!.Lower / 1e9), row["Bootstrap CI 95% Lower (s)"]);
            // Launch medians 1.0, 1.1, 1.21 apart: the spread is about 10 %.
            Assert.InRange(double.Parse(row["Launch Spread (%)"], System.Globalization.CultureInfo.InvariantCulture), 9, 11);
        }
    }

    [Fact]
    public void Throughput_is_the_size_parameter_per_second_of_mean_time_and_empty_for_a_case_without_one()
    {
        var report = ReportBuilder.Build(ReportSamples.LaunchedInputs(1.0, 1.1, 1.21));
        var lines = StatisticsCsvWriter.Render(report).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
        var measured = report.AllEntries().Where(e => e.Statistics is not null).ToList();

        var sized = 0;
        foreach (var (entry, row) in measured.Zip(rows))
        {
            var parameters = FlyRigLoader.Gate.Core.Results.BenchmarkParameters.Parse(entry.Parameters);
            if (parameters.TryGetValue("SizeMb", out var mb))
            {
                sized++;
                var expected = double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) / (entry.Statistics!.Mean / 1e9);
                Assert.Equal(expected, double.Parse(row["Throughput (MB/s)"], System.Globalization.CultureInfo.InvariantCulture), expected * 1e-5);
            }
            else
            {
                Assert.Equal("", row["Throughput (MB/s)"]);
            }

            Assert.Equal(parameters.ContainsKey("FileCount"), row["Throughput (files/s)"].Length > 0);
            Assert.Equal(parameters.ContainsKey("Rows"), row["Throughput (rows/s)"].Length > 0);
        }

        Assert.True(sized > 0, "the sample report has no case with a SizeMb parameter, so the MB/s column went unchecked");
    }

    [Fact]
    public void A_failed_case_has_no_row()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs(includeFailure: true));
        var csv = StatisticsCsvWriter.Render(report);
        Assert.Contains(report.AllEntries(), e => !e.Success);
        Assert.All(report.AllEntries().Where(e => !e.Success), e => Assert.DoesNotContain(e.FullName, csv, StringComparison.Ordinal));
    }
}
