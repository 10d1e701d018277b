using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.TestKit;

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

    [Fact]
    public void Check_regression_without_any_run_exits_2()
    {
        var result = Call((o, e) => RegressionGate.CheckRegression(new BuildOptions(), new BuildPaths(_root), o, e));

        Assert.Equal(2, result.Code);
        Assert.Contains("no benchmark run found", result.Err, StringComparison.Ordinal);
    }
}
