using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.TestKit;

/// <summary>Deterministic synthetic runs and BenchmarkDotNet JSON for gate tests.</summary>
internal static class Synthetic
{
    public static readonly string[] Names =
    [
        "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.Load(SizeMb: 1)",
        "FlyRigLoader.Benchmarks.DataLoading.PickleLoadBenchmarks.Load(SizeMb: 10)",
        "FlyRigLoader.Benchmarks.Discovery.DiscoveryBenchmarks.Discover(FileCount: 100)",
        "FlyRigLoader.Benchmarks.Config.ConfigLoadBenchmarks.LoadSmall",
        "FlyRigLoader.Benchmarks.Transformation.BuildBenchmarks.Build(Rows: 1000)",
    ];

    /// <summary>Samples around <paramref name="median"/> with ±2 % spread, scaled by <paramref name="factor"/>.</summary>
    public static double[] Samples(double median, int seed, double factor = 1.0, int n = 15)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => median * factor * (0.98 + (0.04 * random.NextDouble()))).ToArray();
    }

    public static MeasuredRun Run(int seed, IReadOnlyDictionary<string, double>? slow = null, IReadOnlyDictionary<string, double>? extraBytes = null, string fingerprint = "fp1", double calibration = 1e6)
    {
        var random = new Random(seed);
        var benchmarks = Names.Select((name, i) => new MeasuredBenchmark(
            name, "cat",
            Samples(1e5 * (i + 1), random.Next(), (slow?.GetValueOrDefault(name, 1.0) ?? 1.0) * (0.99 + (0.02 * random.NextDouble()))),
            1000 * (i + 1) + (extraBytes?.GetValueOrDefault(name, 0) ?? 0))).ToList();
        return new MeasuredRun(
            new RunProvenance("run-" + seed.ToString(CultureInfo.InvariantCulture), "abc123", "main", new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero).AddHours(seed), "0.15.8", "10.0.0", "default"),
            fingerprint, "linux-x64-2core", calibration, benchmarks, [], true, false);
    }

    public static BaselineFile Baseline(int runs = 5, string fingerprint = "fp1")
    {
        BaselineFile? file = null;
        for (var i = 1; i <= runs; i++)
        {
            file = BaselineUpdater.Append(file, Run(i, fingerprint: fingerprint), 5, false).Updated;
        }

        return file!;
    }

    /// <summary>Writes a minimal BenchmarkDotNet full JSON report of a run.</summary>
    public static void WriteBdn(string path, MeasuredRun run)
    {
        var doc = new JObject
        {
            ["Title"] = "Synthetic-20261127",
            ["HostEnvironmentInfo"] = new JObject
            {
                ["BenchmarkDotNetVersion"] = "0.15.8", ["OsVersion"] = "Debian GNU/Linux 12", ["ProcessorName"] = "Synthetic CPU",
                ["PhysicalCoreCount"] = 2, ["LogicalCoreCount"] = 2, ["RuntimeVersion"] = ".NET 10.0.0",
            },
            ["Benchmarks"] = new JArray(run.Benchmarks.Select(b =>
            {
                var paren = b.FullName.IndexOf('(', StringComparison.Ordinal);
                var bare = paren > 0 ? b.FullName[..paren] : b.FullName;
                var parts = bare.Split('.');
                return new JObject
                {
                    ["FullName"] = b.FullName, ["Namespace"] = string.Join('.', parts[..^2]), ["Type"] = parts[^2], ["Method"] = parts[^1],
                    ["Statistics"] = new JObject { ["OriginalValues"] = new JArray(b.SamplesNs) },
                    ["Memory"] = new JObject { ["BytesAllocatedPerOperation"] = b.AllocatedBytesPerOp },
                };
            })),
        };
        File.WriteAllText(path, doc.ToString());
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gate-regression-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
