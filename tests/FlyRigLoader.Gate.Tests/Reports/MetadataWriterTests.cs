using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Reports;

public sealed class MetadataWriterTests
{
    [Fact]
    public void The_metadata_file_holds_the_runs_suite_environment_and_job_as_its_report_does()
    {
        var report = ReportBuilder.Build(ReportSamples.Inputs());
        var full = JObject.Parse(ReportJson.Serialize(report));

        var json = JObject.Parse(MetadataWriter.Render(report, $"/a/reports/benchmark-report-{report.RunId}.json"));

        Assert.Equal(["schema_version", "run_id", "source_report", "benchmark_suite", "environment", "job"], json.Properties().Select(p => p.Name));
        Assert.Equal($"benchmark-report-{report.RunId}.json", (string?)json["source_report"]);
        Assert.True(JToken.DeepEquals(full["environment"], json["environment"]));
        Assert.True(JToken.DeepEquals(full["benchmark_suite"], json["benchmark_suite"]));
        Assert.Equal("benchmark-metadata-r1.json", MetadataWriter.FileName("r1"));
        Assert.DoesNotMatch("^benchmark-report-", MetadataWriter.FileName("r1"));
    }
}
