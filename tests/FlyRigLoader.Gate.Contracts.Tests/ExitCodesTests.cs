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
    public void Outcome_maps_to_documented_code(bool complete, bool infraOk, int failed, int slaFailed, int noData, int regression, int expected) =>
        Assert.Equal(expected, ExitCodes.For(complete, infraOk, failed, slaFailed, noData, regression));

    [Fact]
    public void Run_id_is_utc_timestamp_and_short_sha() =>
        Assert.Equal("20240117T143022Z-abc1234", RunId.Create(new DateTimeOffset(2024, 1, 17, 15, 30, 22, TimeSpan.FromHours(1)), "abc1234"));
}
