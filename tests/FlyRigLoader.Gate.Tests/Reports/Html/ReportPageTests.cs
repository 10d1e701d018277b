using FlyRigLoader.Gate.Artifacts;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Artifacts;
using FlyRigLoader.Gate.Tests.Infra;
using FlyRigLoader.Gate.Testing;

namespace FlyRigLoader.Gate.Tests.Reports.Html;

/// <summary>The page written by CheckRegression and MergeReports with --report-artifacts, on a scratch root.</summary>
[Trait(SlowTrait.Name, SlowTrait.Value)]
public sealed class ReportPageTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public ReportPageTests()
    {
        // The scratch root has no renderer sources, so the page uses the renderer the test build produced (linked, not copied: 160 MB).
        var built = Path.GetDirectoryName(HtmlReportJobTests.Renderer[1])!;
        var linked = Path.GetDirectoryName(Paths.ChartsRenderer)!;
        Directory.CreateDirectory(Path.GetDirectoryName(linked)!);
        Directory.CreateSymbolicLink(linked, built);
        Directory.CreateDirectory(Path.Combine(_repo.Root, "baselines"));
        File.Copy(Path.Combine(RepoRoot.Path, "baselines", "gate-config.json"), Path.Combine(_repo.Root, "baselines", "gate-config.json"));
    }

    public void Dispose() => _repo.Dispose();

    private BuildPaths Paths => new(_repo.Root);

    private static (int Code, string Out, string Err) Call(Func<TextWriter, TextWriter, int> action)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = action(output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string WriteReport(BenchmarkReport report)
    {
        Directory.CreateDirectory(Paths.Reports);
        var path = Path.Combine(Paths.Reports, $"benchmark-report-{report.RunId}.json");
        File.WriteAllText(path, ReportJson.Serialize(report));
        return path;
    }

    [Fact]
    public void Check_regression_with_report_artifacts_judges_the_report_and_writes_its_page_with_the_comparison()
    {
        WriteReport(ChartSamples.Report());
        File.Copy(ChartSamples.BaselinePath, Path.Combine(_repo.Root, "baselines", Path.GetFileName(ChartSamples.BaselinePath)["baseline-".Length..]));

        var (code, output, error) = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { ReportArtifacts = true }, Paths, o, e));

        Assert.True(code is 0 or 1, $"exit {code}\n{output}\n{error}");
        var html = File.ReadAllText(Path.Combine(Paths.Reports, HtmlReportJob.HtmlFileName(ChartSamples.RunId)));
        Assert.Contains("Comparison with the baseline", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Paths.Charts, "*.png"));
        Assert.Contains("HTML report:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_regression_with_report_artifacts_refuses_plain_benchmark_dot_net_json_with_exit_2()
    {
        var bdn = Path.Combine(_repo.Root, "bdn");
        Directory.CreateDirectory(bdn);
        Synthetic.WriteBdn(Path.Combine(bdn, "Suite-report-full.json"), Synthetic.Run(1));

        var (code, _, error) = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { ReportArtifacts = true, Report = bdn }, Paths, o, e));

        Assert.Equal(2, code);
        Assert.Contains("--report-artifacts needs one of our run reports", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_reports_with_report_artifacts_writes_the_merged_runs_page()
    {
        var folder = Path.Combine(_repo.Root, "artifacts", "shard-reports");
        foreach (var (shard, name) in new[] { (1, "N.C.A"), (2, "N.D.B") })
        {
            var report = ReportMergerTests.Report(shard, 2, benchmarks: [("config", name)]);
            var path = Path.Combine(folder, $"shard-{shard}", $"benchmark-report-{report.RunId}.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ReportJson.Serialize(report));
        }

        var (code, output, error) = Call((o, e) => MergeReportsCommand.Run(Paths, new BuildOptions { Reports = "artifacts/shard-reports", ReportArtifacts = true }, o, e, null, new FixedClock(new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero))));

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        var page = Assert.Single(Directory.GetFiles(Paths.Reports, "benchmark-report-*.html"));
        Assert.Contains("N.D.B", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_renderer_or_its_sources_the_page_fails_with_exit_2_naming_both()
    {
        Directory.Delete(Path.GetDirectoryName(Paths.ChartsRenderer)!);

        var (code, _, error) = Call((o, e) => ReportPage.Write(ChartSamples.Report(), Paths, o, e));

        Assert.Equal(2, code);
        Assert.Contains("no chart renderer", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Paths.Reports) && Directory.GetFiles(Paths.Reports, "*.html").Length > 0);
    }
}
