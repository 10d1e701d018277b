using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Gate.Contracts.Tests.Charts;

public sealed class ChartSpecFileTests
{
    [Fact]
    public void Specs_round_trip_through_the_renderer_file()
    {
        using var dir = new TempDirectory();
        var specs = ChartPlanner.Plan(ChartInputsLoader.Load(ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath), "/nonexistent"));
        var path = dir.Write("specs.json", ChartSpecFile.Serialize(specs));

        var back = ChartSpecFile.Read(path);

        Assert.Equal(specs.Select(s => s.Id), back.Select(s => s.Id));
        Assert.Equal(specs[0].Series[0].Lower, back[0].Series[0].Lower);
        Assert.Equal(specs[^1].Caption, back[^1].Caption);
        Assert.Equal(specs.First(s => s.Kind == ChartKind.Trend).YMustInclude, back.First(s => s.Kind == ChartKind.Trend).YMustInclude);
    }

    [Theory]
    [InlineData("{ not json", "not a valid chart spec file")]
    [InlineData("{ \"schema_version\": 9, \"charts\": [] }", "schema_version 9")]
    [InlineData("{ \"schema_version\": 1, \"charts\": [ { \"id\": \"Bad Id\", \"width\": 400, \"height\": 300, \"series\": [] } ] }", "chart 'Bad Id'")]
    [InlineData("{ \"schema_version\": 1, \"charts\": [ { \"id\": \"a\", \"width\": 400, \"height\": 300, \"series\": [ { \"name\": \"s\", \"xs\": [1, 2], \"ys\": [1] } ] } ] }", "equally many")]
    public void Bad_spec_files_are_rejected_naming_the_file_and_the_problem(string content, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("specs.json", content);

        var e = Assert.Throws<GateInputException>(() => ChartSpecFile.Read(path));
        Assert.Equal(path, e.File);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
