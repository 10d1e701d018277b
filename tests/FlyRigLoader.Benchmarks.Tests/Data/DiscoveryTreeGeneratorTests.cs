using FlyRigLoader.Benchmarks.Data;

namespace FlyRigLoader.Benchmarks.Tests.Data;

public sealed class DiscoveryTreeGeneratorTests
{
    private static readonly IReadOnlyList<PlannedFile> TenThousand = DiscoveryTreeGenerator.Plan(10_000);

    [Fact]
    public void Plans_exactly_the_requested_number_of_unique_files_at_depth_four()
    {
        Assert.Equal(10_000, TenThousand.Count);
        Assert.Equal(10_000, TenThousand.Select(f => f.RelativePath).Distinct(StringComparer.Ordinal).Count());
        Assert.All(TenThousand, f => Assert.Equal(5, f.RelativePath.Split('/').Length));
        Assert.All(TenThousand, f => Assert.Contains(f.RelativePath.Split('/')[0], DiscoveryTreeGenerator.Dates));
        Assert.All(TenThousand, f => Assert.InRange(f.SizeBytes, 0, 64));
    }

    [Fact]
    public void Mixes_data_config_backup_and_temp_files_like_the_python_suite()
    {
        var share = TenThousand.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count() / 10_000.0);
        Assert.InRange(share["data"], 0.57, 0.63);
        Assert.InRange(share["config"], 0.17, 0.23);
        Assert.InRange(share["backup"], 0.08, 0.12);
        Assert.InRange(share["temp"], 0.08, 0.12);
        Assert.All(TenThousand.Where(f => f.Kind == "backup"), f => Assert.EndsWith(".bak", f.RelativePath, StringComparison.Ordinal));
        var extensions = TenThousand.Where(f => f.Kind == "data").Select(f => Path.GetFileName(f.RelativePath)).ToList();
        Assert.Contains(extensions, n => n.EndsWith(".pkl", StringComparison.Ordinal));
        Assert.Contains(extensions, n => n.EndsWith(".pkl.gz", StringComparison.Ordinal));
        Assert.Contains(extensions, n => n.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(TenThousand, f => Path.GetFileName(f.RelativePath).StartsWith("._", StringComparison.Ordinal));
        Assert.Contains(TenThousand, f => f.RelativePath.EndsWith('~'));
    }

    [Fact]
    public void Is_deterministic_and_smaller_trees_are_prefixes_of_larger_ones()
    {
        Assert.Equal(TenThousand, DiscoveryTreeGenerator.Plan(10_000));
        Assert.Equal(TenThousand.Take(1000), DiscoveryTreeGenerator.Plan(1000));
    }

    [Fact]
    public void Write_creates_the_planned_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "flyrig-tree-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var plan = DiscoveryTreeGenerator.Plan(200);
            DiscoveryTreeGenerator.Write(root, plan);
            var written = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
            Assert.Equal(200, written.Length);
            Assert.All(plan, f => Assert.Equal(f.SizeBytes, new FileInfo(Path.Combine(root, f.RelativePath)).Length));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
