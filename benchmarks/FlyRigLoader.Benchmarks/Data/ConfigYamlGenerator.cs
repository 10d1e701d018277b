using System.Globalization;
using System.Text;

namespace FlyRigLoader.Benchmarks.Data;

/// <summary>
/// Experiment configs in the YAML schema of spec §1.1, shaped like the Python suite's small/medium/large configs.
/// Seeded and written with invariant formatting, so the same arguments give the same text byte for byte.
/// </summary>
public static class ConfigYamlGenerator
{
    /// <summary>Generator version; bump it when the output changes so cached files are regenerated.</summary>
    public const int Version = 1;

    /// <summary>Rigs named in the configs (the rigs section has ten).</summary>
    public static readonly IReadOnlyList<string> Rigs =
        ["old_opto", "high_speed_rig", "rig1", "rig2", "rig3", "new_opto", "two_photon", "wind_tunnel", "plume_rig", "arena_rig"];

    /// <summary>Conditions used in dataset, experiment and file names.</summary>
    public static readonly IReadOnlyList<string> Conditions = ["baseline", "treatment", "control", "stim"];

    /// <summary>
    /// The YAML text of a config of <paramref name="size"/> whose major_data_directory is <paramref name="dataDirectory"/>.
    /// <paramref name="fixedDates"/>, when given, replaces the random recording dates (config-driven discovery points them at real folders).
    /// </summary>
    public static string Generate(ConfigSize size, string dataDirectory, IReadOnlyList<string>? fixedDates = null, ulong seed = 0xC0F1_6000)
    {
        ArgumentNullException.ThrowIfNull(size);
        var random = new DeterministicRandom(seed ^ (ulong)size.Datasets);
        var yaml = new StringBuilder(capacity: size.Datasets * 6000);
        WriteProject(yaml, dataDirectory);
        WriteRigs(yaml);
        yaml.Append("datasets:\n");
        for (var d = 0; d < size.Datasets; d++)
        {
            WriteDataset(yaml, random, size, d, fixedDates);
        }

        yaml.Append("experiments:\n");
        for (var e = 0; e < size.Experiments; e++)
        {
            WriteExperiment(yaml, random, size, e);
        }

        return yaml.ToString();
    }

    /// <summary>Name of dataset number <paramref name="index"/>.</summary>
    public static string DatasetName(int index) => Invariant($"{Conditions[index % Conditions.Count]}_behavior_{index:D3}");

    /// <summary>Name of experiment number <paramref name="index"/>.</summary>
    public static string ExperimentName(int index) => Invariant($"plume_navigation_{index:D3}");

    private static void WriteProject(StringBuilder yaml, string dataDirectory)
    {
        yaml.Append("schema_version: \"1.0.0\"\n");
        yaml.Append("project:\n");
        yaml.Append("  name: flyrig_benchmark_project\n");
        yaml.Append("  directories:\n");
        yaml.Append("    major_data_directory: ").Append(Quote(dataDirectory)).Append('\n');
        yaml.Append("    batchfile_directory: /research/batch_definitions\n");
        yaml.Append("  ignore_substrings: [static_horiz_ribbon, \"._\", .DS_Store, __pycache__, .tmp, backup_, temp_, test_calibration]\n");
        yaml.Append("  mandatory_experiment_strings: []\n");
        yaml.Append("  extraction_patterns:\n");
        yaml.Append("    - '(?P<animal>mouse|rat|fly)_(?P<date>\\d{8})_(?P<condition>[a-z]+)_(?P<replicate>\\d+)'\n");
        yaml.Append("    - '(?P<date>\\d{8})_(?P<animal>mouse|rat|fly)_(?P<condition>[a-z]+)_(?P<replicate>\\d+)'\n");
    }

    private static void WriteRigs(StringBuilder yaml)
    {
        yaml.Append("rigs:\n");
        for (var r = 0; r < Rigs.Count; r++)
        {
            yaml.Append(Invariant($"  {Rigs[r]}: {{sampling_frequency: {(r % 3 == 1 ? 200 : 60)}, mm_per_px: {0.05 + (r * 0.013):F3}}}\n"));
        }
    }

