using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Regression;

/// <summary>Gate self-test: the pipeline can fail, fails closed on bad input, and passes what it should.</summary>
public sealed class RegressionCheckTests : IDisposable
{
    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Check(MeasuredRun current, string? baseline, bool allowMissing = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new CheckSettings(baseline, new GateConfig(), allowMissing, CiMode: true, Path.Combine(_dir, "artifacts"), null, new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        var code = RegressionCheck.Run(current, [], settings, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string WriteBaseline()
    {
        var path = Path.Combine(_dir, "baselines", BaselineStore.FileName("linux-x64-2core", "fp1"));
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
    public void Should_say_so_when_the_baseline_comes_from_another_environment()
    {
        var (code, output, _) = Check(Synthetic.Run(42, fingerprint: "other"), WriteBaseline());

        Assert.Equal(0, code);
        Assert.Contains("used only through calibration normalization", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_when_a_benchmark_failed_in_the_current_run()
    {
        var run = Synthetic.Run(42) with { Failed = ["FlyRigLoader.Benchmarks.X.Y.Z"] };

        Assert.Equal(2, Check(run, WriteBaseline()).Code);
    }
}
