using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Results;

public sealed class BdnReportReaderTests
{
    [Fact]
    public void Read_real_report_returns_every_case_with_category_and_samples()
    {
        var results = BdnReportReader.Read(Fixture.Results(Fixture.ConfigReport));

        Assert.Equal(2, results.Count);
        var ok = Assert.Single(results, r => r.Method == "LoadSmall");
        Assert.Equal("FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall", ok.FullName);
        Assert.Equal("ConfigLoadBenchmarks", ok.Type);
        Assert.Equal("config", ok.Category);
        Assert.Null(ok.Parameters);
        Assert.True(ok.Success);
        Assert.Null(ok.Error);
        Assert.Equal([29.85107421875, 36.32763671875, 31.95458984375, 34.33154296875], ok.SamplesNs);
        Assert.Equal(32d, ok.AllocatedBytesPerOp);
    }

    [Fact]
    public void Read_takes_each_cases_job_characteristics_from_its_display_info_sorted()
    {
        var results = BdnReportReader.Read(Fixture.Results(Fixture.DataLoadingReport));

        Assert.All(results, r => Assert.Equal("InvocationCount=1024, IterationCount=5, LaunchCount=1, UnrollFactor=16, WarmupCount=1", r.Job));
    }

    [Fact]
    public void Read_benchmark_that_threw_is_a_failure_not_dropped()
    {
        var results = BdnReportReader.Read(Fixture.Results(Fixture.ConfigReport));

        var failed = Assert.Single(results, r => r.Method == "Throws");
        Assert.False(failed.Success);
        Assert.Empty(failed.SamplesNs);
        Assert.Null(failed.AllocatedBytesPerOp);
        Assert.Contains("no measurements", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_compressed_report_keeps_parameters()
    {
        var results = BdnReportReader.Read(Fixture.Results(Fixture.DataLoadingReport));

        Assert.Equal(["SizeMb=1", "SizeMb=4"], results.Select(r => r.Parameters));
        Assert.All(results, r => Assert.Equal("data-loading", r.Category));
        Assert.Equal("FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)", results[1].FullName);
        Assert.Equal("4", results[1].ParameterValues["SizeMb"]);
        Assert.Equal(4120d, results[1].AllocatedBytesPerOp);
        Assert.Equal(5, results[0].SamplesNs.Count);
    }

    [Fact]
    public void Read_report_exposes_host_facts()
    {
        var report = BdnReportReader.ReadReport(Fixture.Results(Fixture.ConfigReport));

        Assert.NotNull(report.Host);
        Assert.Equal("0.15.8", report.Host.BenchmarkDotNetVersion);
        Assert.Equal(2, report.Host.LogicalCoreCount);
        Assert.StartsWith("FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks-", report.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_directory_prefers_indented_export_and_reads_all_types()
    {
        using var dir = new TempDirectory();
        File.Copy(Fixture.Results(Fixture.ConfigReport), dir.Combine(Fixture.ConfigReport));
        File.Copy(Fixture.Results(Fixture.ConfigReport), dir.Combine(Fixture.ConfigReport.Replace("-full.json", "-full-compressed.json", StringComparison.Ordinal)));
        File.Copy(Fixture.Results(Fixture.DataLoadingReport), dir.Combine(Fixture.DataLoadingReport));
        dir.Write("unrelated-report.csv", "x");

        var reports = BdnReportReader.ReadDirectory(dir.Path);

        Assert.Equal(2, reports.Count);
        Assert.EndsWith("-report-full.json", reports[0].Path, StringComparison.Ordinal);
        Assert.Equal(4, reports.Sum(r => r.Benchmarks.Count));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "top level")]
    [InlineData("{\"Title\":\"x\"}", "no 'Benchmarks' array")]
    [InlineData("{\"Benchmarks\":[{\"Type\":\"T\",\"Method\":\"M\"}]}", "Benchmarks[0] has no 'FullName'")]
    [InlineData("{\"Benchmarks\":[{\"FullName\":\"A.T.M\",\"Type\":\"T\",\"Method\":\"M\",\"Statistics\":{\"OriginalValues\":[1,\"x\"]}}]}", "OriginalValues[1]")]
    [InlineData("{\"Benchmarks\":[{\"FullName\":\"A.T.M\",\"Type\":\"T\",\"Method\":\"M\",\"Memory\":{\"BytesAllocatedPerOperation\":-1}}]}", "BytesAllocatedPerOperation")]
    public void Read_malformed_report_names_file_and_problem(string json, string expected)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bad-report-full.json", json);

        var e = Assert.Throws<GateInputException>(() => BdnReportReader.Read(file));

        Assert.Equal(file, e.File);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(file, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_takes_the_suites_thread_time_and_memory_metrics_and_ignores_other_diagnosers()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("t-report-full.json", """
            {"Benchmarks":[{"FullName":"A.T.M","Type":"T","Method":"M","Statistics":{"OriginalValues":[1,2,3]},"Metrics":[
              {"Value":0.93,"Descriptor":{"Id":"FlyRig.ThreadCpuShare"}},{"Value":0.04,"Descriptor":{"Id":"FlyRig.RunQueueShare"}},
              {"Value":"n/a","Descriptor":{"Id":"Other.Metric"}},{"Value":1000,"Descriptor":{"Id":"FlyRig.PeakWorkingSet"}}]},
             {"FullName":"A.T.N","Type":"T","Method":"N","Statistics":{"OriginalValues":[1]}}]}
            """);

        var results = BdnReportReader.Read(file);

        Assert.Equal([new ThreadTimeUse(0.93, 0.04)], results[0].LaunchThreadTimes!);
        Assert.Null(results[0].ProcessMemory);
        Assert.Null(results[1].LaunchThreadTimes);
    }

    [Fact]
    public void Read_carries_the_memory_probe_reading_beside_the_thread_time_and_rejects_a_non_positive_one()
    {
        using var dir = new TempDirectory();
        const string Case = """
            {"FullName":"A.T.M","Type":"T","Method":"M","Statistics":{"OriginalValues":[1]},"Metrics":[
              {"Value":0.99,"Descriptor":{"Id":"FlyRig.ThreadCpuShare"}},{"Value":0.0,"Descriptor":{"Id":"FlyRig.RunQueueShare"}},
              {"Value":PROBE,"Descriptor":{"Id":"FlyRig.MemoryProbeMs"}}]}
            """;
        var good = dir.Write("g-report-full.json", "{\"Benchmarks\":[" + Case.Replace("PROBE", "0.781", StringComparison.Ordinal) + "]}");
        var bad = dir.Write("b-report-full.json", "{\"Benchmarks\":[" + Case.Replace("PROBE", "0", StringComparison.Ordinal) + "]}");

        Assert.Equal([new ThreadTimeUse(0.99, 0.0, 0.781)], BdnReportReader.Read(good)[0].LaunchThreadTimes!);
        var e = Assert.Throws<GateInputException>(() => BdnReportReader.Read(bad));
        Assert.Contains("Benchmarks[0].Metrics: the memory probe reading must be a positive time, got 0 ms", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_a_negative_thread_time_share_is_a_corrupt_report_naming_the_case()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("t-report-full.json", """
            {"Benchmarks":[{"FullName":"A.T.M","Type":"T","Method":"M","Statistics":{"OriginalValues":[1]},"Metrics":[
              {"Value":0.9,"Descriptor":{"Id":"FlyRig.ThreadCpuShare"}},{"Value":-0.1,"Descriptor":{"Id":"FlyRig.RunQueueShare"}}]}]}
            """);

        var e = Assert.Throws<GateInputException>(() => BdnReportReader.Read(file));

        Assert.Contains("Benchmarks[0].Metrics: thread-time shares must not be negative", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_missing_file_is_input_error()
    {
        var e = Assert.Throws<GateInputException>(() => BdnReportReader.Read("/nonexistent/x-report-full.json"));
        Assert.Contains("not found", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FlyRigLoader.Benchmarks.DataLoading", "data-loading")]
    [InlineData("FlyRigLoader.Benchmarks.Discovery.Deep", "discovery")]
    [InlineData("FlyRigLoader.Benchmarks.Transformation", "transformation")]
    [InlineData("FlyRigLoader.Benchmarks.Config", "config")]
    [InlineData("FlyRigLoader.Benchmarks.Memory", "memory")]
    [InlineData("FlyRigLoader.Benchmarks", "uncategorized")]
    [InlineData("FlyRigLoader.BenchmarksX.Config", "uncategorized")]
    [InlineData("Other.Namespace", "uncategorized")]
    [InlineData(null, "uncategorized")]
    public void Category_follows_namespace_convention(string? ns, string expected) =>
        Assert.Equal(expected, BenchmarkCategories.FromNamespace(ns));

    [Fact]
    public void Category_falls_back_to_full_name_when_namespace_field_is_absent()
    {
        var report = BdnReportReader.Parse(
            "{\"Benchmarks\":[{\"FullName\":\"FlyRigLoader.Benchmarks.Discovery.FindBenchmarks.Find(FileCount: 10)\",\"Type\":\"FindBenchmarks\",\"Method\":\"Find\",\"Parameters\":\"FileCount=10\",\"Statistics\":{\"OriginalValues\":[1.5]}}]}",
            "inline");

        var r = Assert.Single(report.Benchmarks);
        Assert.Equal("discovery", r.Category);
        Assert.True(r.Success);
        Assert.Null(report.Host);
    }

    [Fact]
    public void Parameters_parse_multiple_pairs()
    {
        var values = BenchmarkParameters.Parse("SizeMb=100&Rows=1000");
        Assert.Equal("100", values["SizeMb"]);
        Assert.Equal("1000", values["Rows"]);
        Assert.Empty(BenchmarkParameters.Parse(null));
    }
}
