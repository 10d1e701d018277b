using FlyRigLoader.Gate.Core.Bisection;

namespace FlyRigLoader.Gate.Core.Tests.Bisection;

/// <summary>The search state machine driven by synthetic verdict sequences: each commit's outcome comes from an oracle.</summary>
public sealed class BisectSearchTests
{
    [Fact]
    public void A_step_at_every_position_of_paths_up_to_33_commits_is_found_in_about_log2_n_steps()
    {
        for (var count = 1; count <= 33; count++)
        {
            for (var culprit = 1; culprit <= count; culprit++)
            {
                var (answer, measured) = Run(count, i => i >= culprit ? StepOutcome.Bad : StepOutcome.Good);

                Assert.Equal(BisectAnswerKind.Culprit, answer.Kind);
                Assert.Equal(culprit, answer.Culprit);
                // The bad end, then halving the n - 1 commits before it.
                Assert.True(measured.Count <= 1 + (int)Math.Ceiling(Math.Log2(count)), $"n={count} culprit={culprit}: {measured.Count} steps");
                Assert.Equal(measured.Count, measured.Distinct().Count());
            }
        }
    }

    [Fact]
    public void Sixteen_commits_take_five_search_steps_at_most()
    {
        var worst = Enumerable.Range(1, 16).Max(c => Run(16, i => i >= c ? StepOutcome.Bad : StepOutcome.Good).Measured.Count);

        Assert.Equal(5, worst);
    }

    [Fact]
    public void The_bad_end_is_measured_first()
    {
        Assert.Equal(7, BisectSearch.Next(7, new Dictionary<int, StepOutcome>()).Measure);
    }

    [Fact]
    public void A_bad_end_that_is_not_slower_ends_as_no_regression_after_one_step()
    {
        var (answer, measured) = Run(12, _ => StepOutcome.Good);

        Assert.Equal(BisectAnswerKind.NoRegression, answer.Kind);
        Assert.Equal([12], measured);
        Assert.Null(answer.Culprit);
        Assert.Empty(answer.Candidates);
    }

    [Fact]
    public void A_bad_end_that_stays_doubtful_is_inconclusive_and_nothing_else_is_measured()
    {
        var (answer, measured) = Run(12, _ => StepOutcome.Doubtful);

        Assert.Equal(BisectAnswerKind.Inconclusive, answer.Kind);
        Assert.Equal([12], measured);
    }

    [Fact]
    public void A_range_of_one_commit_names_it_after_measuring_it()
    {
        var (answer, measured) = Run(1, _ => StepOutcome.Bad);

        Assert.Equal(1, answer.Culprit);
        Assert.Equal([1], measured);
    }

    [Theory]
    [InlineData(1, new[] { 2, 1 })]
    [InlineData(2, new[] { 2, 1 })]
    public void A_range_of_two_commits_measures_both(int culprit, int[] order)
    {
        var (answer, measured) = Run(2, i => i >= culprit ? StepOutcome.Bad : StepOutcome.Good);

        Assert.Equal(culprit, answer.Culprit);
        Assert.Equal(order, measured);
    }

    [Fact]
    public void An_unbuildable_commit_just_before_the_culprit_leaves_both_as_the_answer()
    {
        var (answer, measured) = Run(16, i => i == 8 ? StepOutcome.Skipped : i >= 9 ? StepOutcome.Bad : StepOutcome.Good);

        Assert.Equal(BisectAnswerKind.Range, answer.Kind);
        Assert.Equal([8, 9], answer.Candidates);
        Assert.Null(answer.Culprit);
        Assert.Contains(7, measured);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(12)]
    public void An_unbuildable_commit_elsewhere_is_stepped_around_and_the_culprit_still_found(int skipped)
    {
        var (answer, measured) = Run(16, i => i == skipped ? StepOutcome.Skipped : i >= 9 ? StepOutcome.Bad : StepOutcome.Good);

        Assert.Equal(9, answer.Culprit);
        Assert.True(measured.Count <= 7, string.Join(",", measured));
    }

