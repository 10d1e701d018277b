using System.Collections.Concurrent;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A loaded, validated config: lookups by name and the merged filters per experiment or dataset.
/// Immutable; merged filters are computed once per name and cached, so it is safe and cheap to share across threads.
/// Build one with <see cref="ConfigLoader"/>.
/// </summary>
public sealed class ExperimentConfig
{
    /// <summary>Environment variable consulted last when resolving the base data directory.</summary>
    public const string DataDirectoryVariable = "FLYRIGLOADER_DATA_DIR";

    private readonly Dictionary<string, DatasetInfo> _datasets;
    private readonly Dictionary<string, ExperimentInfo> _experiments;
    private readonly ConcurrentDictionary<(string Experiment, string? Dataset), MergedFilters> _mergedCache = new();
    private readonly ConcurrentDictionary<string, MergedFilters> _datasetCache = new(StringComparer.Ordinal);

    internal ExperimentConfig(ProjectConfigModel model, string sourceName, IReadOnlyList<ConfigProblem> warnings)
    {
        Model = model;
        SourceName = sourceName;
        Warnings = warnings;
        _datasets = new Dictionary<string, DatasetInfo>(model.Datasets.Count, StringComparer.Ordinal);
        foreach (var dataset in model.Datasets)
        {
            _datasets[dataset.Name] = dataset;
        }

        _experiments = new Dictionary<string, ExperimentInfo>(model.Experiments.Count, StringComparer.Ordinal);
        foreach (var experiment in model.Experiments)
        {
            _experiments[experiment.Name] = experiment;
        }

        DatasetNames = [.. model.Datasets.Select(d => d.Name)];
        ExperimentNames = [.. model.Experiments.Select(e => e.Name)];
    }

    /// <summary>The validated document.</summary>
    public ProjectConfigModel Model { get; }

    /// <summary>Where the config came from (file path or label), used in every error message.</summary>
    public string SourceName { get; }

    /// <summary>Non-fatal findings (unparseable date keys, experiments naming undefined datasets), with positions.</summary>
    public IReadOnlyList<ConfigProblem> Warnings { get; }

    /// <summary>The <c>project:</c> section.</summary>
    public ProjectSettings Project => Model.Project;

    /// <summary>Dataset names in file order.</summary>
    public IReadOnlyList<string> DatasetNames { get; }

    /// <summary>Experiment names in file order.</summary>
    public IReadOnlyList<string> ExperimentNames { get; }

    /// <summary>The dataset called <paramref name="name"/>.</summary>
    /// <exception cref="ConfigException"><see cref="ConfigErrorCodes.UnknownDataset"/>, listing the defined names.</exception>
    public DatasetInfo GetDatasetInfo(string name) =>
        _datasets.TryGetValue(name, out var info) ? info : throw Unknown(ConfigErrorCodes.UnknownDataset, "dataset", name, DatasetNames);

    /// <summary>The experiment called <paramref name="name"/>.</summary>
    /// <exception cref="ConfigException"><see cref="ConfigErrorCodes.UnknownExperiment"/>, listing the defined names.</exception>
    public ExperimentInfo GetExperimentInfo(string name) =>
        _experiments.TryGetValue(name, out var info) ? info : throw Unknown(ConfigErrorCodes.UnknownExperiment, "experiment", name, ExperimentNames);

    /// <summary>True when a dataset called <paramref name="name"/> exists.</summary>
    public bool HasDataset(string name) => _datasets.ContainsKey(name);

    /// <summary>True when an experiment called <paramref name="name"/> exists.</summary>
    public bool HasExperiment(string name) => _experiments.ContainsKey(name);

    /// <summary>The experiment's <c>parameters</c> (empty when it has none).</summary>
    public IReadOnlyDictionary<string, object?> GetExperimentParameters(string name) => GetExperimentInfo(name).Parameters;

    /// <summary>The dataset's <c>parameters</c> (empty when it has none).</summary>
    public IReadOnlyDictionary<string, object?> GetDatasetParameters(string name) => GetDatasetInfo(name).Parameters;

