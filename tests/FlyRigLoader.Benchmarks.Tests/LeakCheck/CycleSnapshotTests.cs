using System.Text.Json;
using FlyRigLoader.Benchmarks.LeakCheck;

namespace FlyRigLoader.Benchmarks.Tests.LeakCheck;

public sealed class CycleSnapshotTests
{
    private static readonly CycleSnapshot[] Snapshots =
    [
        new(1, 300, 304, 40, 41),
        new(2, 304, 303, 41, 40.5),
        new(3, 303, 310, 40.5, 42),
    ];

    [Fact]
    public void Deltas_are_after_minus_before()
    {
        Assert.Equal((4.0, 1.0), (Snapshots[0].WorkingSetDeltaMb, Snapshots[0].ManagedHeapDeltaMb));
        Assert.Equal((-1.0, -0.5), (Snapshots[1].WorkingSetDeltaMb, Snapshots[1].ManagedHeapDeltaMb));
    }

    [Fact]
    public void Leak_check_json_has_each_cycles_before_after_and_delta()
    {
        using var doc = JsonDocument.Parse(new LeakCheckReport(50, [41, 40.5, 42], [304, 303, 310], null, Snapshots).ToJson());

        var cycles = doc.RootElement.GetProperty("cycle_snapshots").EnumerateArray().ToList();
        Assert.Equal(3, cycles.Count);
        Assert.Equal(3, cycles[2].GetProperty("cycle").GetInt32());
        Assert.Equal(303, cycles[2].GetProperty("working_set_before_mb").GetDouble());
        Assert.Equal(310, cycles[2].GetProperty("working_set_after_mb").GetDouble());
        Assert.Equal(7, cycles[2].GetProperty("working_set_delta_mb").GetDouble());
        Assert.Equal(40.5, cycles[2].GetProperty("managed_heap_before_mb").GetDouble());
        Assert.Equal(42, cycles[2].GetProperty("managed_heap_after_mb").GetDouble());
        Assert.Equal(1.5, cycles[2].GetProperty("managed_heap_delta_mb").GetDouble());
    }

    [Fact]
    public void Cumulative_growth_sums_the_deltas_and_passes_under_the_guides_50_mb()
    {
        using var doc = JsonDocument.Parse(new LeakCheckReport(50, [41, 40.5, 42], [304, 303, 310], null, Snapshots).ToJson());

        var cumulative = doc.RootElement.GetProperty("cumulative_growth");
        Assert.Equal(10, cumulative.GetProperty("working_set_mb").GetDouble());
        Assert.Equal(2, cumulative.GetProperty("managed_heap_mb").GetDouble());
        Assert.Equal(50, cumulative.GetProperty("limit_mb").GetDouble());
        Assert.Equal("PASS", cumulative.GetProperty("status").GetString());
    }

    [Fact]
    public void Cumulative_growth_of_50_mb_or_more_fails_its_check_while_the_slope_rule_is_reported_unchanged()
    {
        // Twelve cycles of +4.2 MB each: 50.4 MB in all, over the guide's limit; the working-set slope (4.2 MB/cycle) is
        // under the default slope limit of max(5 MB, 10 % of 50 MB), so leak_detected stays the slope rule's false.
        var snapshots = Enumerable.Range(1, 12).Select(i => new CycleSnapshot(i, 300 + (4.2 * (i - 1)), 300 + (4.2 * i), 40, 40)).ToList();
        var report = new LeakCheckReport(50, [.. snapshots.Select(s => s.ManagedHeapAfterMb)], [.. snapshots.Select(s => s.WorkingSetAfterMb)], null, snapshots);
        using var doc = JsonDocument.Parse(report.ToJson());

        Assert.False(report.Cumulative!.Pass);
        Assert.Equal("FAIL", doc.RootElement.GetProperty("cumulative_growth").GetProperty("status").GetString());
        Assert.False(doc.RootElement.GetProperty("leak_detected").GetBoolean());
        Assert.True(new CumulativeGrowth(49.9, 0).Pass);
        Assert.False(new CumulativeGrowth(50, 0).Pass);
    }

    [Fact]
    public void Without_snapshots_the_json_has_an_empty_list_and_no_cumulative_check()
    {
        using var doc = JsonDocument.Parse(new LeakCheckReport(50, [40, 40, 40], [300, 300, 300]).ToJson());

        Assert.Equal(0, doc.RootElement.GetProperty("cycle_snapshots").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("cumulative_growth").ValueKind);
    }
}
