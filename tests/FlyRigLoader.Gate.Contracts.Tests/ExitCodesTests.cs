using FlyRigLoader.Gate.Core.Results;


namespace FlyRigLoader.Gate.Contracts.Tests;

public sealed class ExitCodesTests
{
    [Theory]
    [InlineData(true, true, 0, 0, 0, 0, 0)]
    [InlineData(true, true, 0, 1, 0, 0, 1)]
    [InlineData(true, true, 0, 0, 0, 1, 1)]
    [InlineData(true, true, 1, 0, 0, 0, 2)]
    [InlineData(true, true, 1, 3, 0, 1, 2)]
    [InlineData(false, true, 0, 0, 0, 0, 2)]
    [InlineData(true, false, 0, 0, 0, 0, 2)]
    [InlineData(true, true, 0, 0, 1, 0, 2)]
    [InlineData(true, true, 0, 1, 0, 2, 2)]
    [InlineData(true, true, 0, 0, 0, 3, 3)]
    [InlineData(true, true, 0, 1, 0, 3, 1)]
    [InlineData(true, true, 0, 0, 0, 4, 2)]
    public void Outcome_maps_to_documented_code(bool complete, bool infraOk, int failed, int slaFailed, int noData, int regression, int expected) =>
        Assert.Equal(expected, ExitCodes.For(complete, infraOk, failed, slaFailed, noData, regression));

    [Theory]
    [InlineData(0, 0, 1, 0, 3)]
    [InlineData(1, 0, 1, 0, 1)]
    [InlineData(0, 0, 1, 1, 1)]
    [InlineData(0, 1, 1, 0, 2)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Inconclusive_verdicts_give_3_unless_something_failed_or_broke(int slaFailed, int slaNoData, int noVerdicts, int regression, int expected) =>
        Assert.Equal(expected, ExitCodes.For(true, true, 0, slaFailed, slaNoData, regression, noVerdicts));

    [Theory]
    [InlineData(new[] { 0, 3 }, 3)]
    [InlineData(new[] { 3, 1 }, 1)]
    [InlineData(new[] { 1, 2, 3 }, 2)]
    [InlineData(new[] { 3, 2 }, 2)]
    [InlineData(new[] { 0, 0 }, 0)]
    [InlineData(new[] { 3, 7 }, 7)]
    public void Worst_ranks_error_over_failure_over_no_verdict_over_pass(int[] codes, int expected) =>
        Assert.Equal(expected, ExitCodes.Worst(codes));

    [Fact]
    public void Run_id_is_utc_timestamp_and_short_sha() =>
        Assert.Equal("20240117T143022Z-abc1234", RunId.Create(new DateTimeOffset(2024, 1, 17, 15, 30, 22, TimeSpan.FromHours(1)), "abc1234"));
}
