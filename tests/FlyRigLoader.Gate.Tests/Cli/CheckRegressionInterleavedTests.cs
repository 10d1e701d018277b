using System.Globalization;
using FlyRigLoader.Gate.Cli;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Tests.Cli;

/// <summary><c>check-regression --interleaved &lt;dir&gt;</c>: re-judging what an <c>--against</c> run left, without measuring.</summary>
public sealed class CheckRegressionInterleavedTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Results(double slowB, int launches = 4)
    {
        var results = Directory.CreateDirectory(_dir.Combine("against")).FullName;
        var random = new Random(3);
        JObject Side(double level) => new()
        {
            ["samples_ns"] = new JArray(Enumerable.Range(0, 40).Select(_ => level * (0.98 + (0.04 * random.NextDouble())))),
            ["allocated_bytes_per_op"] = 512,
        };
        for (var l = 0; l < launches; l++)
        {
            var cases = new JArray(Enumerable.Range(0, 3).Select(i => new JObject
            {
                ["full_name"] = string.Create(CultureInfo.InvariantCulture, $"FlyRigLoader.Benchmarks.Config.B{i}.M"),
                ["a"] = Side(1e5 * (i + 1)),
                ["b"] = Side(1e5 * (i + 1) * (i == 1 ? slowB : 1.0)),
                ["jit_settled"] = true,
                ["errors"] = new JObject(),
            }));
            File.WriteAllText(Path.Combine(results, string.Create(CultureInfo.InvariantCulture, $"interleaved-result-{l}.json")), new JObject { ["schema_version"] = 1, ["cases"] = cases }.ToString());
        }

        return results;
    }

    private (int Code, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckRegressionCommand.Run([.. args, "--artifacts", _dir.Combine("artifacts")], output, error);
        return (code, output + error.ToString());
    }

    [Fact]
    public void Judges_the_kept_launches_as_rounds_and_fails_on_the_slowed_benchmark()
    {
        var (code, output) = Run("--interleaved", Results(1.3));

        Assert.Equal(1, code);
        Assert.Contains("| REGRESSION | NO_CHANGE | `FlyRigLoader.Benchmarks.Config.B1.M`", output, StringComparison.Ordinal);
        Assert.Contains("4 launches as rounds", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_dir.Combine("artifacts", "statistical-analysis"), "regression-analysis-ab-*.json"));
    }

    [Fact]
    public void A_threshold_above_the_slowdown_passes()
    {
        Assert.Equal(0, Run("--interleaved", Results(1.3), "--threshold", "0.5").Code);
    }

    [Fact]
    public void A_gap_in_the_launches_or_a_missing_folder_fails_closed()
    {
        var results = Results(1.0);
        File.Delete(Path.Combine(results, "interleaved-result-1.json"));

        var gap = Run("--interleaved", results);
        var none = Run("--interleaved", _dir.Combine("nowhere"));
        var both = Run("--interleaved", results, "--current", results);

        Assert.Equal((2, 2, 2), (gap.Code, none.Code, both.Code));
        Assert.Contains("missing: launches must be numbered 0..2", gap.Output, StringComparison.Ordinal);
        Assert.Contains("folder of interleaved results not found", none.Output, StringComparison.Ordinal);
        Assert.Contains("not both", both.Output, StringComparison.Ordinal);
    }
}
