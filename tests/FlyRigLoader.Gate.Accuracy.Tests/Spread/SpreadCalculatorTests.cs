using FlyRigLoader.Gate.Accuracy.Spread;

namespace FlyRigLoader.Gate.Accuracy.Tests.Spread;

public sealed class SpreadCalculatorTests
{
    private static Dictionary<string, double> Run(double a, double b, double? c = null)
    {
        var run = new Dictionary<string, double>(StringComparer.Ordinal) { ["A"] = a, ["B"] = b };
        if (c is { } value)
        {
            run["C"] = value;
        }

        return run;
    }

    [Fact]
    public void Each_case_gets_the_sample_sd_of_its_log_medians_and_its_max_over_min()
    {
        // ln(100), ln(100·e^0.1), ln(100·e^-0.1): mean 0 around ln 100, sample sd = sqrt((0.01 + 0.01) / 2) = 0.1.
        var table = SpreadCalculator.Compute([Run(100, 50), Run(100 * Math.Exp(0.1), 50), Run(100 * Math.Exp(-0.1), 50)]);

        var a = table.Rows.Single(r => r.FullName == "A");
        Assert.Equal(0.1, a.SdLogMedian, 12);
        Assert.Equal(Math.Exp(0.2), a.MaxMinRatio, 12);
        Assert.Equal(100, a.MedianNs, 9);
        var b = table.Rows.Single(r => r.FullName == "B");
        Assert.Equal((0.0, 1.0, 3), (b.SdLogMedian, b.MaxMinRatio, b.Runs));
    }

    [Fact]
    public void The_summary_is_the_median_mean_and_worst_over_cases_worst_first()
    {
        var table = SpreadCalculator.Compute([Run(100, 100, 100), Run(110, 100, 200), Run(100, 100, 100)]);

        Assert.Equal(["C", "A", "B"], table.Rows.Select(r => r.FullName));
        Assert.Equal((3, 3), (table.Runs, table.Cases));
        Assert.Equal(table.Rows[1].SdLogMedian, table.MedianSd);
        Assert.Equal(table.Rows.Average(r => r.SdLogMedian), table.MeanSd!.Value, 12);
        Assert.Equal(("C", 2.0, "C"), (table.WorstSdCase, table.WorstRatio, table.WorstRatioCase));
    }

    [Fact]
    public void Cases_measured_once_are_left_out_and_no_case_means_no_summary_and_a_missed_bar()
    {
        var table = SpreadCalculator.Compute([Run(100, 50, 7), Run(100, 50)]);
        Assert.DoesNotContain(table.Rows, r => r.FullName == "C");

        var empty = SpreadCalculator.Compute([Run(1, 2)]);
        Assert.Equal((0, null), (empty.Cases, empty.MedianSd));
        var score = SpreadCalculator.Score(empty);
        Assert.False(score.Met);
        Assert.Equal("no case measured twice", score.Observed);
    }

    [Fact]
    public void The_bar_is_a_median_of_at_most_0_03_and_a_worst_case_of_at_most_0_10()
    {
        var steady = SpreadCalculator.Compute([Run(100, 100), Run(102, 101)]);
        var oneNoisy = SpreadCalculator.Compute([Run(100, 100, 100), Run(101, 101, 120), Run(100, 100, 100)]);

        Assert.True(SpreadCalculator.Score(steady).Met);
        Assert.False(SpreadCalculator.Score(oneNoisy).Met);
        Assert.Equal("median <= 0.03, worst <= 0.10", SpreadCalculator.Score(oneNoisy).Bar);
        Assert.StartsWith("median 0.006", SpreadCalculator.Score(oneNoisy).Observed, StringComparison.Ordinal);
    }
}
