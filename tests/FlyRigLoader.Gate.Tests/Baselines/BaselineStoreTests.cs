using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Tests.Baselines;

public sealed class BaselineStoreTests : IDisposable
{
    private readonly string _dir = Synthetic.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Round_trips_runs_samples_allocations_and_provenance()
    {
        var baseline = Synthetic.Baseline(3);
        var path = Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "fp1"));

        BaselineStore.Write(path, baseline);
        var read = BaselineStore.Read(path);

        Assert.Equal("linux-x64-2core-fp1.json", Path.GetFileName(path));
        Assert.Equal(3, read.Runs.Count);
        Assert.Equal(baseline.Runs[2].Provenance, read.Runs[2].Provenance);
        Assert.Equal(baseline.Runs[0].Benchmarks.Count, read.Runs[0].Benchmarks.Count);
        var before = baseline.Runs[1].Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal).First();
        var after = read.Runs[1].Benchmarks.Single(b => b.FullName == before.FullName);
        Assert.Equal(before.SamplesNs.Select(s => Math.Round(s, 4)), after.SamplesNs);
        Assert.Equal(before.AllocatedBytesPerOp, after.AllocatedBytesPerOp);
        Assert.Empty(Directory.GetFiles(_dir, ".*"));
    }

    [Fact]
    public void Launch_medians_round_trip_and_are_absent_for_runs_measured_in_one_process()
    {
        var single = Synthetic.Baseline(1);
        var run = single.Runs[0];
        var launched = single with
        {
            Runs = [run with { Benchmarks = [.. run.Benchmarks.Select((b, i) => i == 0 ? b with { LaunchMediansNs = [1e5, 1.1e5, 0.95e5] } : b)] }],
        };
        var path = Path.Combine(_dir, "b.json");

        BaselineStore.Write(path, launched);
        var text = File.ReadAllText(path);
        var read = BaselineStore.Read(path).Runs[0].Benchmarks;

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "\"launch_medians_ns\""));
        Assert.Equal([1e5, 1.1e5, 0.95e5], read.Single(b => b.FullName == run.Benchmarks[0].FullName).LaunchMediansNs!);
        Assert.All(read.Where(b => b.FullName != run.Benchmarks[0].FullName), b => Assert.Null(b.LaunchMediansNs));
        Assert.Equal([1e5, 1.1e5, 0.95e5], BaselineStore.Read(path).Histories().Single(h => h.FullName == run.Benchmarks[0].FullName).RunLaunchMediansNs![0]!);
    }

    [Theory]
    [InlineData("[]", "'launch_medians_ns' must be a non-empty array of positive numbers")]
    [InlineData("5", "'launch_medians_ns' must be a non-empty array of positive numbers")]
    [InlineData("[1, -2]", "launch_medians_ns[1] is not a positive number")]
    public void Rejects_malformed_launch_medians_naming_the_file_and_the_benchmark(string value, string problem)
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        File.WriteAllText(path, ReplaceFirst(File.ReadAllText(path), "\"samples_ns\": [", $"\"launch_medians_ns\": {value},\n\"samples_ns\": ["));

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains("runs[0].benchmarks[0]", e.Problem, StringComparison.Ordinal);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"schema_version\": 1", "\"schema_version\": 7", "unsupported schema_version")]
    [InlineData("\"keep_runs\": 5", "\"keep_runs\": 0", "'keep_runs' must be a positive integer")]
    [InlineData("\"run_id\": \"run-1\"", "\"run_id\": 3", "has no 'run_id'")]
    [InlineData("\"samples_ns\": [", "\"samples_ns\": [\"x\",", "samples_ns[0] is not a positive number")]
    [InlineData("\"date\": \"2026", "\"date\": \"yesterday", "date is not a date")]
    public void Rejects_a_corrupt_file_naming_it_and_the_problem(string find, string replace, string problem)
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        File.WriteAllText(path, ReplaceFirst(File.ReadAllText(path), find, replace));

        var e = Assert.Throws<GateInputException>(() => BaselineStore.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_truncated_json_and_a_missing_file()
    {
        var path = Path.Combine(_dir, "b.json");
        BaselineStore.Write(path, Synthetic.Baseline(1));
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);

        Assert.Contains("not valid JSON", Assert.Throws<GateInputException>(() => BaselineStore.Read(path)).Problem, StringComparison.Ordinal);
        Assert.Contains("not found", Assert.Throws<GateInputException>(() => BaselineStore.Read(Path.Combine(_dir, "none.json"))).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Locates_the_file_of_the_current_fingerprint_and_flags_a_foreign_one()
    {
        BaselineStore.Write(Path.Combine(_dir, BaselineStore.FileName("linux-x64-2core", "aaa")), Synthetic.Baseline(1, "aaa"));
        BaselineStore.Write(Path.Combine(_dir, BaselineStore.FileName("linux-x64-4core", "bbb")), Synthetic.Baseline(1, "bbb"));
        File.WriteAllText(Path.Combine(_dir, "gate-config.json"), "{}");

        var exact = BaselineStore.Locate(_dir, "bbb");
        var foreign = BaselineStore.Locate(_dir, "ccc");

        Assert.Equal("linux-x64-4core-bbb.json", Path.GetFileName(exact!.Value.Path));
        Assert.True(exact.Value.FingerprintMatches);
        Assert.False(foreign!.Value.FingerprintMatches);
        Assert.Null(BaselineStore.Locate(Path.Combine(_dir, "none"), "aaa"));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture text lacks {find}");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
