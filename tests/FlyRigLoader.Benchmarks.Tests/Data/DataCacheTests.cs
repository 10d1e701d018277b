using FlyRigLoader.Benchmarks.Data;

namespace FlyRigLoader.Benchmarks.Tests.Data;

public sealed class DataCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "flyrig-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Generates_once_then_reuses_the_complete_entry()
    {
        var calls = 0;
        void Generate(string dir)
        {
            calls++;
            File.WriteAllText(Path.Combine(dir, "data.bin"), "x");
        }

        var first = DataCache.GetOrCreate(_root, "pickle", 1, "10mb", Generate);
        var second = DataCache.GetOrCreate(_root, "pickle", 1, "10mb", Generate);

        Assert.Equal(1, calls);
        Assert.Equal(first, second);
        Assert.Equal(Path.Combine(_root, "pickle-v1-10mb"), first);
        Assert.True(File.Exists(Path.Combine(first, "data.bin")));
        Assert.Empty(Directory.GetDirectories(_root, "*.tmp-*"));
    }

    [Fact]
    public void A_stale_or_half_written_entry_is_regenerated()
    {
        var dir = Path.Combine(_root, DataCache.EntryName("tree", 2, "1000"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "leftover"), "half");
        File.WriteAllText(Path.Combine(dir, DataCache.MarkerFile), DataCache.MarkerText("tree", 1, "1000"));

        var calls = 0;
        var result = DataCache.GetOrCreate(_root, "tree", 2, "1000", d =>
        {
            calls++;
            File.WriteAllText(Path.Combine(d, "fresh"), "y");
        });

        Assert.Equal(1, calls);
        Assert.False(File.Exists(Path.Combine(result, "leftover")));
        Assert.True(DataCache.IsComplete(result, "tree", 2, "1000"));
    }

    [Fact]
    public void A_failing_generator_leaves_no_entry()
    {
        Assert.Throws<InvalidOperationException>(() => DataCache.GetOrCreate(_root, "k", 1, "s", _ => throw new InvalidOperationException("boom")));
        Assert.False(DataCache.IsComplete(Path.Combine(_root, DataCache.EntryName("k", 1, "s")), "k", 1, "s"));
    }
}