    /// <summary>
    /// Filters for discovering an experiment's files: project then experiment ignore globs and mandatory substrings;
    /// extraction patterns folder_parsing → project → experiment (→ dataset when <paramref name="datasetName"/> is given).
    /// </summary>
    public MergedFilters GetMergedFilters(string experimentName, string? datasetName = null)
    {
        ArgumentNullException.ThrowIfNull(experimentName);
        if (_mergedCache.TryGetValue((experimentName, datasetName), out var cached))
        {
            return cached;
        }

        var experiment = GetExperimentInfo(experimentName);
        var datasetPatterns = datasetName is null ? [] : GetDatasetInfo(datasetName).ExtractionPatterns;
        var merged = new MergedFilters(
            FilterMerge.IgnoreGlobs(Project.IgnoreSubstrings, experiment.IgnoreSubstrings),
            FilterMerge.MandatorySubstrings(Project.MandatoryExperimentStrings, experiment.MandatoryExperimentStrings),
            Compile(FilterMerge.ExtractionPatterns(Model.FolderParsingPatterns, Project.ExtractionPatterns, experiment.ExtractionPatterns, datasetPatterns)));
        return _mergedCache.GetOrAdd((experimentName, datasetName), merged);
    }

    /// <summary>
    /// Filters for discovering one dataset's files: project-level ignore globs and mandatory substrings only;
    /// extraction patterns folder_parsing → project → dataset.
    /// </summary>
    public MergedFilters GetDatasetFilters(string datasetName)
    {
        ArgumentNullException.ThrowIfNull(datasetName);
        if (_datasetCache.TryGetValue(datasetName, out var cached))
        {
            return cached;
        }

        var dataset = GetDatasetInfo(datasetName);
        var merged = new MergedFilters(
            FilterMerge.IgnoreGlobs(Project.IgnoreSubstrings, []),
            FilterMerge.MandatorySubstrings(Project.MandatoryExperimentStrings, []),
            Compile(FilterMerge.ExtractionPatterns(Model.FolderParsingPatterns, Project.ExtractionPatterns, dataset.ExtractionPatterns)));
        return _datasetCache.GetOrAdd(datasetName, merged);
    }

    /// <summary>
    /// The base data directory: a non-blank <paramref name="argument"/>, else <c>project.directories.major_data_directory</c>,
    /// else <c>FLYRIGLOADER_DATA_DIR</c> from <paramref name="environment"/>. Existence is not checked here.
    /// </summary>
    /// <exception cref="ConfigException"><see cref="ConfigErrorCodes.NoBaseDirectory"/> when none of the three is set.</exception>
    public string ResolveBaseDirectory(string? argument, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        environment.TryGetValue(DataDirectoryVariable, out var fromEnvironment);
        return ChooseBaseDirectory(argument, Project.MajorDataDirectory, fromEnvironment)
            ?? throw new ConfigException(
                ConfigErrorCodes.NoBaseDirectory,
                "no base data directory: none was passed, the config has no project.directories.major_data_directory, and "
                    + DataDirectoryVariable + " is not set",
                SourceName,
                "pass a base directory, or add project: {directories: {major_data_directory: /path/to/data}} to the config, or set "
                    + DataDirectoryVariable);
    }

    /// <summary><see cref="ResolveBaseDirectory(string?, IReadOnlyDictionary{string, string?})"/> reading the process environment.</summary>
    public string ResolveBaseDirectory(string? argument = null) =>
        ResolveBaseDirectory(argument, new Dictionary<string, string?>
        {
            [DataDirectoryVariable] = Environment.GetEnvironmentVariable(DataDirectoryVariable),
        });

    /// <summary>The precedence rule on its own: first non-blank of argument, configured, environment; null when all are blank.</summary>
    public static string? ChooseBaseDirectory(string? argument, string? configured, string? environment) =>
        !string.IsNullOrWhiteSpace(argument) ? argument
        : !string.IsNullOrWhiteSpace(configured) ? configured
        : !string.IsNullOrWhiteSpace(environment) ? environment
        : null;

    private static ExtractionPattern[] Compile(IReadOnlyList<string> sources) => [.. sources.Select(ExtractionPattern.Parse)];

    private ConfigException Unknown(string code, string kind, string name, IReadOnlyList<string> available) =>
        new(
            code,
            available.Count == 0
                ? $"{kind} '{name}' not found: the config defines no {kind}s"
                : $"{kind} '{name}' not found; available {kind}s: {string.Join(", ", available)}",
            SourceName,
            $"check the spelling or add '{name}' under {kind}s: in the config");
}
