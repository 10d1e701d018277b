using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FlyRigLoader.Benchmarks.Infrastructure;

/// <summary>
/// The invocations per iteration BenchmarkDotNet's pilot stage chose for each case, kept in a file so the later launches
/// of one gate run (and its re-measures) skip the pilot: it is a third of a fast case's time in each process (~0.5 s of
/// ~1.9 s), and the count it finds is a property of the case, not of the process.
/// </summary>
public static class InvocationCounts
{
    /// <summary>The key of a case in the file: type, method and parameters, the same in every launch of the suite.</summary>
    public static string Key(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var parameters = benchmarkCase.Parameters.PrintInfo;
        return benchmarkCase.Descriptor.Type.FullName + "." + benchmarkCase.Descriptor.WorkloadMethod.Name
            + (string.IsNullOrEmpty(parameters) ? string.Empty : "(" + parameters + ")");
    }

    /// <summary>The counts in <paramref name="path"/>; an absent file is none yet (the run's first launch).</summary>
    /// <exception cref="FormatException">The file is not an object of positive whole numbers; the message names the file.</exception>
    public static IReadOnlyDictionary<string, long> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new Dictionary<string, long>(StringComparer.Ordinal);
        }

        try
        {
            var counts = JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(path))
                ?? throw new FormatException($"{path}: invocation counts must be a JSON object, not null");
            var bad = counts.FirstOrDefault(c => c.Value < 1);
            return bad.Key is null
                ? new Dictionary<string, long>(counts, StringComparer.Ordinal)
                : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: invocation count of '{bad.Key}' is {bad.Value}; it must be at least 1"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not an object of invocation counts per case ({e.Message})", e);
        }
    }

    /// <summary>What this process's pilot stages chose: the operations of each case's measured iterations.</summary>
    public static IReadOnlyDictionary<string, long> Chosen(IEnumerable<Summary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var actual = report.AllMeasurements.FirstOrDefault(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual);
            if (actual.Operations > 0)
            {
                counts[Key(report.BenchmarkCase)] = actual.Operations;
            }
        }

        return counts;
    }

    /// <summary>
    /// Writes <paramref name="known"/> with <paramref name="chosen"/> added for the cases it lacks (a count once chosen
    /// stays, so every later launch measures a case alike) through a temporary file, so a reader never sees half of it.
    /// </summary>
    public static void Save(string path, IReadOnlyDictionary<string, long> known, IReadOnlyDictionary<string, long> chosen)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(chosen);
        var merged = new SortedDictionary<string, long>(known.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (key, count) in chosen)
        {
            merged.TryAdd(key, count);
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(merged, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, full, overwrite: true);
    }
}
