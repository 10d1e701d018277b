using System.Text.Json;
using FlyRigLoader.Benchmarks.LeakCheck;

namespace FlyRigLoader.Benchmarks.Tests.LeakCheck;

public sealed class TrendFitTests
{
    [Fact]
    public void A_clean_line_has_its_slope_full_r_squared_and_tiny_p()
    {
        var fit = TrendFit.Of([.. Enumerable.Range(1, 10).Select(i => 100 + (2.5 * i))]);
        Assert.Equal(2.5, fit.SlopeMbPerCycle, 9);
        Assert.Equal(1.0, fit.RSquared, 9);
        Assert.Equal(0.0, fit.PValue, 9);
    }

    [Fact]
    public void A_flat_series_has_no_trend()
    {
        var fit = TrendFit.Of([.. Enumerable.Repeat(250.0, 12)]);
        Assert.Equal(new TrendFit(0, 0, 1), fit);
    }

    [Fact]
    public void Matches_a_hand_computed_regression()
    {
        // y = 1, 3, 2, 5, 4 over x = 1..5: slope 0.8, intercept 0.6, SSE 3.6, SST 10 → R² 0.64;
        // t = 0.8 / sqrt(3.6 / 3 / 10) = 2.3094, two-sided p with 3 df = 0.10408.
        var fit = TrendFit.Of([1, 3, 2, 5, 4]);
        Assert.Equal(0.8, fit.SlopeMbPerCycle, 9);
        Assert.Equal(0.64, fit.RSquared, 9);
        Assert.Equal(0.10408, fit.PValue, 4);
    }

    [Fact]
    public void Needs_three_cycles() => Assert.Throws<ArgumentException>(() => TrendFit.Of([1, 2]));

    [Fact]
    public void Verdict_needs_both_a_material_and_a_significant_slope()
    {
        var steepNoisy = new TrendFit(3, 0.1, 0.4);
        var steepClear = new TrendFit(3, 0.99, 0.0001);
        var flatClear = new TrendFit(0.2, 0.99, 0.0001);
        var quiet = new TrendFit(0, 0, 1);

        Assert.True(LeakVerdict.IsLeak(steepClear, quiet, 50));
        Assert.False(LeakVerdict.IsLeak(steepNoisy, quiet, 50));
        Assert.False(LeakVerdict.IsLeak(flatClear, quiet, 50));
        Assert.False(LeakVerdict.IsLeak(quiet, new TrendFit(4, 0.99, 0.0001), 50));
        Assert.True(LeakVerdict.IsLeak(quiet, new TrendFit(6, 0.99, 0.0001), 50));
    }

    [Fact]
    public void A_memory_tolerance_spreads_its_megabytes_over_the_cycles()
    {
        var quiet = new TrendFit(0.01, 0.1, 0.5);
        var growing = new TrendFit(10, 0.99, 0.0001);

        // 10 MB/cycle over 12 cycles is 120 MB: a leak under the default 5 MB/cycle and under a 100 MB tolerance, not under 200 MB.
        Assert.True(LeakVerdict.IsLeak(quiet, growing, 50));
        Assert.True(LeakVerdict.IsLeak(quiet, growing, 50, new LeakRule(ToleranceMb: 100)));
        Assert.False(LeakVerdict.IsLeak(quiet, growing, 50, new LeakRule(ToleranceMb: 200)));
        Assert.Contains("memory tolerance 200 MB over 12 cycles", LeakVerdict.Rule(50, new LeakRule(ToleranceMb: 200)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_managed_slope_limit_and_alpha_of_the_rule_decide_the_verdict()
    {
        var quiet = new TrendFit(0, 0, 1);
        var growing = new TrendFit(0.6, 0.9, 0.02);

        // 0.6 MB/cycle at p = 0.02: no leak by default (limit 1 MB, alpha 0.01); a leak only with both loosened.
        Assert.False(LeakVerdict.IsLeak(growing, quiet, 50));
        Assert.False(LeakVerdict.IsLeak(growing, quiet, 50, new LeakRule(ManagedSlopeLimitMb: 0.5)));
        Assert.False(LeakVerdict.IsLeak(growing, quiet, 50, new LeakRule(Alpha: 0.05)));
        Assert.True(LeakVerdict.IsLeak(growing, quiet, 50, new LeakRule(ManagedSlopeLimitMb: 0.5, Alpha: 0.05)));
        Assert.Contains("managed-heap slope > 0.5 MB/cycle with p < 0.05", LeakVerdict.Rule(50, new LeakRule(ManagedSlopeLimitMb: 0.5, Alpha: 0.05)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_judges_and_states_its_own_rule()
    {
        var managed = Enumerable.Range(0, 12).Select(i => 40 + (0.6 * i) + (0.3 * (i % 2))).ToList();
        var flat = Enumerable.Range(0, 12).Select(_ => 300.0).ToList();

        Assert.False(new LeakCheckReport(50, managed, flat).LeakDetected);
        var loose = new LeakCheckReport(50, managed, flat, new LeakRule(ManagedSlopeLimitMb: 0.5));
        Assert.True(loose.LeakDetected);
        using var doc = JsonDocument.Parse(loose.ToJson());
        Assert.True(doc.RootElement.GetProperty("leak_detected").GetBoolean());
        Assert.StartsWith("leak when managed-heap slope > 0.5 MB/cycle", doc.RootElement.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_has_the_contract_fields()
    {
        var managed = Enumerable.Range(1, 10).Select(i => 40 + (0.01 * (i % 3))).ToList();
        var workingSet = Enumerable.Range(1, 10).Select(i => 300.0 + (i * 50)).ToList();
        using var doc = JsonDocument.Parse(new LeakCheckReport(50, managed, workingSet).ToJson());
        var root = doc.RootElement;

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(10, root.GetProperty("cycles").GetInt32());
        Assert.Equal(50, root.GetProperty("dataset_mb").GetDouble());
        Assert.Equal(10, root.GetProperty("managed_heap_mb").GetArrayLength());
        Assert.Equal(10, root.GetProperty("working_set_mb").GetArrayLength());
        Assert.Equal(50, root.GetProperty("working_set").GetProperty("slope_mb_per_cycle").GetDouble(), 6);
        Assert.True(root.GetProperty("managed").GetProperty("p_value").GetDouble() > 0.01);
        Assert.True(root.GetProperty("leak_detected").GetBoolean());
        Assert.Contains("working-set slope", root.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }
}
