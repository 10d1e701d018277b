using FlyRigLoader.Benchmarks.Data;
using FlyRigLoader.Benchmarks.Discovery;
using FlyRigLoader.Configuration;
using FlyRigLoader.Discovery;

namespace FlyRigLoader.Benchmarks.Tests.Discovery;

/// <summary>The discovery benchmarks must time real work: their requests find files, drop the ignorable ones and extract metadata.</summary>
public sealed class DiscoveryWorkloadTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "flyrig-disc-test-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyList<PlannedFile> _plan = DiscoveryTreeGenerator.Plan(400);

    public DiscoveryWorkloadTests() => DiscoveryTreeGenerator.Write(_root, _plan);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void All_finds_every_file()
    {
        var result = FileDiscoverer.Discover(DiscoveryRequests.All(_root));
        Assert.Equal(_plan.Count, result.Files.Count(f => File.Exists(f.Path)));
    }

    [Fact]
    public void Filtered_keeps_data_files_only_and_never_temp_or_backup()
    {
        var files = FileDiscoverer.Discover(DiscoveryRequests.Filtered(_root)).Files;
        Assert.InRange(files.Count, 20, _plan.Count(f => f.Kind == "data"));
        Assert.All(files, f =>
        {
            var name = Path.GetFileName(f.Path);
            Assert.False(name.StartsWith("temp_", StringComparison.Ordinal) || name.StartsWith("backup_", StringComparison.Ordinal) || name.StartsWith("._", StringComparison.Ordinal));
            Assert.True(name.EndsWith(".pkl", StringComparison.Ordinal) || name.EndsWith(".pkl.gz", StringComparison.Ordinal) || name.EndsWith(".csv", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Metadata_and_dates_are_extracted()
    {
        var files = FileDiscoverer.Discover(DiscoveryRequests.FilteredWithMetadata(_root, parseDates: true)).Files;
        Assert.All(files, f => Assert.True(f.Metadata.ContainsKey("session") && f.Metadata.ContainsKey("rig"), f.Path));
        Assert.Contains(files, f => f.Metadata.ContainsKey("animal") && f.Metadata.ContainsKey("condition"));
        Assert.Contains(files, f => f.ParsedDate is not null);
    }

    [Fact]
    public void Config_driven_discovery_searches_the_date_folders()
    {
        var config = ConfigLoader.LoadYaml(BenchmarkData.DiscoveryConfigYaml(), "discovery-benchmark.yaml");
        var experiment = config.ExperimentNames.First(n => config.GetExperimentInfo(n).Datasets.Count == 1);
        var result = ConfigDiscovery.DiscoverExperimentFiles(config, experiment, _root, DiscoveryOptions.Default with { Pattern = "*", ExtractMetadata = true });
        Assert.NotEmpty(result.Files);
        Assert.All(result.Files, f => Assert.StartsWith(_root, f.Path, StringComparison.Ordinal));
    }
}
