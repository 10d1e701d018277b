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
    [InlineData(3, 0, false, 3)]
    [InlineData(0, 1, false, 3)]
    [InlineData(3, 1, false, 3)]
    [InlineData(3, 0, true, 0)]
    [InlineData(0, 1, true, 0)]
    [InlineData(0, 0, false, 0)]
    public void No_verdict_exits_3_unless_accepted(int regression, int slaInconclusive, bool accept, int expected) =>
        Assert.Equal(expected, ExitCodes.For(true, true, 0, 0, 0, regression, slaInconclusive, accept));

    [Fact]
    public void An_sla_failure_or_an_error_outranks_no_verdict()
    {
        Assert.Equal(ExitCodes.GateFailed, ExitCodes.For(true, true, 0, 1, 0, ExitCodes.NoVerdict));
        Assert.Equal(ExitCodes.Error, ExitCodes.For(false, true, 0, 0, 0, ExitCodes.NoVerdict, 1));
        Assert.Equal(ExitCodes.Error, ExitCodes.For(true, true, 0, 0, 0, 4));
        Assert.Equal(ExitCodes.Error, ExitCodes.For(true, true, 0, 0, 0, -1));
    }

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
    [InlineData(new[] { 1, 3, 2 }, 2)]
    [InlineData(new[] { 3, 0, 3 }, 3)]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 7, 1 }, 7)]
    public void Worst_ranks_error_over_failure_over_no_verdict_over_ok(int[] codes, int expected) => Assert.Equal(expected, ExitCodes.Worst(codes));

    [Fact]
    public void Accept_turns_only_no_verdict_into_ok()
    {
        Assert.Equal(0, ExitCodes.Accept(ExitCodes.NoVerdict, acceptNoVerdict: true));
        Assert.Equal(3, ExitCodes.Accept(ExitCodes.NoVerdict, acceptNoVerdict: false));
        Assert.Equal(1, ExitCodes.Accept(ExitCodes.GateFailed, acceptNoVerdict: true));
        Assert.Equal(2, ExitCodes.Accept(ExitCodes.Error, acceptNoVerdict: true));
    }

    [Fact]
    public void Run_id_is_utc_timestamp_and_short_sha() =>
        Assert.Equal("20240117T143022Z-abc1234", RunId.Create(new DateTimeOffset(2024, 1, 17, 15, 30, 22, TimeSpan.FromHours(1)), "abc1234"));
}
