using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>The hand-unrolled yyyy-MM-dd check agrees with the calendar; other layouts still go through the format list.</summary>
public sealed class DateKeyValidationTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-28", true)]
    [InlineData("2023-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2023-04-31", false)]
    [InlineData("2023-13-01", false)]
    [InlineData("2023-00-10", false)]
    [InlineData("2023-01-00", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2023-0a-01", false)]
    [InlineData("2023/01/01", false)]
    [InlineData("2023-1-01x", false)]
    [InlineData("20230501", true)]
    [InlineData("05/01/2023", true)]
    public void Date_keys_are_recognised_exactly_when_they_are_real_dates(string date, bool recognised)
    {
        var model = new ProjectConfigModel
        {
            Datasets = [new DatasetInfo("d", "rig1") { DatesVials = new Dictionary<string, IReadOnlyList<int>> { [date] = [1] } }],
        };

        var warnings = ConfigLoader.FromModel(model, "m").Warnings;

        Assert.Equal(recognised, warnings.Count == 0);
    }
}
