using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Tests.Infrastructure;

public sealed class DataDirectoryAliasTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("frl-alias-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Checkouts_at_paths_of_any_length_read_their_data_through_links_of_one_length()
    {
        var temp = Path.Combine(_root, "tmp");
        var shortPath = DataDirectoryAlias.PathFor("/w/artifacts/benchmark-data", temp);
        var longPath = DataDirectoryAlias.PathFor("/home/someone/src/a/much/longer/checkout/artifacts/benchmark-data", temp);

        Assert.Equal(shortPath.Length, longPath.Length);
        Assert.NotEqual(shortPath, longPath);
        Assert.Equal(shortPath, DataDirectoryAlias.PathFor("/w/artifacts/benchmark-data", temp));
    }

    [Fact]
    public void The_link_is_made_then_reused_and_remade_when_it_points_elsewhere()
    {
        var (temp, data, other) = (Dir("tmp"), Dir("checkout/artifacts/benchmark-data"), Dir("other"));
        File.WriteAllText(Path.Combine(data, "config.yaml"), "a: 1\n");

        var (made, fallback) = DataDirectoryAlias.Resolve(data, temp);
        Assert.Null(fallback);
        Assert.Equal(DataDirectoryAlias.PathFor(data, temp), made);
        Assert.Equal("a: 1\n", File.ReadAllText(Path.Combine(made, "config.yaml")));
        Assert.Equal((made, (string?)null), DataDirectoryAlias.Resolve(data, temp));

        Directory.Delete(made);
        Directory.CreateSymbolicLink(made, other);
        Assert.Equal((made, (string?)null), DataDirectoryAlias.Resolve(data, temp));
        Assert.Equal(data, new DirectoryInfo(made).LinkTarget);
    }

    [Fact]
    public void A_real_directory_in_the_link_s_place_is_left_alone_and_the_real_path_is_used_with_the_reason()
    {
        var (temp, data) = (Dir("tmp"), Dir("checkout/data"));
        Directory.CreateDirectory(DataDirectoryAlias.PathFor(data, temp));

        var (used, fallback) = DataDirectoryAlias.Resolve(data, temp);

        Assert.Equal(data, used);
        Assert.Contains("is not a link", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_that_does_not_exist_yet_is_made_so_the_link_is_not_dangling()
    {
        var temp = Dir("tmp");
        var data = Path.Combine(_root, "fresh", "benchmark-data");

        var (used, _) = DataDirectoryAlias.Resolve(data, temp);

        Assert.True(Directory.Exists(used));
        Assert.True(Directory.Exists(data));
    }

    private string Dir(string relative) => Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;
}
