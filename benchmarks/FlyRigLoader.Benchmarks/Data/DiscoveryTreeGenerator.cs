using System.Globalization;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// A rig data tree for discovery benchmarks: <c>&lt;YYYY-MM-DD&gt;/&lt;rig&gt;/&lt;animal&gt;_cohort/session_NN/&lt;file&gt;</c> (files at depth 4,
/// under date folders as config-driven discovery expects), file names from the Python suites' templates (spec §4.2/4.3),
/// a 60/20/10/10 mix of data/config/backup/temp files and tiny contents. <see cref="Plan"/> is pure; <see cref="Write"/> does the I/O.
/// </summary>
public static class DiscoveryTreeGenerator
{
    /// <summary>Generator version; bump it when the tree changes so cached trees are regenerated.</summary>
    public const int Version = 1;

    /// <summary>The recording dates, which are also the top-level folder names.</summary>
    public static readonly IReadOnlyList<string> Dates = [.. Enumerable.Range(1, 10).Select(d => string.Create(CultureInfo.InvariantCulture, $"2024-12-{d:D2}"))];

    private static readonly string[] RigNames = ["old_opto", "high_speed_rig", "rig1", "rig2"];
    private static readonly string[] Animals = ["mouse", "rat", "fly"];
    private static readonly string[] AnalysisTypes = ["summary", "kinematics", "turning"];

    /// <summary>The files of a tree with <paramref name="fileCount"/> files (deterministic for a given count and seed).</summary>
    public static IReadOnlyList<PlannedFile> Plan(int fileCount, ulong seed = 0xD15C_0FE5)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fileCount);
        var random = new DeterministicRandom(seed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<PlannedFile>(fileCount);
        for (var i = 0; i < fileCount; i++)
        {
            var date = random.Pick(Dates);
            var animal = random.Pick(Animals);
            var directory = string.Create(CultureInfo.InvariantCulture, $"{date}/{random.Pick(RigNames)}/{animal}_cohort/session_{random.Next(1, 5):D2}");
            var roll = random.NextDouble();
            var (kind, name) = roll switch
            {
                < 0.6 => ("data", DataName(random, i, animal, date.Replace("-", string.Empty, StringComparison.Ordinal))),
                < 0.8 => ("config", ConfigName(random, i, date.Replace("-", string.Empty, StringComparison.Ordinal))),
                < 0.9 => ("backup", string.Create(CultureInfo.InvariantCulture, $"backup_{random.Next(0, 100000):D5}_{date.Replace("-", string.Empty, StringComparison.Ordinal)}.bak")),
                _ => ("temp", TempName(random)),
            };
            var path = Unique(taken, $"{directory}/{name}", i);
            files.Add(new PlannedFile(path, kind, random.Next(0, 65)));
        }

        return files;
    }

    /// <summary>Creates the planned files under <paramref name="root"/> with seeded contents.</summary>
    public static void Write(string root, IReadOnlyList<PlannedFile> files, ulong seed = 0xD15C_0FE5)
    {
        ArgumentNullException.ThrowIfNull(files);
        var random = new DeterministicRandom(seed ^ 0xFFFF);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var full = Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            var directory = Path.GetDirectoryName(full)!;
            if (created.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var bytes = new byte[file.SizeBytes];
            for (var b = 0; b < bytes.Length; b++)
            {
                bytes[b] = (byte)random.NextUInt64();
            }

            File.WriteAllBytes(full, bytes);
        }
    }

    private static string DataName(DeterministicRandom random, int i, string animal, string compactDate)
    {
        var ext = random.NextDouble() switch
        {
            < 0.70 => ".pkl",
            < 0.90 => ".csv",
            < 0.95 => ".pkl.gz",
            _ => ".mat",
        };
        var condition = random.Pick(ConfigYamlGenerator.Conditions);
        var rep = random.Next(1, 6);
        return random.Next(0, 8) switch
        {
            0 => Invariant($"{animal}_{compactDate}_{condition}_{rep}{ext}"),
            1 => Invariant($"{compactDate}_{animal}_{condition}_{rep}{ext}"),
            2 => Invariant($"exp{i % 1000:D3}_{animal}_{condition}{ext}"),
            3 => Invariant($"experiment_EXP{random.Next(0, 1000):D3}_{compactDate}_{condition}{ext}"),
            4 => Invariant($"behavioral_data_{animal}_{compactDate}_{condition}_rep{rep}{ext}"),
            5 => Invariant($"neural_recording_{animal}_{compactDate}_session{rep}{ext}"),
            6 => Invariant($"data_session{rep}_{animal}_{compactDate}{ext}"),
            _ => Invariant($"analysis_{random.Pick(AnalysisTypes)}_{compactDate}_v{rep}.pkl.gz"),
        };
    }

    private static string ConfigName(DeterministicRandom random, int i, string compactDate) =>
        random.Next(0, 2) == 0 ? Invariant($"metadata_exp{i % 1000:D3}_{compactDate}.yaml") : Invariant($"config_exp{i % 1000:D3}.yaml");

    private static string TempName(DeterministicRandom random) => random.Next(0, 4) switch
    {
        0 => Invariant($"._mouse_{random.NextUInt64() % 100000:D5}.pkl"),
        1 => Invariant($"data_{random.NextUInt64() % 100000:D5}.pkl~"),
        _ => Invariant($"temp_{random.NextUInt64():x16}.tmp"),
    };

    private static string Unique(HashSet<string> taken, string path, int index)
    {
        if (taken.Add(path))
        {
            return path;
        }

        // Same name drawn twice in one folder: keep the template, make it unique with the file's index.
        var slash = path.LastIndexOf('/');
        var dot = path.IndexOf('.', slash + 1);
        var cut = dot < 0 ? path.Length : dot;
        var unique = Invariant($"{path[..cut]}_{index}{path[cut..]}");
        taken.Add(unique);
        return unique;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
