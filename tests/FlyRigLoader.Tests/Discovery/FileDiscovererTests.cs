using FlyRigLoader.Discovery;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>The §2.1 filter rules of <see cref="FileDiscoverer"/> on real directory trees.</summary>
public sealed class FileDiscovererTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Discover_non_recursive_finds_only_top_level_files_and_never_directories()
    {
        _tree.Files("a.pkl", "b.csv", "sub/c.pkl");
        _tree.Dir("dir.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*"));

        Assert.Equal([_tree["a.pkl"], _tree["b.csv"]], result.Paths);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Discover_recursive_prepends_double_star_and_sorts_ordinally()
    {
        _tree.Files("b/Z.pkl", "b/a.pkl", "A.pkl", "a/deep/er/x.pkl", "a/deep/er/x.csv");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true));

        string[] expected = [_tree["A.pkl"], _tree["a/deep/er/x.pkl"], _tree["b/Z.pkl"], _tree["b/a.pkl"]];
        Assert.Equal(expected, result.Paths);
    }

    [Fact]
    public void Discover_double_star_pattern_recurses_without_recursive_flag()
    {
        _tree.Files("x.pkl", "2024-01-01/fly1/run.pkl", "2023-12-31/fly1/run.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "2024-*/**/*.pkl"));

        Assert.Equal([_tree["2024-01-01/fly1/run.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_extensions_are_case_insensitive_multi_part_and_dot_optional()
    {
        _tree.Files("a.PKL", "b.pkl.gz", "c.gz", "d.csv", "e.pklz");
        var request = DiscoveryRequest.For(_tree.Root) with { Extensions = ["pkl", ".PKL.GZ"] };

        var result = FileDiscoverer.Discover(request);

        Assert.Equal([_tree["a.PKL"], _tree["b.pkl.gz"]], result.Paths);
    }

    [Fact]
    public void Discover_empty_extension_list_finds_nothing_but_null_finds_all()
    {
        _tree.Files("a.pkl", "b.csv");

        Assert.Empty(FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { Extensions = [] }).Files);
        Assert.Equal(2, FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { Extensions = null }).Files.Count);
    }

    [Fact]
    public void Discover_ignore_globs_match_the_file_name_only()
    {
        _tree.Files("keep.pkl", "._keep.pkl", "temp_run.pkl", "run.tmp", "temp_dir/inside.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { IgnoreGlobs = ["*._*", "*temp*", "*.tmp"] };

        var result = FileDiscoverer.Discover(request);

        // "temp_dir" is a directory name, and ignore globs only look at file names.
        Assert.Equal([_tree["keep.pkl"], _tree["temp_dir/inside.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_mandatory_substrings_are_ored_over_the_full_path_case_sensitive()
    {
        _tree.Files("plume/a.pkl", "odor/tracking_b.pkl", "odor/c.pkl", "odor/PLUME_d.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { MandatorySubstrings = ["plume", "tracking"] };

        var result = FileDiscoverer.Discover(request);

        Assert.Equal([_tree["odor/tracking_b.pkl"], _tree["plume/a.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_mandatory_substring_may_span_the_last_separator()
    {
        _tree.Files("fly7/run.pkl", "fly8/run.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { MandatorySubstrings = ["7/run"] };

        Assert.Equal([_tree["fly7/run.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_filters_combine()
    {
        _tree.Files("exp/plume_20240101_1.pkl", "exp/plume_20240101_1.csv", "exp/backup_plume.pkl", "other/x.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with
        {
            Extensions = ["pkl"],
            IgnoreGlobs = ["backup_*"],
            MandatorySubstrings = ["plume"],
        };

        Assert.Equal([_tree["exp/plume_20240101_1.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_several_directories_merges_and_deduplicates()
    {
        _tree.Files("a/1.pkl", "b/2.pkl");
        var request = new DiscoveryRequest { Directories = [_tree["b"], _tree["a"], _tree.Root + "/a/"], Pattern = "*.pkl" };

        Assert.Equal([_tree["a/1.pkl"], _tree["b/2.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_overlapping_roots_report_each_file_once()
    {
        _tree.Files("a/1.pkl");
        var request = new DiscoveryRequest { Directories = [_tree.Root, _tree["a"]], Pattern = "*.pkl", Recursive = true };

        Assert.Equal([_tree["a/1.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_relative_directory_returns_absolute_paths()
    {
        _tree.Files("a.pkl");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _tree.Root);

        Assert.Equal([_tree["a.pkl"]], FileDiscoverer.Discover(DiscoveryRequest.For(relative)).Paths);
    }

    [Fact]
    public void Discover_no_directories_returns_empty()
    {
        var result = FileDiscoverer.Discover(new DiscoveryRequest { Directories = [] });

        Assert.Empty(result.Files);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Discover_missing_directory_throws_with_path_and_hint()
    {
        var missing = _tree["does-not-exist"];

        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(missing)));

        Assert.Equal(DiscoveryErrorCodes.DirectoryNotFound, ex.Code);
        Assert.Equal(missing, ex.Location);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ex.Hint));
    }

    [Fact]
    public void Discover_file_instead_of_directory_throws()
    {
        var file = _tree.Files("a.pkl")[0];

        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(file)));

        Assert.Equal(DiscoveryErrorCodes.NotADirectory, ex.Code);
        Assert.Equal(file, ex.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Discover_blank_directory_throws(string directory)
    {
        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(directory)));
        Assert.Equal(DiscoveryErrorCodes.InvalidRequest, ex.Code);
    }

    [Fact]
    public void Discover_invalid_pattern_throws()
    {
        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "/etc/*")));
        Assert.Equal(DiscoveryErrorCodes.InvalidGlob, ex.Code);
    }

    [Fact]
    public void Discover_hidden_files_are_data()
    {
        _tree.Files(".hidden.pkl", ".dir/x.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true));

        Assert.Equal([_tree[".dir/x.pkl"], _tree[".hidden.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_without_extraction_gives_empty_metadata_no_date_no_stats()
    {
        _tree.Files("fly_20240101.pkl");

        var file = Assert.Single(FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root)).Files);

        Assert.Empty(file.Metadata);
        Assert.Null(file.ParsedDate);
        Assert.Null(file.Stats);
    }

    [Fact]
    public void Get_latest_file_picks_newest_mtime_ignores_missing_null_when_empty()
    {
        var files = _tree.Files("old.pkl", "new.pkl", "mid.pkl");
        File.SetLastWriteTimeUtc(files[0], new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(files[1], new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(files[2], new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(files[1], FileDiscoverer.GetLatestFile([.. files, _tree["missing.pkl"]]));
        Assert.Null(FileDiscoverer.GetLatestFile([]));
    }
}