    [Fact]
    public void The_culprit_itself_unbuildable_leaves_it_and_the_next_measurable_commit()
    {
        var (answer, _) = Run(16, i => i == 9 ? StepOutcome.Skipped : i >= 9 ? StepOutcome.Bad : StepOutcome.Good);

        Assert.Equal(BisectAnswerKind.Range, answer.Kind);
        Assert.Equal([9, 10], answer.Candidates);
    }

    [Fact]
    public void Skipped_commits_on_both_sides_of_the_culprit_are_reported_with_it()
    {
        var (answer, _) = Run(16, i => i is 7 or 8 or 10 ? StepOutcome.Skipped : i >= 9 ? StepOutcome.Bad : StepOutcome.Good);

        Assert.Equal(BisectAnswerKind.Range, answer.Kind);
        Assert.Equal([7, 8, 9], answer.Candidates);
    }

    [Fact]
    public void A_neighbour_of_a_skipped_middle_is_measured_next()
    {
        var next = BisectSearch.Next(16, new Dictionary<int, StepOutcome> { [16] = StepOutcome.Bad, [8] = StepOutcome.Skipped });

        Assert.Equal(7, next.Measure);
    }

    [Fact]
    public void A_doubtful_commit_is_never_taken_as_good_or_bad()
    {
        // Commit 5 stays doubtful: whichever side of it the step lies, the answer must not rest on it.
        var before = Run(16, i => i == 5 ? StepOutcome.Doubtful : i >= 6 ? StepOutcome.Bad : StepOutcome.Good).Answer;
        var after = Run(16, i => i == 5 ? StepOutcome.Doubtful : i >= 5 ? StepOutcome.Bad : StepOutcome.Good).Answer;
        var far = Run(16, i => i == 2 ? StepOutcome.Doubtful : i >= 11 ? StepOutcome.Bad : StepOutcome.Good).Answer;

        Assert.Equal([5, 6], before.Candidates);
        Assert.Equal([5, 6], after.Candidates);
        Assert.Equal(11, far.Culprit);
    }

    [Fact]
    public void Every_commit_but_the_bad_end_unbuildable_leaves_the_whole_path()
    {
        var (answer, measured) = Run(5, i => i == 5 ? StepOutcome.Bad : StepOutcome.Skipped);

        Assert.Equal(BisectAnswerKind.Range, answer.Kind);
        Assert.Equal([1, 2, 3, 4, 5], answer.Candidates);
        Assert.Equal(5, measured.Count);
    }

    [Fact]
    public void The_first_bad_commit_bounds_the_search_even_when_a_later_one_measured_good()
    {
        // Not monotone (a later commit fixed it): the first bad commit after the last good one before it is the answer.
        var next = BisectSearch.Next(8, new Dictionary<int, StepOutcome> { [8] = StepOutcome.Bad, [4] = StepOutcome.Bad, [6] = StepOutcome.Good, [3] = StepOutcome.Good });

        Assert.Equal(4, next.Answer!.Culprit);
    }

    [Fact]
    public void Outcomes_outside_the_path_and_an_empty_path_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BisectSearch.Next(0, new Dictionary<int, StepOutcome>()));
        Assert.Throws<ArgumentException>(() => BisectSearch.Next(4, new Dictionary<int, StepOutcome> { [0] = StepOutcome.Good }));
        Assert.Throws<ArgumentException>(() => BisectSearch.Next(4, new Dictionary<int, StepOutcome> { [5] = StepOutcome.Bad }));
    }

    private static (BisectAnswer Answer, List<int> Measured) Run(int count, Func<int, StepOutcome> oracle)
    {
        var outcomes = new Dictionary<int, StepOutcome>();
        var measured = new List<int>();
        for (var guard = 0; guard <= count + 1; guard++)
        {
            var move = BisectSearch.Next(count, outcomes);
            if (move.Answer is { } answer)
            {
                return (answer, measured);
            }

            var index = move.Measure!.Value;
            Assert.False(outcomes.ContainsKey(index), $"commit {index} proposed twice");
            measured.Add(index);
            outcomes[index] = oracle(index);
        }

        throw new InvalidOperationException("the search did not end");
    }
}
