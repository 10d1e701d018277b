using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Results;

/// <summary>
/// Reads BenchmarkDotNet 0.15.x full JSON reports (<c>*-report-full.json</c> or <c>*-report-full-compressed.json</c>).
/// A case without measurements is returned as a failure rather than dropped: BenchmarkDotNet itself exits 0 then,
/// so this is where the gate notices.
/// </summary>
internal static class BdnReportReader
{
    /// <summary>File-name suffixes of BenchmarkDotNet's full JSON exporters, indented first.</summary>
    public static readonly IReadOnlyList<string> FullJsonSuffixes = ["-report-full.json", "-report-full-compressed.json"];

    /// <summary>Reads every benchmark case of one report.</summary>
    /// <exception cref="GateInputException">The file is missing, not JSON, or not a BenchmarkDotNet full report.</exception>
    public static IReadOnlyList<BenchmarkResult> Read(string path) => ReadReport(path).Benchmarks;

    /// <summary>Reads one report with its host facts.</summary>
    /// <exception cref="GateInputException">The file is missing, not JSON, or not a BenchmarkDotNet full report.</exception>
    public static BdnReport ReadReport(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new GateInputException(path, "BenchmarkDotNet report not found");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new GateInputException(path, "cannot read BenchmarkDotNet report: " + e.Message, e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses report text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="GateInputException">The text is not a BenchmarkDotNet full report.</exception>
    public static BdnReport Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            root = JToken.ReadFrom(reader);
        }
        catch (JsonReaderException e)
        {
            throw new GateInputException(sourceName, $"not valid JSON (line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}, position {e.LinePosition.ToString(CultureInfo.InvariantCulture)}): {e.Message}", e);
        }

        if (root is not JObject obj)
        {
            throw new GateInputException(sourceName, "expected a JSON object at the top level of a BenchmarkDotNet full report");
        }

        if (obj["Benchmarks"] is not JArray benchmarks)
        {
            throw new GateInputException(sourceName, "no 'Benchmarks' array: not a BenchmarkDotNet full JSON report (run with --exporters json)");
        }

        var results = new List<BenchmarkResult>(benchmarks.Count);
        for (var i = 0; i < benchmarks.Count; i++)
        {
            results.Add(ReadBenchmark(benchmarks[i], i, sourceName));
        }

        var title = obj["Title"]?.Type == JTokenType.String ? (string)obj["Title"]! : Path.GetFileNameWithoutExtension(sourceName);
        return new BdnReport(sourceName, title, ReadHost(obj["HostEnvironmentInfo"] as JObject), results);
    }

