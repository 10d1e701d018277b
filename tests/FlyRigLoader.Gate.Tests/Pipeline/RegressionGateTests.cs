using System.Text.RegularExpressions;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.TestKit;
using FlyRigLoader.Gate.Tests.Reports;

namespace FlyRigLoader.Gate.Tests.Pipeline;

/// <summary>The Cake entry points on a temporary repository root (no git there, so every run counts as dirty).</summary>
public sealed class RegressionGateTests : IDisposable
{
    private readonly string _root = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Report(string name, MeasuredRun run)
    {
        var dir = Path.Combine(_root, "artifacts", "runs", name);
        Directory.CreateDirectory(dir);
        Synthetic.WriteBdn(Path.Combine(dir, "Suite-report-full.json"), run);
        return dir;
    }

    private static (int Code, string Out, string Err) Call(Func<TextWriter, TextWriter, int> action)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = action(output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Update_baseline_refuses_a_dirty_run_then_accepts_it_with_allow_dirty_and_keeps_k()
    {
        var paths = new BuildPaths(_root);

        var refused = Call((o, e) => RegressionGate.UpdateBaseline(new BuildOptions { Report = Report("r1", Synthetic.Run(1)) }, paths, o, e));
        Assert.Equal(2, refused.Code);
        Assert.Contains("--allow-dirty", refused.Err, StringComparison.Ordinal);

        for (var i = 1; i <= 6; i++)
        {
            var run = Report("r" + i, Synthetic.Run(i));
            File.SetLastWriteTimeUtc(Path.Combine(run, "Suite-report-full.json"), new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc).AddHours(i));
            var accepted = Call((o, e) => RegressionGate.UpdateBaseline(new BuildOptions { Report = run, AllowDirty = true }, paths, o, e));
            Assert.Equal(0, accepted.Code);
        }

        var file = Directory.GetFiles(Path.Combine(_root, "baselines")).Single();
        Assert.StartsWith("linux-2core-", Path.GetFileName(file), StringComparison.Ordinal);
        Assert.Equal(5, BaselineStore.Read(file).Runs.Count);
    }

