using FlyRigLoader.Configuration;

namespace FlyRigLoader.Tests.Configuration;

public sealed class ExtractionPatternTests
{
    [Theory]
    [InlineData(@"(?P<date>\d{8})", @"(?<date>\d{8})")]
    [InlineData(@"(?P<a>x)-(?P=a)", @"(?<a>x)-\k<a>")]
    [InlineData(@"end\Z", @"end\z")]
    [InlineData(@"\(?P<literal>", @"\(?P<literal>")]
    [InlineData(@"[(?P<]x", @"[(?P<]x")]
    [InlineData(@"[\]](?P<n>y)", @"[\]](?<n>y)")]
    [InlineData(@"(?<already>z)", @"(?<already>z)")]
    public void ToDotNet_TranslatesPythonOnlySyntax(string python, string dotnet) =>
        Assert.Equal(dotnet, PythonRegex.ToDotNet(python));

    [Fact]
    public void Parse_python_backreference_matches_repeated_text()
    {
        var pattern = ExtractionPattern.Parse(@"(?P<word>\w+)_(?P=word)");

        Assert.Matches(pattern.Regex, "abc_abc");
        Assert.DoesNotMatch(pattern.Regex, "abc_abd");
        Assert.Equal(["word"], pattern.GroupNames);
    }

    [Theory]
    [InlineData(@"(?P<d>\d+)", PatternTarget.FullPath, 0, "/data/2024-01-02/fly_20240102_3.pkl")]
    [InlineData(@"filename::(?P<d>\d+)", PatternTarget.FileName, 0, "fly_20240102_3.pkl")]
    [InlineData(@"parent::(?P<d>\d+)", PatternTarget.Parent, 0, "2024-01-02")]
    [InlineData(@"parts[1]::(?P<d>\w+)", PatternTarget.Part, 1, "data")]
    [InlineData(@"parts[0]::(?P<d>\w+)", PatternTarget.Part, 0, "/")]
    [InlineData(@"parts[-2]::(?P<d>\d+)", PatternTarget.Part, -2, "2024-01-02")]
    public void SelectInput_PicksThePartNamedByThePrefix(string source, PatternTarget target, int index, string expected)
    {
        var pattern = ExtractionPattern.Parse(source);

        Assert.Equal(target, pattern.Target);
        Assert.Equal(index, pattern.PartIndex);
        Assert.Equal(expected, pattern.SelectInput("/data/2024-01-02/fly_20240102_3.pkl"));
    }

    [Theory]
    [InlineData(@"parts[9]::(?P<d>\w+)")]
    [InlineData(@"parts[-9]::(?P<d>\w+)")]
    public void SelectInput_OutOfRangePart_IsNull(string source) =>
        Assert.Null(ExtractionPattern.Parse(source).SelectInput("/data/x.pkl"));

    [Theory]
    [InlineData(@"(?P<d>\d+", "regex does not compile")]
    [InlineData(@"parts[x]::a", "parts[N]::")]
    [InlineData(@"filename::", "empty")]
    [InlineData("", "empty")]
    public void TryParse_InvalidPattern_SaysWhy(string source, string reason)
    {
        Assert.False(ExtractionPattern.TryParse(source, out var pattern, out var error));
        Assert.Null(pattern);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ExtractionPattern.Parse(source));
    }

    [Fact]
    public void Parse_same_source_reuses_the_compiled_pattern() =>
        Assert.Same(ExtractionPattern.Parse(@"(?P<rig>rig\d+)"), ExtractionPattern.Parse(@"(?P<rig>rig\d+)"));
}