    /// <summary>
    /// Reads every full JSON report in a BenchmarkDotNet results folder. When both the indented and the compressed
    /// export of a type exist, the indented one is read; a case seen twice keeps its first reading.
    /// </summary>
    /// <exception cref="GateInputException">A report in the folder is malformed.</exception>
    public static IReadOnlyList<BdnReport> ReadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var byStem = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var suffix in FullJsonSuffixes.Reverse())
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*" + suffix))
            {
                byStem[Path.GetFileName(file)[..^suffix.Length]] = file;
            }
        }

        return byStem.Values.Select(ReadReport).ToList();
    }

    private static BenchmarkResult ReadBenchmark(JToken token, int index, string source)
    {
        var at = $"Benchmarks[{index.ToString(CultureInfo.InvariantCulture)}]";
        if (token is not JObject b)
        {
            throw new GateInputException(source, $"{at} is not an object");
        }

        var fullName = RequiredString(b, "FullName", at, source);
        var type = RequiredString(b, "Type", at, source);
        var method = RequiredString(b, "Method", at, source);
        var parameters = b["Parameters"]?.Type == JTokenType.String ? (string?)b["Parameters"] : null;
        var ns = b["Namespace"]?.Type == JTokenType.String ? (string?)b["Namespace"] : NamespaceFromFullName(fullName, type);
        var category = BenchmarkCategories.FromNamespace(ns);

        var samples = ReadSamples(b["Statistics"], at, source);
        var allocated = ReadAllocated(b["Memory"], at, source);
        var success = samples.Count > 0;
        var error = success ? null : "no measurements: the benchmark threw or was not run (see the BenchmarkDotNet log)";
        var job = BdnJobText.FromDisplayInfo(b["DisplayInfo"]?.Type == JTokenType.String ? (string?)b["DisplayInfo"] : null);
        var metrics = ReadMetrics(b["Metrics"], at, source);
        return new BenchmarkResult(fullName, type, method, string.IsNullOrEmpty(parameters) ? null : parameters, category, samples, allocated, success, error, Job: job,
            ProcessMemory: ReadProcessMemory(metrics), LaunchThreadTimes: ReadThreadTime(metrics, at, source));
    }

    private static List<double> ReadSamples(JToken? statistics, string at, string source)
    {
        if (statistics is null || statistics.Type == JTokenType.Null)
        {
            return [];
        }

        if (statistics is not JObject stats)
        {
            throw new GateInputException(source, $"{at}.Statistics is not an object");
        }

        var original = stats["OriginalValues"];
        if (original is null || original.Type == JTokenType.Null)
        {
            return [];
        }

        if (original is not JArray values)
        {
            throw new GateInputException(source, $"{at}.Statistics.OriginalValues is not an array");
        }

        var samples = new List<double>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            if (v.Type is not (JTokenType.Float or JTokenType.Integer) || !double.IsFinite((double)v) || (double)v < 0)
            {
                throw new GateInputException(source, $"{at}.Statistics.OriginalValues[{i.ToString(CultureInfo.InvariantCulture)}] is not a non-negative finite number: {v.ToString(Formatting.None)}");
            }

            samples.Add((double)v);
        }

        return samples;
    }

    private static double? ReadAllocated(JToken? memory, string at, string source)
    {
        if (memory is not JObject m)
        {
            return null;
        }

        var bytes = m["BytesAllocatedPerOperation"];
        if (bytes is null || bytes.Type == JTokenType.Null)
        {
            return null;
        }

        if (bytes.Type is not (JTokenType.Float or JTokenType.Integer) || (double)bytes < 0)
        {
            throw new GateInputException(source, $"{at}.Memory.BytesAllocatedPerOperation is not a non-negative number: {bytes.ToString(Formatting.None)}");
        }

        return (double)bytes;
    }

    /// <summary>Metric ids of the suite's process-memory diagnoser (benchmarks/…/ProcessMemory/ProcessMemoryMetrics.cs), in bytes.</summary>
    public static readonly (string PeakWorkingSet, string WorkingSetGrowth, string PeakManagedHeap) ProcessMemoryIds =
        ("FlyRig.PeakWorkingSet", "FlyRig.WorkingSetGrowth", "FlyRig.PeakManagedHeap");

    /// <summary>Metric ids of the suite's thread-time diagnoser (benchmarks/…/ThreadTime/ThreadTimeMetrics.cs), shares of wall time.</summary>
    public static readonly (string CpuShare, string RunQueueShare) ThreadTimeIds = ("FlyRig.ThreadCpuShare", "FlyRig.RunQueueShare");

    /// <summary>Metric id of the suite's memory probe (benchmarks/…/HostProbe/MemoryProbeMetrics.cs), in milliseconds.</summary>
    public const string MemoryProbeId = "FlyRig.MemoryProbeMs";

    // All three or nothing: a report from a suite without the diagnoser has none, and half a reading would judge a limit on a guess.
    private static ProcessMemoryUse? ReadProcessMemory(Dictionary<string, double> values) =>
        values.TryGetValue(ProcessMemoryIds.PeakWorkingSet, out var peak) && values.TryGetValue(ProcessMemoryIds.WorkingSetGrowth, out var growth)
        && values.TryGetValue(ProcessMemoryIds.PeakManagedHeap, out var heap)
            ? new ProcessMemoryUse(peak, growth, heap)
            : null;

    // Both or nothing, and shares are never negative: a negative share is a corrupt report, not a quiet case.
    private static IReadOnlyList<ThreadTimeUse?>? ReadThreadTime(Dictionary<string, double> values, string at, string source)
    {
        if (!values.TryGetValue(ThreadTimeIds.CpuShare, out var cpu) || !values.TryGetValue(ThreadTimeIds.RunQueueShare, out var waited))
        {
            return null;
        }

        if (cpu < 0 || waited < 0)
        {
            throw new GateInputException(source, $"{at}.Metrics: thread-time shares must not be negative (CPU {cpu.ToString(CultureInfo.InvariantCulture)}, run queue {waited.ToString(CultureInfo.InvariantCulture)})");
        }

        // Optional (suites before the probe have none); a probe reading is a positive time or the report is corrupt.
        double? probe = values.TryGetValue(MemoryProbeId, out var ms) ? ms : null;
        return probe is <= 0
            ? throw new GateInputException(source, $"{at}.Metrics: the memory probe reading must be a positive time, got {ms.ToString(CultureInfo.InvariantCulture)} ms")
            : [new ThreadTimeUse(cpu, waited, probe)];
    }

    /// <summary>The values of the suite's own metrics (ids starting <c>FlyRig.</c>) of one benchmark; other diagnosers' metrics are ignored.</summary>
    private static Dictionary<string, double> ReadMetrics(JToken? metrics, string at, string source)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (metrics is not JArray list)
        {
            return values;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JObject metric || metric["Descriptor"]?["Id"]?.Type != JTokenType.String)
            {
                continue;
            }

            var id = (string)metric["Descriptor"]!["Id"]!;
            if (!id.StartsWith("FlyRig.", StringComparison.Ordinal))
            {
                continue;
            }

            var value = metric["Value"];
            if (value is null || value.Type is not (JTokenType.Float or JTokenType.Integer) || !double.IsFinite((double)value))
            {
                throw new GateInputException(source, $"{at}.Metrics[{i.ToString(CultureInfo.InvariantCulture)}] ({id}) has no finite Value: {value?.ToString(Formatting.None) ?? "missing"}");
            }

            values[id] = (double)value;
        }

        return values;
    }

    private static BdnHostInfo? ReadHost(JObject? host)
    {
        if (host is null)
        {
            return null;
        }

        static string? S(JObject o, string name) => o[name]?.Type == JTokenType.String ? (string?)o[name] : null;
        static int? I(JObject o, string name) => o[name]?.Type == JTokenType.Integer ? (int?)o[name] : null;
        return new BdnHostInfo(
            S(host, "BenchmarkDotNetVersion") ?? "unknown",
            S(host, "OsVersion"),
            S(host, "ProcessorName"),
            I(host, "PhysicalCoreCount"),
            I(host, "LogicalCoreCount"),
            S(host, "RuntimeVersion"),
            S(host, "DotNetCliVersion"));
    }

    private static string RequiredString(JObject b, string name, string at, string source) =>
        b[name]?.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)b[name])
            ? (string)b[name]!
            : throw new GateInputException(source, $"{at} has no '{name}' string");

    private static string? NamespaceFromFullName(string fullName, string type)
    {
        var marker = fullName.IndexOf("." + type + ".", StringComparison.Ordinal);
        return marker > 0 ? fullName[..marker] : null;
    }
}
