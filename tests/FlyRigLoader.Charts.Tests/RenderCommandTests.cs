using FlyRigLoader.Gate.Contracts.Charts;
using FlyRigLoader.Gate.Reports.Charts;
using FlyRigLoader.Gate.TestKit;

namespace FlyRigLoader.Charts.Tests;

/// <summary>The renderer (eng/FlyRigLoader.Charts) drawn in-process: the test host loads SkiaSharp's native library fine.</summary>
public sealed class RenderCommandTests
{
    [Fact]
    public void One_chart_of_each_kind_becomes_an_svg_and_a_png()
    {
        using var dir = new TempDirectory();
        var specs = ChartPlanner.Plan(ChartInputsLoader.Load(ChartSamples.WithComparison(ChartSamples.Report(), ChartSamples.BaselinePath), "/nonexistent"))
            .DistinctBy(s => s.Kind).ToList();
        var specPath = dir.Write("specs.json", ChartSpecFile.Serialize(specs));
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, RenderCommand.Run([specPath, dir.Combine("out")], output, error));
        Assert.Equal(5, specs.Count);
        foreach (var spec in specs)
        {
            var svg = File.ReadAllText(dir.Combine("out", spec.Id + ".svg"));
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(spec.Title).Split(' ')[0], svg, StringComparison.Ordinal);
            Assert.Contains("sans-serif", svg, StringComparison.Ordinal);
            Assert.True(ChartRenderer.StartsWithPngMagic(dir.Combine("out", spec.Id + ".png")), spec.Id);
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void A_bad_spec_file_exits_2_naming_it_and_draws_nothing()
    {
        using var dir = new TempDirectory();
        var specPath = dir.Write("specs.json", "{ \"schema_version\": 1, \"charts\": [ { \"id\": \"a\", \"width\": 400, \"height\": 300, \"series\": [] } ] }");
        var error = new StringWriter();

        Assert.Equal(2, RenderCommand.Run([specPath, dir.Combine("out")], new StringWriter(), error));
        Assert.Contains(specPath, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("chart 'a': no series", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    [Fact]
    public void Wrong_arguments_print_usage_and_exit_2()
    {
        var error = new StringWriter();
        Assert.Equal(2, RenderCommand.Run(["only-one"], new StringWriter(), error));
        Assert.StartsWith("usage: FlyRigLoader.Charts", error.ToString(), StringComparison.Ordinal);
    }
}
