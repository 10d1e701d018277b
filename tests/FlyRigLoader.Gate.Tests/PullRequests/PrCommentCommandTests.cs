using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.PullRequests;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Tests.Infra;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.PullRequests;

/// <summary>
/// The CI path end to end on files: a run report, the real CheckRegression target against a baseline made from that
/// run's own samples, then PrComment, which must say what the gate decided.
/// </summary>
public sealed class PrCommentCommandTests : IDisposable
{
    private const string Slowed = "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.LoadPickle(SizeMb: 4)";
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private BuildPaths Paths => new(_repo.Root);

    private string ReportFile => Path.Combine(Paths.Reports, "benchmark-report-" + ReportSamples.Inputs().RunId + ".json");

    private string WriteReport(SlaRegistry? registry = null)
    {
        var inputs = ReportSamples.Inputs(includeFailure: false);
        var report = ReportBuilder.Build(registry is null ? inputs : inputs with { Registry = registry });
        Directory.CreateDirectory(Paths.Reports);
        File.WriteAllText(ReportFile, ReportJson.Serialize(report));
        File.SetLastWriteTimeUtc(ReportFile, DateTime.UtcNow.AddMinutes(-5));
        return ReportFile;
    }

    /// <summary>A K = 3 baseline of the report's own samples, jittered by 1 % per run; <paramref name="faster"/> makes one case 1.5× faster there.</summary>
    private string WriteBaseline(string report, string? faster = null)
    {
        var (run, _) = ReportRunReader.FromReport(BenchmarkReportReader.Read(report));
        BaselineFile? file = null;
        for (var i = 1; i <= 3; i++)
        {
            var jitter = 1 + (0.01 * (i - 2));
            var benchmarks = run.Benchmarks.Select(b => b with { SamplesNs = [.. b.SamplesNs.Select(s => s * jitter / (b.FullName == faster ? 1.5 : 1.0))] }).ToList();
            var past = run with { Provenance = run.Provenance with { RunId = $"base-{i}", Date = run.Provenance.Date.AddDays(-i) }, Benchmarks = benchmarks };
            file = BaselineUpdater.Append(file, past, 5, allowDirty: true).Updated;
        }

        var path = Path.Combine(_repo.Root, "baselines", "test-baseline.json");
        BaselineStore.Write(path, file!);
        return path;
    }

