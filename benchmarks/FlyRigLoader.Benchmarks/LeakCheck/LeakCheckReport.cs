using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FlyRigLoader.Benchmarks.LeakCheck;

/// <summary>The leak check's result, serialized in the contract's JSON shape (schema_version 1).</summary>
/// <param name="DatasetMb">Size of the dataset loaded in each cycle.</param>
/// <param name="ManagedHeapMb">Managed heap after each cycle's full GC.</param>
/// <param name="WorkingSetMb">Process working set after each cycle's full GC.</param>
/// <param name="Rule">The rule's limits and significance level, or null for the defaults.</param>
/// <param name="Snapshots">Each cycle's readings before and after, or null when only the after series was taken.</param>
public sealed record LeakCheckReport(double DatasetMb, IReadOnlyList<double> ManagedHeapMb, IReadOnlyList<double> WorkingSetMb, LeakRule? Rule = null, IReadOnlyList<CycleSnapshot>? Snapshots = null)
{
    /// <summary>The guide's cumulative-growth check over <see cref="Snapshots"/>, or null without them.</summary>
    public CumulativeGrowth? Cumulative => Snapshots is { Count: > 0 } s ? CumulativeGrowth.Of(s) : null;

    /// <summary>Fit of the managed-heap series.</summary>
    public TrendFit Managed => TrendFit.Of(ManagedHeapMb);

    /// <summary>Fit of the working-set series.</summary>
    public TrendFit WorkingSet => TrendFit.Of(WorkingSetMb);

    /// <summary>The verdict of <see cref="LeakVerdict"/>.</summary>
    public bool LeakDetected => LeakVerdict.IsLeak(Managed, WorkingSet, DatasetMb, Rule);

    /// <summary>The JSON document.</summary>
    public string ToJson()
    {
        if (ManagedHeapMb.Count != WorkingSetMb.Count)
        {
            throw new InvalidOperationException($"series lengths differ: managed {ManagedHeapMb.Count}, working set {WorkingSetMb.Count}");
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schema_version", 1);
            json.WriteNumber("cycles", ManagedHeapMb.Count);
            json.WriteNumber("dataset_mb", Math.Round(DatasetMb, 3));
            WriteSeries(json, "managed_heap_mb", ManagedHeapMb);
            WriteSeries(json, "working_set_mb", WorkingSetMb);
            WriteFit(json, "managed", Managed);
            WriteFit(json, "working_set", WorkingSet);
            WriteSummary(json, "managed_heap_summary", SeriesSummary.Of(ManagedHeapMb));
            WriteSummary(json, "working_set_summary", SeriesSummary.Of(WorkingSetMb));
            WriteSnapshots(json, Snapshots ?? []);
            WriteCumulative(json, Cumulative);
            json.WriteBoolean("leak_detected", LeakDetected);
            json.WriteString("rule", LeakVerdict.Rule(DatasetMb, Rule));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSnapshots(Utf8JsonWriter json, IReadOnlyList<CycleSnapshot> snapshots)
    {
        json.WriteStartArray("cycle_snapshots");
        foreach (var s in snapshots)
        {
            json.WriteStartObject();
            json.WriteNumber("cycle", s.Cycle);
            json.WriteNumber("working_set_before_mb", Math.Round(s.WorkingSetBeforeMb, 3));
            json.WriteNumber("working_set_after_mb", Math.Round(s.WorkingSetAfterMb, 3));
            json.WriteNumber("working_set_delta_mb", Math.Round(s.WorkingSetDeltaMb, 3));
            json.WriteNumber("managed_heap_before_mb", Math.Round(s.ManagedHeapBeforeMb, 3));
            json.WriteNumber("managed_heap_after_mb", Math.Round(s.ManagedHeapAfterMb, 3));
            json.WriteNumber("managed_heap_delta_mb", Math.Round(s.ManagedHeapDeltaMb, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCumulative(Utf8JsonWriter json, CumulativeGrowth? cumulative)
    {
        if (cumulative is null)
        {
            json.WriteNull("cumulative_growth");
            return;
        }

        json.WriteStartObject("cumulative_growth");
        json.WriteNumber("working_set_mb", Math.Round(cumulative.WorkingSetMb, 3));
        json.WriteNumber("managed_heap_mb", Math.Round(cumulative.ManagedHeapMb, 3));
        json.WriteNumber("limit_mb", CumulativeGrowth.LimitMb);
        json.WriteString("status", cumulative.Pass ? "PASS" : "FAIL");
        json.WriteString("rule", "sum of the cycles' working-set deltas (after - before) < 50 MB (the suite guide's cumulative growth); reported beside leak_detected, which is the slope rule");
        json.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter json, string name, IReadOnlyList<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(Math.Round(value, 3));
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, string name, SeriesSummary summary)
    {
        json.WriteStartObject(name);
        json.WriteNumber("baseline_mb", Math.Round(summary.BaselineMb, 3));
        json.WriteNumber("peak_mb", Math.Round(summary.PeakMb, 3));
        json.WriteNumber("min_mb", Math.Round(summary.MinMb, 3));
        json.WriteNumber("average_mb", Math.Round(summary.AverageMb, 3));
        json.WriteNumber("std_dev_mb", Math.Round(summary.StdDevMb, 3));
        json.WriteNumber("coefficient_of_variation", Math.Round(summary.CoefficientOfVariation, 6));
        if (summary.PeakToBaselineRatio is { } ratio)
        {
            json.WriteNumber("peak_to_baseline_ratio", Math.Round(ratio, 6));
        }
        else
        {
            json.WriteNull("peak_to_baseline_ratio");
        }

        json.WriteNumber("range_percent", Math.Round(summary.RangePercent, 3));
        json.WriteStartArray("outlier_cycles");
        foreach (var cycle in summary.OutlierCycles)
        {
            json.WriteNumberValue(cycle);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFit(Utf8JsonWriter json, string name, TrendFit fit)
    {
        json.WriteStartObject(name);
        json.WriteNumber("slope_mb_per_cycle", fit.SlopeMbPerCycle);
        json.WriteNumber("r_squared", fit.RSquared);
        json.WriteNumber("p_value", fit.PValue);
        json.WriteEndObject();
    }
}
