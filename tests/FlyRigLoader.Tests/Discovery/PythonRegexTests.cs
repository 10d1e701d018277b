using System.Text.RegularExpressions;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>Python regex syntax from configs compiles in .NET with the same meaning.</summary>
public class PythonRegexTests
{
    [Theory]
    [InlineData(@"(?P<date>\d{8})", @"(?<date>\d{8})")]
    [InlineData(@"(?P<a>x)(?P=a)", @"(?<a>x)\k<a>")]
    [InlineData(@"abc\Z", @"abc\z")]
    [InlineData(@"\\Z", @"\\Z")]
    [InlineData(@"[\Z](?P<n>1)", @"[\Z](?<n>1)")]
    [InlineData(@"[(?P<n>]x", @"[(?P<n>]x")]
    [InlineData(@"[]P](?P<n>1)", @"[]P](?<n>1)")]
    [InlineData(@"plain(\d+)", @"plain(\d+)")]
    public void ToDotNet_RewritesOnlyPythonSyntax(string python, string dotnet)
    {
        Assert.Equal(dotnet, PythonRegex.ToDotNet(python));
    }

    [Fact]
    public void ToDotNet_ResultHasTheSameGroups()
    {
        var regex = new Regex(PythonRegex.ToDotNet(@"(?P<rig>\w+)_(?P<date>\d{8})_(?P<animal_id>\w+)_(?P<trial>\d+)"));
        var match = regex.Match("opto_20241220_fly7_3");
        Assert.Equal("opto", match.Groups["rig"].Value);
        Assert.Equal("20241220", match.Groups["date"].Value);
        Assert.Equal("3", match.Groups["trial"].Value);
    }
}