    private static (int Code, string Out, string Err) Call(Func<TextWriter, TextWriter, int> action)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = action(output, error);
        return (code, output.ToString(), error.ToString());
    }

    private (int Code, string Out, string Err) Gate(BuildOptions options) =>
        Call((o, e) => RegressionGate.CheckRegression(options with { Report = ReportFile }, Paths, o, e));

    private (string Comment, string Out) Comment(BuildOptions? options = null)
    {
        var (code, output, error) = Call((o, e) => PrCommentCommand.Run(options ?? new BuildOptions(), Paths, o, e));
        Assert.True(code == 0, error);
        return (File.ReadAllText(Path.Combine(_repo.Root, PrCommentCommand.DefaultOutput)), output);
    }

    [Fact]
    public void A_passing_run_gets_a_passed_comment_with_the_marker_first_and_the_links()
    {
        var baseline = WriteBaseline(WriteReport());
        Assert.Equal(0, Gate(new BuildOptions { Baseline = baseline }).Code);

        var (comment, output) = Comment(new BuildOptions
        {
            ArtifactUrl = "https://github.com/o/r/actions/runs/7/artifacts/9", RunUrl = "https://github.com/o/r/actions/runs/7", PullRequest = 42,
        });

        Assert.StartsWith(PrComment.Marker + "\n### ✅ Benchmarks: Performance gate passed", comment, StringComparison.Ordinal);
        Assert.Contains("[HTML report (artifact)](<https://github.com/o/r/actions/runs/7/artifacts/9>)", comment, StringComparison.Ordinal);
        Assert.Contains("[workflow run](<https://github.com/o/r/actions/runs/7>)", comment, StringComparison.Ordinal);
        Assert.Contains("- Baseline: `test-baseline.json`, 3 run(s)", comment, StringComparison.Ordinal);
        Assert.Contains("- SLA: 3/3 pass", comment, StringComparison.Ordinal);
        Assert.DoesNotContain("**Regressions**", comment, StringComparison.Ordinal);
        Assert.Equal("42\n", File.ReadAllText(Path.Combine(_repo.Root, "artifacts", "ci-integration", "pr-comment", PrCommentCommand.NumberFile)));
        Assert.Contains("Performance gate passed (run 20240117T143022Z-0123456, verdicts from regression-analysis-20240117T143022Z-0123456.json)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regression_fails_the_comment_and_leads_the_worst_ratios_with_its_interval()
    {
        var baseline = WriteBaseline(WriteReport(), faster: Slowed);
        Assert.Equal(1, Gate(new BuildOptions { Baseline = baseline }).Code);

        var (comment, _) = Comment();

        Assert.Contains("### ❌ Benchmarks: Performance gate failed", comment, StringComparison.Ordinal);
        Assert.Contains("**Regressions** (1)", comment, StringComparison.Ordinal);
        Assert.Matches(@"\| `" + System.Text.RegularExpressions.Regex.Escape(Slowed) + @"` \| REGRESSION \| 1\.5\d\d \(\d\.\d{3}–\d\.\d{3}\) \|", comment);
        var worst = comment[comment.IndexOf("**Worst ratios**", StringComparison.Ordinal)..];
        Assert.StartsWith("**Worst ratios** (3)\n\n| Benchmark | Verdict | Ratio (95% CI) | Baseline → current median |\n|---|---|---|---|\n| `" + Slowed + "` | REGRESSION |", worst, StringComparison.Ordinal);
        Assert.Contains("- Time: 1 REGRESSION, 2 NOISE", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void An_sla_failure_is_listed_with_its_observed_value_and_limit()
    {
        var strict = new SlaRegistry(1, [new SlaDefinition("TIGHT", "impossible", "time", 1, "ns", null, ["*LoadSmall"])]);
        var baseline = WriteBaseline(WriteReport(strict));
        Assert.Equal(1, Gate(new BuildOptions { Baseline = baseline }).Code);

        var (comment, _) = Comment();

        Assert.Contains("### ❌ Benchmarks: Performance gate failed", comment, StringComparison.Ordinal);
        Assert.Contains("**SLA failures** (1)", comment, StringComparison.Ordinal);
        Assert.Matches(@"\| TIGHT \| `FlyRigLoader\.Benchmarks\.Config\.ConfigLoadBenchmarks\.LoadSmall` \| FAIL \| [0-9.e+]+ ns \| 1\.05 ns \|", comment);
    }

    [Fact]
    public void A_missing_baseline_leaves_no_verdict_and_the_comment_says_the_run_was_not_judged()
    {
        WriteReport();
        var gate = Gate(new BuildOptions());
        Assert.Equal(2, gate.Code);
        Assert.Contains("no baseline found", gate.Err, StringComparison.Ordinal);

        var (comment, _) = Comment();

        Assert.Contains("### ❌ Benchmarks: Not judged: the regression gate left no verdict", comment, StringComparison.Ordinal);
        Assert.Contains($"this runner's fingerprint `{ReportSamples.Environment.Fingerprint}`", comment, StringComparison.Ordinal);
        Assert.Contains("- SLA: 3/3 pass", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_allowed_by_the_gate_is_a_comment_that_compared_nothing()
    {
        WriteReport();
        Assert.Equal(0, Gate(new BuildOptions { AllowMissingBaseline = true }).Code);

        var (comment, _) = Comment();

        Assert.Contains("### ⚠️ Benchmarks: No baseline: nothing was compared", comment, StringComparison.Ordinal);
        Assert.Contains("- Time: 3 NEW", comment, StringComparison.Ordinal);
        Assert.Contains("- Baseline: none found for this runner", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_of_an_earlier_run_are_not_taken_for_this_ones()
    {
        var baseline = WriteBaseline(WriteReport(), faster: Slowed);
        Assert.Equal(1, Gate(new BuildOptions { Baseline = baseline }).Code);
        // A newer run replaces the report; the regression analysis on disk is the old run's.
        File.SetLastWriteTimeUtc(ReportFile, DateTime.UtcNow.AddMinutes(5));

        var (comment, _) = Comment();

        Assert.Contains("Not judged: the regression gate left no verdict", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_pull_request_number_is_removed_when_none_is_given()
    {
        WriteReport();
        Comment(new BuildOptions { PullRequest = 7 });
        Comment();

        Assert.False(File.Exists(Path.Combine(_repo.Root, "artifacts", "ci-integration", "pr-comment", PrCommentCommand.NumberFile)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    public void A_link_that_is_not_an_http_url_is_refused_and_nothing_is_written(string url)
    {
        WriteReport();

        var (code, _, error) = Call((o, e) => PrCommentCommand.Run(new BuildOptions { ArtifactUrl = url }, Paths, o, e));

        Assert.Equal(2, code);
        Assert.Contains("--artifact-url", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Root, PrCommentCommand.DefaultOutput)));
    }

    [Fact]
    public void Without_a_run_report_it_exits_2_naming_what_is_missing()
    {
        var (code, _, error) = Call((o, e) => PrCommentCommand.Run(new BuildOptions(), Paths, o, e));

        Assert.Equal(2, code);
        Assert.Contains("PrComment needs a run report", error, StringComparison.Ordinal);
    }
}
