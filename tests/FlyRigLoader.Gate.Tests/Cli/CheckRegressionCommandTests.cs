using FlyRigLoader.Gate.Cli;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Cli;

/// <summary>The standalone command on plain BenchmarkDotNet JSON, end to end through <see cref="GateCommand"/>.</summary>
public sealed class CheckRegressionCommandTests : IDisposable
{
    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Gate(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = GateCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Bdn(string name, FlyRigLoader.Gate.Baselines.MeasuredRun run)
    {
        var path = Path.Combine(_dir, name + "-report-full.json");
        Synthetic.WriteBdn(path, run);
        return path;
    }

    [Fact]
    public void Same_run_passes_and_a_slowed_run_fails_with_exit_1()
    {
        var baseline = Bdn("base", Synthetic.Run(1));
        var same = Bdn("same", Synthetic.Run(2));
        var slow = Bdn("slow", Synthetic.Run(3, slow: new Dictionary<string, double> { [Synthetic.Names[4]] = 1.6 }));
        var artifacts = Path.Combine(_dir, "artifacts");

        Assert.Equal(0, Gate("check-regression", "--baseline", baseline, "--current", same, "--threshold", "0.15", "--artifacts", artifacts).Code);
        var (code, output, _) = Gate("check-regression", "--baseline", baseline, "--current", slow, "--threshold=0.15", "--artifacts", artifacts);
        Assert.Equal(1, code);
        Assert.Contains("| REGRESSION |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_a_baseline_it_judges_the_history_beside_it_with_the_anchor_and_fail_on_creep_options()
    {
        var baseline = Bdn("base", Synthetic.Run(1));
        // A BenchmarkDotNet JSON run is dated by its file: the baseline's run is the day before, the history's anchor.
        File.SetLastWriteTimeUtc(baseline, DateTime.UtcNow.AddDays(-1));
        var slow = Bdn("slow", Synthetic.Run(3, slow: new Dictionary<string, double> { [Synthetic.Names[4]] = 1.6 }));
        var artifacts = Path.Combine(_dir, "artifacts");

        var (code, output, _) = Gate("check-regression", "--baseline", baseline, "--current", slow, "--threshold=0.15", "--artifacts", artifacts, "--fail-on-creep");
        var (unknown, _, error) = Gate("check-regression", "--baseline", baseline, "--current", slow, "--artifacts", artifacts, "--anchor", "no-such-label");

        Assert.Equal(1, code);
        Assert.Contains("### History", output, StringComparison.Ordinal);
        // One run past the threshold, with no run between it and the anchor: CREEP_SUSPECTED (CREEP needs a second one).
        Assert.True(output.Contains($"| CREEP_SUSPECTED | `{Synthetic.Names[4]}` |", StringComparison.Ordinal), output);
        Assert.Contains("CREEP fails the gate (--fail-on-creep)", output, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("--anchor=no-such-label", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_or_missing_inputs_exit_2()
    {
        var current = Bdn("cur", Synthetic.Run(1));
        var corrupt = Path.Combine(_dir, "corrupt-report-full.json");
        File.WriteAllText(corrupt, "{ \"Benchmarks\": [ { \"FullName\": 3 } ] }");
        var artifacts = Path.Combine(_dir, "artifacts");

        Assert.Equal(2, Gate("check-regression", "--baseline", corrupt, "--current", current, "--artifacts", artifacts).Code);
        Assert.Equal(2, Gate("check-regression", "--baseline", Path.Combine(_dir, "none"), "--current", current, "--artifacts", artifacts).Code);
        Assert.Equal(0, Gate("check-regression", "--baseline", Path.Combine(_dir, "none"), "--current", current, "--allow-missing-baseline", "--artifacts", artifacts).Code);
        Assert.Equal(2, Gate("check-regression", "--baseline", current, "--current", corrupt, "--artifacts", artifacts).Code);
    }

    [Fact]
    public void Bad_arguments_exit_2_with_usage()
    {
        var (code, _, error) = Gate("check-regression", "--current", "x.json", "--threshold", "-1", "--colour");

        Assert.Equal(2, code);
        Assert.Contains("--threshold=-1 must be a positive number", error, StringComparison.Ordinal);
        Assert.Contains("unknown option --colour", error, StringComparison.Ordinal);
        Assert.Contains("usage: check-regression", error, StringComparison.Ordinal);
    }
}