    [Fact]
    public void Check_regression_passes_an_unchanged_run_and_fails_a_slowed_one()
    {
        var paths = new BuildPaths(_root);
        for (var i = 1; i <= 3; i++)
        {
            var run = Report("b" + i, Synthetic.Run(i));
            File.SetLastWriteTimeUtc(Path.Combine(run, "Suite-report-full.json"), DateTime.UtcNow.AddHours(-i));
            Assert.Equal(0, Call((o, e) => RegressionGate.UpdateBaseline(new BuildOptions { Report = run, AllowDirty = true }, paths, o, e)).Code);
        }

        var same = Report("same", Synthetic.Run(10));
        var slow = Report("slow", Synthetic.Run(11, slow: new Dictionary<string, double> { [Synthetic.Names[3]] = 1.5 }));

        Assert.Equal(0, Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = same }, paths, o, e)).Code);
        var failed = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = slow, CiMode = true }, paths, o, e));
        Assert.Equal(1, failed.Code);
        Assert.Contains("::error title=Performance regression::" + Synthetic.Names[3], failed.Out, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_root, "artifacts", "statistical-analysis"), "regression-analysis-*.json"));
    }

    private const string SmallConfig = "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall";

    /// <summary>
    /// A saved run report of the fixture cases in three launches with the small config load twice as slow as the baseline
    /// (a run of the same fixture), and <paramref name="busyLaunch"/> (1-based) with a neighbour on the other core.
    /// </summary>
    private string SavedSlowRun(int? busyLaunch)
    {
        var paths = new BuildPaths(_root);
        var baseline = ReportBuilder.Build(ReportSamples.LaunchedInputs(1, 1, 1));
        var (run, _) = ReportRunReader.FromReport(baseline);
        var file = BaselineUpdater.Append(null, run with { DirtyTree = false }, 5, false).Updated!;
        BaselineStore.Write(Path.Combine(paths.Baselines, BaselineStore.FileName(run.EnvironmentName!, run.Fingerprint!, run.Job!.Key)), file);

        var inputs = ReportSamples.LaunchedInputs(1, 1, 1);
        var single = ReportSamples.Inputs(includeFailure: false).Results;
        IReadOnlyList<BenchmarkResult> slowed = single.Select(r => r.FullName == SmallConfig ? r with { SamplesNs = r.SamplesNs.Select(x => x * 2).ToList() } : r).ToList();
        var current = inputs with
        {
            RunId = "20240118T101010Z-0123456",
            Results = Core.Statistics.LaunchPooling.Pool([slowed, slowed, slowed]),
            LaunchRuns = inputs.LaunchRuns!.Select(l => l with { ForeignCpuSeconds = l.Index == busyLaunch ? 28 : 0.3, StealSeconds = 0 }).ToList(),
        };
        var path = Path.Combine(paths.Reports, "benchmark-report-20240118T101010Z-0123456.json");
        AtomicFile.WriteAllText(path, ReportJson.Serialize(ReportBuilder.Build(current)));
        return path;
    }

    [Fact]
    public void Check_regression_on_a_saved_report_calls_a_disturbed_regression_inconclusive_at_once_and_exits_3()
    {
        var paths = new BuildPaths(_root);
        var report = SavedSlowRun(busyLaunch: 2);

        var result = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = report, CiMode = true }, paths, o, e));

        Assert.True(result.Code == 3, result.Out + result.Err);
        Assert.Contains("| INCONCLUSIVE |", result.Out, StringComparison.Ordinal);
        Assert.Contains("::warning title=INCONCLUSIVE::" + SmallConfig + ": INCONCLUSIVE: measured under interference (launch 2: other processes kept 0.89 of 2 cores busy (limit 0.25)); CheckRegression on a saved report cannot measure it again", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("::error title=Performance regression", result.Out, StringComparison.Ordinal);
        Assert.Contains("::error title=No verdict::", result.Out, StringComparison.Ordinal);
        Assert.Contains("no verdict (exit 3) for 1 case(s): " + SmallConfig, result.Out, StringComparison.Ordinal);

        var accepted = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = report, AcceptNoVerdict = true }, paths, o, e));
        Assert.Equal(0, accepted.Code);
        Assert.Contains("warning: --accept-no-verdict: exit 3 accepted as 0, with no verdict for 1 case(s): " + SmallConfig, accepted.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(null, 1, true)]
    public void A_gate_accuracy_trial_is_judged_as_check_regression_judges_the_saved_report(int? busyLaunch, int code, bool regression)
    {
        // The neighbour trials once skipped the interference review and counted REGRESSIONs the product calls INCONCLUSIVE.
        var paths = new BuildPaths(_root);
        var report = BenchmarkReportReader.Read(SavedSlowRun(busyLaunch));

        var (judged, analysis, sla, _) = Accuracy.Trials.SuiteTrials.Judge(report, new BuildOptions { Baseline = paths.Baselines }, paths, TextWriter.Null);

        var verdicts = Accuracy.Trials.VerdictReader.From(analysis!, sla);
        Assert.Equal(code, judged);
        Assert.Equal(regression, verdicts.Regression.Contains(SmallConfig));
        Assert.Equal(!regression, verdicts.Inconclusive.Contains(SmallConfig));
    }

    [Fact]
    public void Check_regression_on_a_saved_report_measured_quietly_fails_the_regression_as_before()
    {
        var result = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = SavedSlowRun(busyLaunch: null), CiMode = true }, new BuildPaths(_root), o, e));

        Assert.Equal(1, result.Code);
        Assert.Contains("::error title=Performance regression::" + SmallConfig, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_regression_without_any_run_exits_2()
    {
        var result = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions(), new BuildPaths(_root), o, e));

        Assert.Equal(2, result.Code);
        Assert.Contains("no benchmark run found", result.Err, StringComparison.Ordinal);
    }

    // A runtime-settings.json beside the BenchmarkDotNet results, as the suite writes it: here, tiered compilation set or not.
    private static void RuntimeSettings(string reportDir, bool tieredCompilationOff) =>
        File.WriteAllText(Path.Combine(reportDir, "runtime-settings.json"), $$"""
            { "schema_version": 1,
              "app_context": { "System.GC.Server": "false", "System.GC.Concurrent": "false" },
              "environment": { {{(tieredCompilationOff ? "\"DOTNET_TieredCompilation\": \"0\"" : "")}} },
              "gc": { "is_server_gc": false, "latency_mode": "Batch" } }
            """);

    [Fact]
    public void Update_baseline_keeps_one_file_per_job_and_appends_a_run_to_the_file_of_its_own_job()
    {
        var paths = new BuildPaths(_root);
        var runs = new[] { ("a1", false), ("b1", true), ("a2", false) }.Select((r, i) =>
        {
            var dir = Report(r.Item1, Synthetic.Run(i + 1));
            RuntimeSettings(dir, r.Item2);
            File.SetLastWriteTimeUtc(Path.Combine(dir, "Suite-report-full.json"), new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc).AddHours(i));
            return dir;
        }).ToList();

        foreach (var run in runs)
        {
            var result = Call((o, e) => RegressionGate.UpdateBaseline(new BuildOptions { Report = run, AllowDirty = true }, paths, o, e));
            Assert.True(result.Code == 0, result.Err);
        }

        var files = Directory.GetFiles(Path.Combine(_root, "baselines")).Select(BaselineStore.Read).ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal([1, 2], files.Select(f => f.Runs.Count).Order());
        Assert.Equal("0", files.Single(f => f.Runs.Count == 1).Job!.Runtime["TieredCompilation"]);
        Assert.All(Directory.GetFiles(Path.Combine(_root, "baselines")), p => Assert.EndsWith("-" + BaselineStore.Read(p).Job!.Key + ".json", p, StringComparison.Ordinal));
    }

    [Fact]
    public void An_incomparable_baseline_whose_commit_is_unreachable_gives_every_benchmark_incomparable_exit_3_and_the_reason()
    {
        var paths = new BuildPaths(_root);
        var old = Report("old", Synthetic.Run(1));
        RuntimeSettings(old, tieredCompilationOff: true);
        Assert.Equal(0, Call((o, e) => RegressionGate.UpdateBaseline(new BuildOptions { Report = old, AllowDirty = true }, paths, o, e)).Code);
        var file = Directory.GetFiles(Path.Combine(_root, "baselines")).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"git_sha\": null", "\"git_sha\": \"309edfeb326bb030fac7ecc67a0a81b80dc7608b\"", StringComparison.Ordinal));
        var current = Report("now", Synthetic.Run(10, slow: new Dictionary<string, double> { [Synthetic.Names[3]] = 1.5 }));
        RuntimeSettings(current, tieredCompilationOff: false);

        var result = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = current, CiMode = true }, paths, o, e));
        var accepted = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions { Report = current, AcceptNoVerdict = true }, paths, o, e));

        Assert.Equal(3, result.Code);
        Assert.Equal(Synthetic.Names.Length, Regex.Count(result.Out, @"^\| INCOMPARABLE \| INCOMPARABLE \|", RegexOptions.Multiline));
        Assert.DoesNotContain("| REGRESSION |", result.Out, StringComparison.Ordinal);
        Assert.Contains("job differs: runtime TieredCompilation 0 -> (unset)", result.Out, StringComparison.Ordinal);
        Assert.Contains("its commit 309edfeb326b is not in this repository, so it cannot be measured side by side: every benchmark is INCOMPARABLE", result.Out, StringComparison.Ordinal);
        Assert.Contains("::error title=No verdict::no verdict: 5 benchmark(s) INCOMPARABLE", result.Out, StringComparison.Ordinal);
        Assert.Contains("exit 3 (pass --accept-no-verdict to accept it)", result.Err, StringComparison.Ordinal);
        Assert.Equal(0, accepted.Code);
        Assert.Contains("accepted (--accept-no-verdict), exit 0", accepted.Out, StringComparison.Ordinal);
    }
}
