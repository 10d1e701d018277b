using CsCheck;
using FlyRigLoader.Gate.Core.Statistics;

namespace FlyRigLoader.Gate.Core.Tests.Statistics;

public sealed class MannWhitneyTestTests
{
    [Fact]
    public void Complete_separation_gives_the_minimum_attainable_p_exactly()
    {
        // Given 3 values all above 3 others: only 1 of C(6,3) = 20 arrangements is this extreme
        var p = MannWhitneyTest.PValueGreater([4, 5, 6], [1, 2, 3]);

        Assert.Equal(1.0 / 20, p, 12);
        Assert.Equal(1.0 / 20, MannWhitneyTest.MinimumPValue(3, 3), 12);
    }

    [Fact]
    public void U_counts_the_pairs_with_x_above_y_and_ties_as_half_as_scipy_does()
    {
        // scipy.stats.mannwhitneyu([2, 4], [1, 3]).statistic == 3.0; with a tie, ([1, 2, 3], [2, 5]).statistic == 1.5
        Assert.Equal(3.0, MannWhitneyTest.U([2, 4], [1, 3]));
        Assert.Equal(1.5, MannWhitneyTest.U([1, 2, 3], [2, 5]));
        Assert.Equal(0.0, MannWhitneyTest.U([1, 2], [3, 4]));
    }

    [Fact]
    public void Exact_tail_matches_hand_count_for_small_samples()
    {
        // U of x = 3 (pairs x>y): arrangements of 2 vs 2 with U >= 3 are {U=3, U=4} = 2 of 6
        var p = MannWhitneyTest.PValueGreater([2, 4], [1, 3]);

        Assert.Equal(2.0 / 6, p, 12);
    }

    [Fact]
    public void Ten_versus_ten_can_reach_one_in_a_hundred_thousand_but_nine_versus_nine_cannot()
    {
        Assert.True(MannWhitneyTest.MinimumPValue(10, 10) < 1e-5);
        Assert.True(MannWhitneyTest.MinimumPValue(9, 9) > 1e-5);
    }

    [Fact]
    public void Large_identical_samples_are_not_significant_in_either_direction()
    {
        var x = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        Assert.True(MannWhitneyTest.PValueGreater(x, x) > 0.4);
        Assert.True(MannWhitneyTest.PValueLess(x, x) > 0.4);
    }

    [Fact]
    public void Normal_approximation_detects_a_clear_shift_with_ties()
    {
        var y = Enumerable.Range(0, 60).Select(i => (double)(i % 10)).ToArray();
        var x = y.Select(v => v + 3).ToArray();

        Assert.True(MannWhitneyTest.PValueGreater(x, y) < 1e-4);
        Assert.True(MannWhitneyTest.PValueLess(x, y) > 0.99);
    }

    [Fact]
    public void P_values_are_probabilities_for_any_input()
    {
        Gen.Select(Gen.Double[0, 100].Array[1, 30], Gen.Double[0, 100].Array[1, 30]).Sample((x, y) =>
        {
            var p = MannWhitneyTest.PValueGreater(x, y);
            return p is >= 0 and <= 1;
        });
    }
}
