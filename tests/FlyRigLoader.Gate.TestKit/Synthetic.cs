using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Core.Jobs;
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

    /// <summary>The job of every synthetic run unless a test gives another: the default profile, its BenchmarkDotNet job, shipped runtime settings.</summary>
    public static readonly JobIdentity Job = new(
        "default", "IterationCount=15, IterationTime=100ms, LaunchCount=1, MinInvokeCount=1, OutlierMode=DontRemove, Toolchain=InProcessEmitToolchain, UnrollFactor=1, WarmupCount=3", 1,
        new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConcurrentGC"] = "false", ["GCLatencyMode"] = "Batch", ["GCRetainVM"] = JobIdentity.Unset, ["GCgen0size"] = JobIdentity.Unset, ["QuickJitForLoops"] = JobIdentity.Unset,
            ["ReadyToRun"] = JobIdentity.Unset, ["ServerGC"] = "false", ["TieredCompilation"] = JobIdentity.Unset, ["TieredPGO"] = JobIdentity.Unset,
        });

    /// <summary>The canonical fingerprint text of the synthetic machine.</summary>
    public const string FingerprintCanonical = "cpu=Synthetic CPU|logical=2|physical=2|runtime=.NET 10.0.0|bdn=0.15.8|os=Linux/X64";

    /// <summary>Samples around <paramref name="median"/> with ±2 % spread, scaled by <paramref name="factor"/>.</summary>
    public static double[] Samples(double median, int seed, double factor = 1.0, int n = 15)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => median * factor * (0.98 + (0.04 * random.NextDouble()))).ToArray();
    }

    public static MeasuredRun Run(int seed, IReadOnlyDictionary<string, double>? slow = null, IReadOnlyDictionary<string, double>? extraBytes = null, string fingerprint = "fp1", double calibration = 1e6, JobIdentity? job = null)
    {
        var random = new Random(seed);
        var benchmarks = Names.Select((name, i) => new MeasuredBenchmark(
            name, "cat",
            Samples(1e5 * (i + 1), random.Next(), (slow?.GetValueOrDefault(name, 1.0) ?? 1.0) * (0.99 + (0.02 * random.NextDouble()))),
            1000 * (i + 1) + (extraBytes?.GetValueOrDefault(name, 0) ?? 0))).ToList();
        return new MeasuredRun(
            new RunProvenance("run-" + seed.ToString(CultureInfo.InvariantCulture), "abc123", "main", new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero).AddHours(seed), "0.15.8", "10.0.0", "default"),
            fingerprint, "linux-x64-2core", calibration, benchmarks, [], true, false, job ?? Job, fingerprint == "fp1" ? FingerprintCanonical : null);
    }

    public static BaselineFile Baseline(int runs = 5, string fingerprint = "fp1", JobIdentity? job = null)
    {
        BaselineFile? file = null;
        for (var i = 1; i <= runs; i++)
        {
            file = BaselineUpdater.Append(file, Run(i, fingerprint: fingerprint, job: job), 5, false).Updated;
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
