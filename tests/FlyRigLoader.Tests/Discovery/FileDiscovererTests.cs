using FlyRigLoader.Discovery;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Tests.Discovery;

/// <summary>The §2.1 filter rules of <see cref="FileDiscoverer"/> on real directory trees.</summary>
public sealed class FileDiscovererTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Discover_NonRecursive_FindsOnlyTopLevelFiles_AndNeverDirectories()
    {
        _tree.Files("a.pkl", "b.csv", "sub/c.pkl");
        _tree.Dir("dir.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*"));

        Assert.Equal([_tree["a.pkl"], _tree["b.csv"]], result.Paths);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Discover_Recursive_PrependsDoubleStar_AndSortsOrdinally()
    {
        _tree.Files("b/Z.pkl", "b/a.pkl", "A.pkl", "a/deep/er/x.pkl", "a/deep/er/x.csv");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true));

        string[] expected = [_tree["A.pkl"], _tree["a/deep/er/x.pkl"], _tree["b/Z.pkl"], _tree["b/a.pkl"]];
        Assert.Equal(expected, result.Paths);
    }

    [Fact]
    public void Discover_DoubleStarPattern_RecursesWithoutRecursiveFlag()
    {
        _tree.Files("x.pkl", "2024-01-01/fly1/run.pkl", "2023-12-31/fly1/run.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "2024-*/**/*.pkl"));

        Assert.Equal([_tree["2024-01-01/fly1/run.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_Extensions_AreCaseInsensitive_MultiPart_AndDotOptional()
    {
        _tree.Files("a.PKL", "b.pkl.gz", "c.gz", "d.csv", "e.pklz");
        var request = DiscoveryRequest.For(_tree.Root) with { Extensions = ["pkl", ".PKL.GZ"] };

        var result = FileDiscoverer.Discover(request);

        Assert.Equal([_tree["a.PKL"], _tree["b.pkl.gz"]], result.Paths);
    }

    [Fact]
    public void Discover_EmptyExtensionList_FindsNothing_ButNullFindsAll()
    {
        _tree.Files("a.pkl", "b.csv");

        Assert.Empty(FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { Extensions = [] }).Files);
        Assert.Equal(2, FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root) with { Extensions = null }).Files.Count);
    }

    [Fact]
    public void Discover_IgnoreGlobs_MatchTheFileNameOnly()
    {
        _tree.Files("keep.pkl", "._keep.pkl", "temp_run.pkl", "run.tmp", "temp_dir/inside.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { IgnoreGlobs = ["*._*", "*temp*", "*.tmp"] };

        var result = FileDiscoverer.Discover(request);

        // "temp_dir" is a directory name, and ignore globs only look at file names.
        Assert.Equal([_tree["keep.pkl"], _tree["temp_dir/inside.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_MandatorySubstrings_AreOredOverTheFullPath_CaseSensitive()
    {
        _tree.Files("plume/a.pkl", "odor/tracking_b.pkl", "odor/c.pkl", "odor/PLUME_d.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { MandatorySubstrings = ["plume", "tracking"] };

        var result = FileDiscoverer.Discover(request);

        Assert.Equal([_tree["odor/tracking_b.pkl"], _tree["plume/a.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_MandatorySubstring_MaySpanTheLastSeparator()
    {
        _tree.Files("fly7/run.pkl", "fly8/run.pkl");
        var request = DiscoveryRequest.For(_tree.Root, "*", recursive: true) with { MandatorySubstrings = ["7/run"] };

        Assert.Equal([_tree["fly7/run.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_FiltersCombine()
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
    public void Discover_SeveralDirectories_MergesAndDeduplicates()
    {
        _tree.Files("a/1.pkl", "b/2.pkl");
        var request = new DiscoveryRequest { Directories = [_tree["b"], _tree["a"], _tree.Root + "/a/"], Pattern = "*.pkl" };

        Assert.Equal([_tree["a/1.pkl"], _tree["b/2.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_OverlappingRoots_ReportEachFileOnce()
    {
        _tree.Files("a/1.pkl");
        var request = new DiscoveryRequest { Directories = [_tree.Root, _tree["a"]], Pattern = "*.pkl", Recursive = true };

        Assert.Equal([_tree["a/1.pkl"]], FileDiscoverer.Discover(request).Paths);
    }

    [Fact]
    public void Discover_RelativeDirectory_ReturnsAbsolutePaths()
    {
        _tree.Files("a.pkl");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _tree.Root);

        Assert.Equal([_tree["a.pkl"]], FileDiscoverer.Discover(DiscoveryRequest.For(relative)).Paths);
    }

    [Fact]
    public void Discover_NoDirectories_ReturnsEmpty()
    {
        var result = FileDiscoverer.Discover(new DiscoveryRequest { Directories = [] });

        Assert.Empty(result.Files);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Discover_MissingDirectory_ThrowsWithPathAndHint()
    {
        var missing = _tree["does-not-exist"];

        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(missing)));

        Assert.Equal(DiscoveryErrorCodes.DirectoryNotFound, ex.Code);
        Assert.Equal(missing, ex.Location);
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(ex.Hint));
    }

    [Fact]
    public void Discover_FileInsteadOfDirectory_Throws()
    {
        var file = _tree.Files("a.pkl")[0];

        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(file)));

        Assert.Equal(DiscoveryErrorCodes.NotADirectory, ex.Code);
        Assert.Equal(file, ex.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Discover_BlankDirectory_Throws(string directory)
    {
        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(directory)));
        Assert.Equal(DiscoveryErrorCodes.InvalidRequest, ex.Code);
    }

    [Fact]
    public void Discover_InvalidPattern_Throws()
    {
        var ex = Assert.Throws<DiscoveryException>(() => FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "/etc/*")));
        Assert.Equal(DiscoveryErrorCodes.InvalidGlob, ex.Code);
    }

    [Fact]
    public void Discover_HiddenFiles_AreData()
    {
        _tree.Files(".hidden.pkl", ".dir/x.pkl");

        var result = FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root, "*.pkl", recursive: true));

        Assert.Equal([_tree[".dir/x.pkl"], _tree[".hidden.pkl"]], result.Paths);
    }

    [Fact]
    public void Discover_WithoutExtraction_GivesEmptyMetadata_NoDate_NoStats()
    {
        _tree.Files("fly_20240101.pkl");

        var file = Assert.Single(FileDiscoverer.Discover(DiscoveryRequest.For(_tree.Root)).Files);

        Assert.Empty(file.Metadata);
        Assert.Null(file.ParsedDate);
        Assert.Null(file.Stats);
    }

    [Fact]
    public void GetLatestFile_PicksNewestMtime_IgnoresMissing_NullWhenEmpty()
    {
        var files = _tree.Files("old.pkl", "new.pkl", "mid.pkl");
        File.SetLastWriteTimeUtc(files[0], new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(files[1], new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(files[2], new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(files[1], FileDiscoverer.GetLatestFile([.. files, _tree["missing.pkl"]]));
        Assert.Null(FileDiscoverer.GetLatestFile([]));
    }
}
