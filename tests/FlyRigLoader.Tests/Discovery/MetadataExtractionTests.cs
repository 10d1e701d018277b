using FlyRigLoader.Discovery;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>Extraction patterns, their target prefixes, and date parsing.</summary>
public sealed class MetadataExtractionTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Extraction_python_named_groups_search_the_full_path_later_patterns_win()
    {
        _tree.Files("2024-12-20/opto_20241220_fly7_3.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true) with
        {
            ExtractionPatterns = [@"(?P<rig>[a-z]+)_(?P<date>\d{8})_(?P<animal_id>[a-z0-9]+)_(?P<trial>\d+)", @"/(?P<date>\d{4}-\d{2}-\d{2})/"],
        };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Equal("opto", file.Metadata["rig"]);
        Assert.Equal("fly7", file.Metadata["animal_id"]);
        Assert.Equal("3", file.Metadata["trial"]);
        Assert.Equal("2024-12-20", file.Metadata["date"]);
    }

    [Fact]
    public void Extraction_target_prefixes_pick_file_name_parent_and_parts()
    {
        _tree.Files("rig3/2024-01-05/fly9_run2.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true) with
        {
            ExtractionPatterns =
            [
                @"filename::^(?P<fly>fly\d+)",
                @"parent::^(?P<day>.+)$",
                @"parts[-3]::^(?P<rig>rig\d+)$",
                @"parts[0]::^(?P<root>.*)$",
                @"parts[999]::(?P<never>.*)",
                @"filename::^rig(?P<never2>\d)",
            ],
        };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Equal("fly9", file.Metadata["fly"]);
        Assert.Equal("2024-01-05", file.Metadata["day"]);
        Assert.Equal("rig3", file.Metadata["rig"]);
        Assert.Equal(Path.GetPathRoot(_tree.Root), file.Metadata["root"]);
        Assert.False(file.Metadata.ContainsKey("never"));
        Assert.False(file.Metadata.ContainsKey("never2"));
    }

    [Fact]
    public void Extraction_unnamed_groups_become_group_n_and_non_participating_groups_are_left_out()
    {
        _tree.Files("mouse_12_a.pkl");
        var request = DiscoveryRequest.For(_tree.Root) with
        {
            ExtractionPatterns = [@"filename::(\w+?)_(\d+)", @"filename::(?P<animal>mouse)(?P<opt>_x)?"],
        };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Equal("mouse", file.Metadata["group0"]);
        Assert.Equal("12", file.Metadata["group1"]);
        Assert.Equal("mouse", file.Metadata["animal"]);
        Assert.False(file.Metadata.ContainsKey("opt"));
    }

    [Fact]
    public void Extraction_no_match_keeps_the_file_with_empty_metadata()
    {
        _tree.Files("unrelated.pkl");
        var request = DiscoveryRequest.For(_tree.Root) with { ExtractionPatterns = [@"filename::(?P<date>\d{8})"] };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Empty(file.Metadata);
    }

    [Theory]
    [InlineData(@"(?P<date>\d{8}")]
    [InlineData(@"parts[x]::(?P<a>.)")]
    [InlineData(@"parts[1]:(?P<a>.)[")]
    public void Extraction_InvalidPattern_Throws(string pattern)
    {
        _tree.Files("a.pkl");
        var request = DiscoveryRequest.For(_tree.Root) with { ExtractionPatterns = [pattern] };

        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(request));

        Assert.Equal(DiscoveryErrorCodes.InvalidRegex, ex.Code);
        Assert.Contains(pattern, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extraction_catastrophic_pattern_times_out_as_warning_not_a_hang()
    {
        _tree.Files(new string('a', 40) + "!.pkl");
        var request = DiscoveryRequest.For(_tree.Root) with
        {
            ExtractionPatterns = [@"filename::^(?P<x>(a+)+)$"],
            RegexTimeout = TimeSpan.FromMilliseconds(50),
        };

        var result = FileDiscoverer.Discover(request);

        Assert.Single(result.Files);
        Assert.Contains(result.Warnings, w => w.Code == DiscoveryErrorCodes.RegexTimeout);
    }

    [Theory]
    [InlineData("fly_20240315.pkl", 2024, 3, 15)]
    [InlineData("fly_2024-03-15.pkl", 2024, 3, 15)]
    [InlineData("fly_03-15-2024.pkl", 2024, 3, 15)]
    [InlineData("fly_99999999_2024-03-15.pkl", 2024, 3, 15)]
    public void Parse_dates_from_file_name(string name, int year, int month, int day)
    {
        _tree.Files(name);
        var request = DiscoveryRequest.For(_tree.Root) with { ParseDates = true };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Equal(new DateTime(year, month, day), file.ParsedDate);
    }

    [Fact]
    public void Parse_dates_prefers_date_metadata_including_timestamps()
    {
        _tree.Files("run_20200101_x_20240315_101530.pkl");
        var request = DiscoveryRequest.For(_tree.Root) with
        {
            ParseDates = true,
            ExtractionPatterns = [@"x_(?P<date>\d{8}_\d{6})"],
        };

        var file = Assert.Single(FileDiscoverer.Discover(request).Files);

        Assert.Equal(new DateTime(2024, 3, 15, 10, 15, 30), file.ParsedDate);
    }

    [Theory]
    [InlineData("no_date_here.pkl")]
    [InlineData("fly_20241345.pkl")]
    public void Parse_dates_nothing_parses_leaves_null(string name)
    {
        _tree.Files(name);
        var request = DiscoveryRequest.For(_tree.Root) with { ParseDates = true };

        Assert.Null(Assert.Single(FileDiscoverer.Discover(request).Files).ParsedDate);
    }

    [Fact]
    public void Include_stats_fills_size_times_and_permissions()
    {
        var path = _tree.Files("a.pkl")[0];
        File.WriteAllBytes(path, new byte[1234]);
        var request = DiscoveryRequest.For(_tree.Root) with { IncludeStats = true };

        var stats = Assert.Single(FileDiscoverer.Discover(request).Files).Stats;

        Assert.NotNull(stats);
        Assert.Equal(1234, stats.SizeBytes);
        Assert.Equal(File.GetLastWriteTimeUtc(path), stats.LastWriteTimeUtc);
        Assert.False(stats.IsSymbolicLink);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(File.GetUnixFileMode(path), stats.Permissions);
        }
    }
}
