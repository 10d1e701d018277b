using System.Text.Json;
using FlyRigLoader.Benchmarks.LeakCheck;

namespace FlyRigLoader.Benchmarks.Tests.LeakCheck;

public sealed class SeriesSummaryTests
{
    [Fact]
    public void Matches_a_hand_computed_series()
    {
        // 100, 102, 104, 106, 108: mean 104, sample sd sqrt(40 / 4) = 3.1623, CV 0.030407, range 8 / 104 = 7.6923 %.
        var summary = SeriesSummary.Of([100, 102, 104, 106, 108]);

        Assert.Equal((100.0, 108.0, 100.0, 104.0), (summary.BaselineMb, summary.PeakMb, summary.MinMb, summary.AverageMb));
        Assert.Equal(Math.Sqrt(10), summary.StdDevMb, 9);
        Assert.Equal(Math.Sqrt(10) / 104, summary.CoefficientOfVariation, 9);
        Assert.Equal(1.08, summary.PeakToBaselineRatio!.Value, 9);
        Assert.Equal(800.0 / 104, summary.RangePercent, 9);
        Assert.Empty(summary.OutlierCycles);
    }

    [Fact]
    public void A_cycle_beyond_tukeys_fences_is_named_by_its_1_based_cycle()
    {
        // Quartiles of 50 x 11 and 90 are 50 and 50: IQR 0, so 90 (cycle 7) is outside and nothing else is.
        double[] values = [50, 50, 50, 50, 50, 50, 90, 50, 50, 50, 50, 50];

        Assert.Equal([7], SeriesSummary.Of(values).OutlierCycles);
    }

    [Fact]
    public void A_zero_baseline_has_no_peak_to_baseline_ratio_and_an_empty_series_is_refused()
    {
        Assert.Null(SeriesSummary.Of([0, 0, 0]).PeakToBaselineRatio);
        Assert.Equal(0, SeriesSummary.Of([0, 0, 0]).CoefficientOfVariation);
        Assert.Throws<ArgumentException>(() => SeriesSummary.Of([]));
    }

    [Fact]
    public void Leak_check_json_carries_each_series_summary()
    {
        double[] managed = [40, 41, 40, 41, 40, 41, 40, 41, 40, 41, 40, 41];
        double[] workingSet = [300, 310, 320, 330, 340, 350, 360, 370, 380, 390, 400, 410];
        using var doc = JsonDocument.Parse(new LeakCheckReport(50, managed, workingSet).ToJson());

        var ws = doc.RootElement.GetProperty("working_set_summary");
        Assert.Equal(300, ws.GetProperty("baseline_mb").GetDouble());
        Assert.Equal(410, ws.GetProperty("peak_mb").GetDouble());
        Assert.Equal(Math.Round(410.0 / 300, 6), ws.GetProperty("peak_to_baseline_ratio").GetDouble());
        Assert.Equal(0, ws.GetProperty("outlier_cycles").GetArrayLength());
        var heap = doc.RootElement.GetProperty("managed_heap_summary");
        Assert.Equal(40.5, heap.GetProperty("average_mb").GetDouble());
        Assert.True(heap.GetProperty("coefficient_of_variation").GetDouble() > 0);
    }
}
