using FlyRigLoader.Gate.Core.Statistics.ChangePoints;

namespace FlyRigLoader.Gate.Core.Tests.Statistics.ChangePoints;

/// <summary>
/// E-divisive on synthetic histories of run medians: log-normal noise of a given spread (sd of log median) around a
/// level that steps, ramps or spikes. The rates asserted here are the ones the README states.
/// </summary>
public sealed class EDivisiveTests
{
    private const int Histories = 200;

    [Theory]
    [InlineData(0.03)]
    [InlineData(0.05)]
    [InlineData(0.16)]
    public void Pure_noise_shows_no_step_in_at_least_95_percent_of_histories(double sigma)
    {
        var flagged = Enumerable.Range(0, Histories).Count(seed => EDivisive.Steps(History(30, seed, sigma, _ => 1.0), EDivisiveOptions.Default).Count > 0);

        Assert.True(flagged <= Histories / 20, $"{flagged}/{Histories} pure-noise histories got a step");
    }

    [Theory]
    [InlineData(0.03, 90)]
    [InlineData(0.05, 70)]
    public void A_ten_percent_step_among_30_points_is_found_once_at_its_place(double sigma, int minimumPercent)
    {
        // With σ = 0.03 (run medians as steady as the measurement issue aims for) ≥ 90 %; at 0.05 location blurs.
        var found = Enumerable.Range(0, Histories).Count(seed =>
            EDivisive.Steps(History(30, seed, sigma, i => i < 15 ? 1.0 : 1.10), EDivisiveOptions.Default) is var steps
            && steps.Count == 1 && Math.Abs(steps[0].Index - 15) <= 1 && steps[0].Ratio is > 1.05 and < 1.15);

        Assert.True(found * 100 >= Histories * minimumPercent, $"found {found}/{Histories}");
    }

    [Fact]
    public void One_step_rarely_brings_a_second_spurious_one()
    {
        // A step placed a run or two off leaves a small shift in its segment; tested at α it became a second step in
        // 17 of 1000 histories (σ 0.04), at α / k in 5.
        var extra = Enumerable.Range(0, 1000).Count(seed => EDivisive.Steps(History(30, seed, 0.04, i => i < 15 ? 1.0 : 1.10), EDivisiveOptions.Default).Count > 1);

        Assert.True(extra <= 10, $"{extra}/1000 one-step histories got more than one step");
    }

    [Fact]
    public void Later_splits_get_enough_permutations_for_their_stricter_level()
    {
        Assert.Equal(199, EDivisive.Permutations(EDivisiveOptions.Default, 0.01));
        Assert.Equal(399, EDivisive.Permutations(EDivisiveOptions.Default, 0.005));
        Assert.Equal(599, EDivisive.Permutations(EDivisiveOptions.Default, 0.01 / 3));
        Assert.Equal(999, EDivisive.Permutations(EDivisiveOptions.Default with { Permutations = 999 }, 0.005));
    }

    [Fact]
    public void A_single_spike_is_not_a_step()
    {
        var flagged = Enumerable.Range(0, Histories).Count(seed => EDivisive.Steps(History(30, seed, 0.03, i => i == 12 ? 2.0 : 1.0), EDivisiveOptions.Default).Count > 0);

        Assert.True(flagged <= Histories / 20, $"{flagged}/{Histories} histories with one ×2 spike got a step");
    }

    [Fact]
    public void Two_steps_are_both_found_in_order()
    {
        var steps = EDivisive.Steps(History(45, 7, 0.03, i => i < 15 ? 1.0 : i < 30 ? 1.2 : 0.9), EDivisiveOptions.Default);

        Assert.Equal(2, steps.Count);
        Assert.InRange(steps[0].Index, 14, 16);
        Assert.InRange(steps[1].Index, 29, 31);
        Assert.InRange(steps[0].Ratio, 1.1, 1.3);
        Assert.InRange(steps[1].Ratio, 0.7, 0.8);
    }

    [Fact]
    public void A_ramp_is_a_change_but_no_single_step_carries_all_of_it()
    {
        // +2 % per run for 30 runs (×1.8 in all): the creep check against an anchor is what measures a ramp.
        var steps = EDivisive.Steps(History(30, 3, 0.03, i => Math.Pow(1.02, i)), EDivisiveOptions.Default);

        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.InRange(s.Ratio, 1.0, 1.6));
    }

    [Fact]
    public void Same_history_gives_the_same_steps()
    {
        var history = History(40, 11, 0.05, i => i < 20 ? 1.0 : 1.15);

        Assert.Equal(EDivisive.Steps(history, EDivisiveOptions.Default), EDivisive.Steps(history, EDivisiveOptions.Default));
    }

    [Fact]
    public void Histories_shorter_than_two_minimum_segments_have_no_steps() =>
        Assert.Empty(EDivisive.Steps([1, 1, 1, 5, 5, 5, 5, 5, 5], EDivisiveOptions.Default));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_positive_or_non_finite_values_are_refused(double bad) =>
        Assert.Throws<ArgumentException>(() => EDivisive.Steps([1, 1, 1, 1, 1, bad, 1, 1, 1, 1], EDivisiveOptions.Default));

    [Fact]
    public void Best_split_of_a_clean_step_is_the_step_with_the_energy_statistic_by_hand()
    {
        // L = {0,0,0}, R = {1,1,1}: mean|L−R| = 1, within-side distances 0, so Q = (3·3/6)·2 = 3.
        var (split, q) = EDivisive.BestSplit([0, 0, 0, 1, 1, 1], minSegment: 2);

        Assert.Equal(3, split);
        Assert.Equal(3.0, q, 12);
    }

    [Fact]
    public void Mean_shift_split_is_where_the_two_means_leave_the_least_squared_error()
    {
        // Splits at 3, 4, 5 leave squared errors 3.2, 0 and 3.2 about the sides' means: 4 is the place.
        Assert.Equal(4, EDivisive.MeanShiftSplit([0, 0, 0, 0, 2, 2, 2, 2], minSegment: 3));
    }

    [Fact]
    public void Mean_shift_split_keeps_both_sides_at_least_the_minimum_segment()
    {
        // The least squared error would isolate the last point; with sides of at least 3 the split lands at 5.
        Assert.Equal(5, EDivisive.MeanShiftSplit([0, 0, 0, 0, 0, 0, 0, 9], minSegment: 3));
    }

    private static List<double> History(int length, int seed, double sigma, Func<int, double> level)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(i => 1e6 * level(i) * Math.Exp(sigma * Normal(random))).ToList();
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
