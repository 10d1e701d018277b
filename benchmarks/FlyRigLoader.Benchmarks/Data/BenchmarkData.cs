using System.Globalization;
using FlyRigLoader.Benchmarks.Infrastructure;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// The cached inputs of every benchmark, resolved (and generated on first use) under the run's data directory.
/// Call only from [GlobalSetup]: generation must never be measured.
/// </summary>
public static class BenchmarkData
{
    /// <summary>Generator version of the pickle files; bump when the bytes change.</summary>
    public const int PickleVersion = 1;

    /// <summary>The run's data directory (from FLYRIG_BENCH_DATA, else the repository default).</summary>
    public static string Root => BenchmarkEnvironment.DataDirectory();

    /// <summary>A pickle of about <paramref name="sizeMb"/> MiB of rig data in <paramref name="format"/>.</summary>
    public static string PickleFile(PickleFixtureFormat format, int sizeMb)
    {
        var kind = "pickle-" + format.ToString().ToLowerInvariant();
        var size = sizeMb.ToString(CultureInfo.InvariantCulture) + "mb";
        var fileName = PickleFileName(format, sizeMb);
        var dir = DataCache.GetOrCreate(Root, kind, PickleVersion, size, d =>
            PickleFixtures.Write(Path.Combine(d, fileName), format, ExperimentMatrixGenerator.Create(ExperimentMatrixGenerator.RowsForSize(sizeMb))));
        return Path.Combine(dir, fileName);
    }

    /// <summary>The file name the Python suite uses: <c>{size}mb_{standard|gzipped|pandas}.pkl[.gz]</c>.</summary>
    public static string PickleFileName(PickleFixtureFormat format, int sizeMb) => format switch
    {
        PickleFixtureFormat.Gzip => string.Create(CultureInfo.InvariantCulture, $"{sizeMb}mb_gzipped.pkl.gz"),
        PickleFixtureFormat.Pandas => string.Create(CultureInfo.InvariantCulture, $"{sizeMb}mb_pandas.pkl"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{sizeMb}mb_standard.pkl"),
    };

    /// <summary>A 1 MiB pickle of <paramref name="format"/> saved without any extension, so only the content can tell its format.</summary>
    public static string ExtensionlessPickle(PickleFixtureFormat format)
    {
        var fileName = "recording_" + format.ToString().ToLowerInvariant();
        var dir = DataCache.GetOrCreate(Root, "extensionless", PickleVersion, "1mb", d =>
        {
            foreach (var f in Enum.GetValues<PickleFixtureFormat>())
            {
                PickleFixtures.Write(Path.Combine(d, "recording_" + f.ToString().ToLowerInvariant()), f, ExperimentMatrixGenerator.Create(ExperimentMatrixGenerator.RowsForSize(1)));
            }
        });
        return Path.Combine(dir, fileName);
    }

    /// <summary>A 1 MiB standard pickle cut off at 64 KiB, followed by seeded garbage: a copy that broke in transfer.</summary>
    public static string CorruptPickle()
    {
        var dir = DataCache.GetOrCreate(Root, "corrupt", PickleVersion, "1mb", d =>
        {
            var whole = PickleFile(PickleFixtureFormat.Standard, 1);
            var bytes = File.ReadAllBytes(whole).AsSpan(0, 64 * 1024).ToArray();
            var random = new DeterministicRandom(0xBAD);
            var garbage = new byte[4096];
            for (var i = 0; i < garbage.Length; i++)
            {
                garbage[i] = (byte)random.NextUInt64();
            }

            File.WriteAllBytes(Path.Combine(d, "corrupt.pkl"), [.. bytes, .. garbage]);
        });
        return Path.Combine(dir, "corrupt.pkl");
    }

    /// <summary>The root of a discovery tree with <paramref name="fileCount"/> files.</summary>
    public static string DiscoveryTree(int fileCount) =>
        DataCache.GetOrCreate(Root, "discovery-tree", DiscoveryTreeGenerator.Version, fileCount.ToString(CultureInfo.InvariantCulture), d =>
            DiscoveryTreeGenerator.Write(d, DiscoveryTreeGenerator.Plan(fileCount)));

    /// <summary>The YAML file of a generated config of <paramref name="size"/>.</summary>
    public static string ConfigFile(ConfigSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var dir = DataCache.GetOrCreate(Root, "config", ConfigYamlGenerator.Version, size.Name, d =>
            File.WriteAllText(Path.Combine(d, "config.yaml"), ConfigYamlGenerator.Generate(size, "/research/data/fly_rigs")));
        return Path.Combine(dir, "config.yaml");
    }

    /// <summary>A generated config of <paramref name="size"/> as PyYAML's <c>safe_dump</c> writes it (<see cref="PyYamlConfigWriter"/>).</summary>
    public static string PyYamlConfigFile(ConfigSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var dir = DataCache.GetOrCreate(Root, "config-pyyaml", (ConfigYamlGenerator.Version * 1000) + PyYamlConfigWriter.Version, size.Name, d =>
            File.WriteAllText(Path.Combine(d, "config.yaml"), PyYamlConfigWriter.Rewrite(ConfigYamlGenerator.Generate(size, "/research/data/fly_rigs"))));
        return Path.Combine(dir, "config.yaml");
    }

    /// <summary>The hostile config <paramref name="fileName"/> (one of <see cref="HostileConfigWriter.Files"/>).</summary>
    public static string HostileConfig(string fileName)
    {
        var dir = DataCache.GetOrCreate(Root, "config-hostile", HostileConfigWriter.Version, "all", HostileConfigWriter.WriteAll);
        return Path.Combine(dir, fileName);
    }

    /// <summary>The YAML of a medium config whose datasets are recorded on the discovery tree's date folders.</summary>
    public static string DiscoveryConfigYaml() =>
        ConfigYamlGenerator.Generate(ConfigSize.Medium, "/research/data/fly_rigs", DiscoveryTreeGenerator.Dates);
}
