using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>Gate self-test: the pipeline can fail, fails closed on bad input, and passes what it should.</summary>
public sealed class RegressionCheckTests : IDisposable
{
    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Check(MeasuredRun current, string? baseline, bool allowMissing = false, bool acceptNoVerdict = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new CheckSettings(baseline, new GateConfig(), allowMissing, CiMode: true, Path.Combine(_dir, "artifacts"), null, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), AcceptNoVerdict: acceptNoVerdict);
        var code = RegressionCheck.Run(current, [], settings, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string WriteBaseline()
    {
        var path = Path.Combine(_dir, "baselines", BaselineStore.FileName("linux-x64-2core", "fp1", Synthetic.Job.Key));
        BaselineStore.Write(path, Synthetic.Baseline());
        return Path.GetDirectoryName(path)!;
    }

    [Fact]
    public void Should_exit_0_for_an_unchanged_run()
    {
        var (code, output, _) = Check(Synthetic.Run(42), WriteBaseline());

        Assert.Equal(0, code);
        Assert.DoesNotContain("::error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_1_and_annotate_when_one_benchmark_is_50_percent_slower()
    {
        var slowed = Synthetic.Names[2];

        var (code, output, _) = Check(Synthetic.Run(42, slow: new Dictionary<string, double> { [slowed] = 1.5 }), WriteBaseline());

        Assert.Equal(1, code);
        Assert.Contains($"| REGRESSION | NO_CHANGE | `{slowed}`", output, StringComparison.Ordinal);
        Assert.Contains("::error title=Performance regression::" + slowed, output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_dir, "artifacts", "statistical-analysis"), "regression-analysis-run-42.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(_dir, "artifacts", "statistical-analysis"), "baseline-comparison-run-42.json"));
        Assert.Contains("\"errors\": 1", File.ReadAllText(Path.Combine(_dir, "artifacts", "ci-integration", "performance-alerts.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_file_has_the_guides_status_and_the_baselines_date_and_age()
    {
        Check(Synthetic.Run(42), WriteBaseline());

        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(File.ReadAllText(Path.Combine(_dir, "artifacts", "statistical-analysis", "regression-analysis-run-42.json"))))
        {
            DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        };
        var json = Newtonsoft.Json.Linq.JObject.Load(reader);

        Assert.Equal("ANALYSIS_COMPLETE", (string?)json["status"]);
        Assert.NotNull(json["summary"]);
        // The newest of the five synthetic baseline runs is 2026-11-20 05:00Z; the check's clock is 2026-11-27 00:00Z.
        Assert.Equal("2026-11-20T05:00:00Z", (string?)json["baseline"]!["latest_run_date"]);
        Assert.Equal(6 + (19.0 / 24), (double)json["baseline"]!["age_days"]!, 9);
    }

    [Fact]
    public void Without_a_baseline_the_guides_status_is_no_baseline()
    {
        Check(Synthetic.Run(42), Path.Combine(_dir, "nowhere"), allowMissing: true);

        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(_dir, "artifacts", "statistical-analysis", "regression-analysis-run-42.json")));

        Assert.Equal("NO_BASELINE", (string?)json["status"]);
    }

    [Fact]
    public void Should_exit_1_when_one_benchmark_allocates_an_extra_kilobyte()
    {
        var (code, output, _) = Check(Synthetic.Run(42, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 1024 }), WriteBaseline());

        Assert.Equal(1, code);
        Assert.Contains("REGRESSION (+1024 B)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_naming_the_file_when_the_baseline_is_corrupt()
    {
        var dir = WriteBaseline();
        var file = Directory.GetFiles(dir).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"samples_ns\": [", "\"samples_ns\": [-1,", StringComparison.Ordinal));

        var (code, _, error) = Check(Synthetic.Run(42), dir);

        Assert.Equal(2, code);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains("samples_ns[0] is not a positive number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_when_the_baseline_is_missing()
    {
        var (code, _, error) = Check(Synthetic.Run(42), Path.Combine(_dir, "no-such-baselines"));

        Assert.Equal(2, code);
        Assert.Contains("no baseline found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_0_with_a_warning_when_a_missing_baseline_is_allowed()
    {
        var (code, output, _) = Check(Synthetic.Run(42), Path.Combine(_dir, "no-such-baselines"), allowMissing: true);

        Assert.Equal(0, code);
        Assert.Contains("::warning title=Regression gate::no baseline found", output, StringComparison.Ordinal);
        Assert.Contains("| NEW |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_of_another_environment_gives_no_verdict_exit_3_and_names_the_fingerprints()
    {
        var (code, output, error) = Check(Synthetic.Run(42, fingerprint: "other", slow: new Dictionary<string, double> { [Synthetic.Names[2]] = 1.5 }), WriteBaseline());

        Assert.Equal(3, code);
        Assert.DoesNotContain("| REGRESSION |", output, StringComparison.Ordinal);
        Assert.Equal(Synthetic.Names.Length, System.Text.RegularExpressions.Regex.Count(output, @"\| INCOMPARABLE \| INCOMPARABLE \|"));
        Assert.Contains("INCOMPARABLE (fingerprint differs: fingerprint fp1 -> other)", output, StringComparison.Ordinal);
        Assert.Contains("::error title=No verdict::no verdict: 5 benchmark(s) INCOMPARABLE", output, StringComparison.Ordinal);
        Assert.Contains("exit 3 (pass --accept-no-verdict to accept it)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_when_a_benchmark_failed_in_the_current_run()
    {
        var run = Synthetic.Run(42) with { Failed = ["FlyRigLoader.Benchmarks.X.Y.Z"] };

        Assert.Equal(2, Check(run, WriteBaseline()).Code);
    }

    private static JobIdentity WithRuntime(string name, string value) =>
        Synthetic.Job with { Runtime = new SortedDictionary<string, string>(Synthetic.Job.Runtime.ToDictionary(), StringComparer.Ordinal) { [name] = value } };

    public static TheoryData<string, string> OtherJobs => new()
    {
        { "profile", "job differs: profile default -> smoke" },
        { "runtime", "job differs: runtime TieredCompilation (unset) -> 0" },
        { "iterations", "job differs: bdn_job IterationCount 15 -> 5" },
    };

    [Theory]
    [MemberData(nameof(OtherJobs))]
    public void A_baseline_of_another_job_gives_no_verdict_even_to_a_clear_regression_and_names_the_field(string change, string reason)
    {
        var job = change switch
        {
            "profile" => Synthetic.Job with { Profile = "smoke" },
            "runtime" => WithRuntime("TieredCompilation", "0"),
            _ => Synthetic.Job with { BdnJob = Synthetic.Job.BdnJob.Replace("IterationCount=15", "IterationCount=5", StringComparison.Ordinal) },
        };
        var slowed = Synthetic.Names[2];

        var (code, output, error) = Check(Synthetic.Run(42, slow: new Dictionary<string, double> { [slowed] = 1.5 }, job: job), WriteBaseline());

        Assert.Equal(3, code);
        Assert.Contains($"| INCOMPARABLE | INCOMPARABLE | `{slowed}` |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| REGRESSION |", output, StringComparison.Ordinal);
        Assert.Contains($"INCOMPARABLE ({reason}); no verdict from it", output, StringComparison.Ordinal);
        Assert.Contains($"informational (incomparable baseline: {reason})", output, StringComparison.Ordinal);
        Assert.Contains($"no baseline of fingerprint fp1 and job {job.Key}", output, StringComparison.Ordinal);
        Assert.Contains("no verdict: 5 benchmark(s) INCOMPARABLE", error, StringComparison.Ordinal);
        var json = File.ReadAllText(Path.Combine(_dir, "artifacts", "statistical-analysis", "regression-analysis-run-42.json"));
        Assert.Contains("\"incomparable_reason\": \"" + reason + "\"", json, StringComparison.Ordinal);
        Assert.Contains("\"method\": \"informational\"", json, StringComparison.Ordinal);
        Assert.Contains("\"exit_code\": 3", File.ReadAllText(Path.Combine(_dir, "artifacts", "ci-integration", "performance-alerts.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_fingerprint_and_job_are_judged_by_the_verdict_rule()
    {
        var (code, output, _) = Check(Synthetic.Run(42, slow: new Dictionary<string, double> { [Synthetic.Names[2]] = 1.5 }), WriteBaseline());

        Assert.Equal(1, code);
        Assert.Contains(": comparable (same fingerprint and job)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("INCOMPARABLE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocation_is_incomparable_between_jobs_however_large_the_growth()
    {
        var run = Synthetic.Run(42, extraBytes: new Dictionary<string, double> { [Synthetic.Names[0]] = 100_000 }, job: WithRuntime("GCgen0size", "0x4000000"));

        var (code, output, _) = Check(run, WriteBaseline());

        Assert.Equal(3, code);
        Assert.DoesNotContain("REGRESSION (+", output, StringComparison.Ordinal);
        Assert.Contains($"| INCOMPARABLE | INCOMPARABLE | `{Synthetic.Names[0]}` |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_1_baseline_predates_job_recording_and_gives_no_verdict()
    {
        var dir = WriteBaseline();
        var file = Directory.GetFiles(dir).Single();
        var text = File.ReadAllText(file).Replace("\"schema_version\": 2", "\"schema_version\": 1", StringComparison.Ordinal);
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(text, "\"job\": \\{[^}]*\\{[^}]*\\},[^}]*\\},", string.Empty));

        var (code, output, _) = Check(Synthetic.Run(42), dir);

        Assert.Equal(3, code);
        Assert.Contains("INCOMPARABLE (baseline predates job recording)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_no_verdict_exits_0_with_a_warning_naming_the_cases()
    {
        var (code, output, error) = Check(Synthetic.Run(42, job: Synthetic.Job with { Profile = "smoke" }), WriteBaseline(), acceptNoVerdict: true);

        Assert.Equal(0, code);
        Assert.Contains("## Performance regression gate: no verdict, accepted (--accept-no-verdict)", output, StringComparison.Ordinal);
        Assert.Contains("warning: no verdict: 5 benchmark(s) INCOMPARABLE (baseline ", output, StringComparison.Ordinal);
        Assert.Contains(Synthetic.Names[4], output, StringComparison.Ordinal);
        Assert.Contains("::warning title=No verdict (accepted)::", output, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void A_regression_outranks_no_verdict_in_the_exit_code()
    {
        var analysis = new RegressionAnalysis(
            [
                new BenchmarkComparison { FullName = "A", Verdict = TimeVerdict.Regression, AllocationVerdict = AllocationVerdict.NoChange, Reason = "slower" },
                new BenchmarkComparison { FullName = "B", Verdict = TimeVerdict.Inconclusive, AllocationVerdict = AllocationVerdict.NoChange, Reason = "launches disagree" },
            ],
            new DriftAssessment(0, null, 1, false, false, "none"));

        Assert.Equal(1, RegressionReport.ExitCode(analysis, []));
        Assert.Equal(3, RegressionReport.ExitCode(analysis with { Comparisons = [analysis.Comparisons[1]] }, []));
        Assert.Equal(0, RegressionReport.ExitCode(analysis with { Comparisons = [analysis.Comparisons[1]] }, [], acceptNoVerdict: true));
    }
}
