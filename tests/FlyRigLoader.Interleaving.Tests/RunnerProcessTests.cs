using System.Diagnostics;
using FlyRigLoader.Benchmarks.Transformation;
using FlyRigLoader.Gate.TestKit;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Interleaving.Tests;

/// <summary>The executor as the gate starts it: a process that loads two "builds" (here: this test assembly twice).</summary>
public sealed class RunnerProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static string Suite => typeof(SampleBenchmarks).Assembly.Location;

    private static string Runner => Path.Combine(AppContext.BaseDirectory, "FlyRigLoader.Interleaving.dll");

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.Prepend(Runner))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    [Fact]
    public void Measures_two_builds_in_one_process_and_writes_every_case_with_failures_recorded()
    {
        var result = _dir.Combine("result.json");

        var (code, output) = Run("--a", Suite, "--b", Suite, "--out", result, "--pairs", "6", "--batch-ms", "1", "--min-warmup-ms", "1", "--max-warmup-ms", "300", "--quiet-ms", "1",
            "--method", "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Allocate", "--method", "FlyRigLoader.Benchmarks.Transformation.UnsupportedBenchmarks.Throws");

        Assert.True(code == 0, output);
        var cases = (JArray)JObject.Parse(File.ReadAllText(result))["cases"]!;
        Assert.Equal(
            ["FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Allocate(Label: \"a b\", Rows: 100)",
             "FlyRigLoader.Benchmarks.Transformation.SampleBenchmarks.Allocate(Label: \"a b\", Rows: 10)",
             "FlyRigLoader.Benchmarks.Transformation.UnsupportedBenchmarks.Throws"],
            cases.Select(c => (string)c["full_name"]!));
        Assert.Equal(6, ((JArray)cases[0]["a"]!["samples_ns"]!).Count);
        Assert.InRange((double)cases[0]["b"]!["allocated_bytes_per_op"]!, 1024, 1088);
        Assert.Equal("boom", (string)cases[2]["errors"]!["A"]!);
        Assert.Equal(JTokenType.Null, cases[2]["a"]!.Type);
        Assert.False(File.Exists(result + ".tmp"));
    }

    [Fact]
    public void Bad_input_exits_2_naming_what_is_wrong_and_writes_nothing()
    {
        var result = _dir.Combine("result.json");

        var missing = Run("--a", _dir.Combine("nope.dll"), "--b", Suite, "--out", result, "--method", "N.T.M");
        var unknown = Run("--a", Suite, "--b", Suite, "--out", result, "--method", "No.Such.Method");

        Assert.Equal(2, missing.Code);
        Assert.Contains("nope.dll: suite assembly of build A not found", missing.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Code);
        Assert.Contains("No.Such.Method: neither build has this benchmark method", unknown.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(result));
    }
}