    private static void WriteDataset(StringBuilder yaml, DeterministicRandom random, ConfigSize size, int index, IReadOnlyList<string>? fixedDates)
    {
        yaml.Append("  ").Append(DatasetName(index)).Append(":\n");
        yaml.Append("    rig: ").Append(Rigs[index % Rigs.Count]).Append('\n');
        yaml.Append("    dates_vials:\n");
        foreach (var date in fixedDates ?? RandomDates(random, size))
        {
            yaml.Append("      \"").Append(date).Append("\": [");
            var vials = random.Next(1, size.MaxVials + 1);
            for (var v = 1; v <= vials; v++)
            {
                yaml.Append(v.ToString(CultureInfo.InvariantCulture)).Append(v < vials ? ", " : "]\n");
            }
        }

        yaml.Append("    metadata:\n");
        yaml.Append("      experiment_type: ").Append(Conditions[index % Conditions.Count]).Append('\n');
        yaml.Append(Invariant($"      extraction_patterns: ['.*_(?P<dataset>\\w+)_(?P<date>\\d{{8}})_(?P<vial>\\d+)_{index:D3}\\.csv']\n"));
        yaml.Append("    description: \"Synthetic benchmark dataset\"\n");
    }

    private static IEnumerable<string> RandomDates(DeterministicRandom random, ConfigSize size)
    {
        var months = random.Next(1, size.MaxMonths + 1);
        var days = random.Next(1, size.MaxDaysPerMonth + 1);
        for (var m = 1; m <= months; m++)
        {
            for (var d = 1; d <= days; d++)
            {
                yield return Invariant($"2024-{m:D2}-{d:D2}");
            }
        }
    }

    private static void WriteExperiment(StringBuilder yaml, DeterministicRandom random, ConfigSize size, int index)
    {
        yaml.Append("  ").Append(ExperimentName(index)).Append(":\n");
        yaml.Append("    datasets: [");
        var count = Math.Min(size.Datasets, random.Next(1, 4));
        for (var k = 0; k < count; k++)
        {
            yaml.Append(DatasetName((index + (k * 7)) % size.Datasets)).Append(k < count - 1 ? ", " : "]\n");
        }

        yaml.Append("    parameters:\n");
        yaml.Append(Invariant($"      analysis_window_seconds: {60 * random.Next(1, 11)}\n"));
        yaml.Append("      sampling_rate_hz: 60\n");
        yaml.Append(Invariant($"      threshold: {random.NextDouble():F4}\n"));
        yaml.Append("      method: \"correlation\"\n");
        yaml.Append(Invariant($"      smoothing_window: {random.Next(3, 15)}\n"));
        yaml.Append("      normalize: true\n");
        yaml.Append(Invariant($"      min_track_length: {random.Next(10, 200)}\n"));
        yaml.Append("      tracking_parameters: {max_track_gap_frames: 10, interpolate: true}\n");
        yaml.Append(Invariant($"      roi_coordinates: [100, 100, {300 + random.Next(0, 200)}, 300]\n"));
        yaml.Append(Invariant($"      notes: \"experiment {index:D3}\"\n"));
        yaml.Append("    filters:\n");
        yaml.Append("      ignore_substrings: [failed_run, calibration, ").Append(Invariant($"skip_{index:D3}]\n"));
        yaml.Append("      mandatory_experiment_strings: [").Append(Conditions[index % Conditions.Count]).Append(", ").Append(Conditions[(index + 1) % Conditions.Count]).Append("]\n");
        yaml.Append("    metadata:\n");
        yaml.Append("      extraction_patterns:\n");
        yaml.Append(Invariant($"        - '(?P<experiment>exp\\d{{3}})_(?P<animal>\\w+)_(?P<condition>\\w+)_{index:D3}'\n"));
        yaml.Append("        - '(?P<rig>rig\\d+)_(?P<date>\\d{8})'\n");
        yaml.Append("        - 'session_(?P<session>\\d+)'\n");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
