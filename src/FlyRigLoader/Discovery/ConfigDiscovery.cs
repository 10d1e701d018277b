using FlyRigLoader.Configuration;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Discovery;

/// <summary>
/// Discovery driven by an <see cref="ExperimentConfig"/>: data is laid out as <c>&lt;base&gt;/&lt;date&gt;/…</c>, one folder per
/// <c>dates_vials</c> key, and the filters are the config's merged ones (§1.3).
/// </summary>
public static class ConfigDiscovery
{
    /// <summary>
    /// Files of every dataset of <paramref name="experimentName"/>: the existing <c>base/&lt;date&gt;</c> folders of its
    /// datasets, or <c>base</c> itself when none exists. Filters: project + experiment ignore globs and mandatory substrings;
    /// extraction patterns (folder_parsing → project → experiment) only with <see cref="DiscoveryOptions.ExtractMetadata"/>.
    /// </summary>
    /// <param name="config">The loaded config.</param>
    /// <param name="experimentName">A key of <c>experiments:</c>.</param>
    /// <param name="baseDirectory">Explicit base; null falls back to <c>major_data_directory</c>, then <c>FLYRIGLOADER_DATA_DIR</c>.</param>
    /// <param name="options">Pattern, recursion, extensions and what to extract; <see cref="DiscoveryOptions.Default"/> when null.</param>
    /// <exception cref="ConfigException">Unknown experiment, or no base directory configured anywhere.</exception>
    /// <exception cref="DiscoveryException">The base directory does not exist (and no date folder was found).</exception>
    public static DiscoveryResult DiscoverExperimentFiles(ExperimentConfig config, string experimentName, string? baseDirectory, DiscoveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(experimentName);
        options ??= DiscoveryOptions.Default;
        var experiment = config.GetExperimentInfo(experimentName);
        var root = config.ResolveBaseDirectory(baseDirectory);
        var warnings = new List<DiscoveryWarning>();
        var listed = 0;
        var folders = new List<string>();
        foreach (var datasetName in experiment.Datasets)
        {
            if (!config.HasDataset(datasetName))
            {
                warnings.Add(new DiscoveryWarning(
                    DiscoveryErrorCodes.UnknownDataset, root, $"Experiment '{experimentName}' lists dataset '{datasetName}', which the config does not define; skipped."));
                continue;
            }

            listed += AddDateFolders(root, config.GetDatasetInfo(datasetName), folders, warnings);
        }

        if (folders.Count == 0)
        {
            if (listed > 0)
            {
                warnings.Add(new DiscoveryWarning(
                    DiscoveryErrorCodes.NoDateFolders, root, $"None of the {listed} date folders of experiment '{experimentName}' exists; searching the base directory itself."));
            }

            folders.Add(root);
        }

        return Run(folders, config.GetMergedFilters(experimentName), options, warnings);
    }

    /// <summary>
    /// Files of one dataset: its existing <c>base/&lt;date&gt;</c> folders; an empty result (with a warning) when dates are
    /// listed but none of their folders exists; <c>base</c> itself when it lists no dates. Filters: project-level ignore
    /// globs and mandatory substrings; extraction patterns (folder_parsing → project → dataset) only with
    /// <see cref="DiscoveryOptions.ExtractMetadata"/>.
    /// </summary>
    /// <param name="config">The loaded config.</param>
    /// <param name="datasetName">A key of <c>datasets:</c>.</param>
    /// <param name="baseDirectory">Explicit base; null falls back to <c>major_data_directory</c>, then <c>FLYRIGLOADER_DATA_DIR</c>.</param>
    /// <param name="options">Pattern, recursion, extensions and what to extract; <see cref="DiscoveryOptions.Default"/> when null.</param>
    /// <exception cref="ConfigException">Unknown dataset, or no base directory configured anywhere.</exception>
    /// <exception cref="DiscoveryException">The base directory does not exist.</exception>
    public static DiscoveryResult DiscoverDatasetFiles(ExperimentConfig config, string datasetName, string? baseDirectory, DiscoveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(datasetName);
        options ??= DiscoveryOptions.Default;
        var dataset = config.GetDatasetInfo(datasetName);
        var root = config.ResolveBaseDirectory(baseDirectory);
        RequireDirectory(root);
        var warnings = new List<DiscoveryWarning>();
        var folders = new List<string>();
        var listed = AddDateFolders(root, dataset, folders, warnings);
        if (folders.Count == 0)
        {
            if (listed > 0)
            {
                warnings.Add(new DiscoveryWarning(
                    DiscoveryErrorCodes.NoDateFolders, root, $"None of the {listed} date folders of dataset '{datasetName}' exists; nothing to discover."));
                return new DiscoveryResult([], warnings);
            }

            folders.Add(root);
        }

        return Run(folders, config.GetDatasetFilters(datasetName), options, warnings);
    }

    private static int AddDateFolders(string root, DatasetInfo dataset, List<string> folders, List<DiscoveryWarning> warnings)
    {
        var listed = 0;
        foreach (var date in dataset.DatesVials.Keys)
        {
            if (!DateFolderName.IsValid(date))
            {
                warnings.Add(new DiscoveryWarning(
                    DiscoveryErrorCodes.InvalidDateFolder, Path.Combine(root, date), $"Dataset '{dataset.Name}' lists '{date}', which is not a date; skipped."));
                continue;
            }

            listed++;
            var folder = Path.Combine(root, date);
            if (Directory.Exists(folder) && !folders.Contains(folder, StringComparer.Ordinal))
            {
                folders.Add(folder);
            }
        }

        return listed;
    }

    private static void RequireDirectory(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DiscoveryException(
                DiscoveryErrorCodes.DirectoryNotFound,
                "The base data directory does not exist.",
                Path.GetFullPath(root),
                "Check the base directory (argument, project.directories.major_data_directory or FLYRIGLOADER_DATA_DIR) and that the data volume is mounted.");
        }
    }

    private static DiscoveryResult Run(List<string> folders, MergedFilters filters, DiscoveryOptions options, List<DiscoveryWarning> warnings)
    {
        var request = new DiscoveryRequest
        {
            Directories = folders,
            Pattern = options.Pattern,
            Recursive = options.Recursive,
            Extensions = options.Extensions,
            IgnoreGlobs = filters.IgnoreGlobs,
            MandatorySubstrings = filters.MandatorySubstrings,
            ExtractionPatterns = options.ExtractMetadata ? [.. filters.ExtractionPatterns.Select(p => p.Source)] : [],
            ParseDates = options.ParseDates,
            IncludeStats = options.IncludeStats,
        };
        var result = FileDiscoverer.Discover(request);
        return warnings.Count == 0 ? result : result with { Warnings = [.. warnings, .. result.Warnings] };
    }
}
