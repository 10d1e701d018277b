using System.Globalization;
using System.Text.RegularExpressions;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// Checks a config against the schema and reports every problem at once. For YAML input each problem carries the
/// file, line and column of the offending node; for a model built in code the position is null.
/// </summary>
public static partial class ConfigValidator
{
    private const string NamePattern = "^[a-zA-Z0-9_-]+$";
    private static readonly string[] MetadataPatterns = ["metadata", "extraction_patterns"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "dd/MM/yyyy", "yyyyMMdd"];

    /// <summary>Validates a model built in code; an empty list means valid.</summary>
    public static IReadOnlyList<ConfigProblem> Validate(ProjectConfigModel model, string sourceName = "<model>")
    {
        ArgumentNullException.ThrowIfNull(model);
        var (errors, _) = Check(model);
        return [.. errors.Select(p => p.ToProblem(sourceName, null))];
    }

    /// <summary>
    /// Validates YAML text: malformed YAML, or aliases past the expansion bound, is returned as a single problem,
    /// otherwise every schema problem.
    /// </summary>
    public static IReadOnlyList<ConfigProblem> ValidateYaml(string yaml, string sourceName = "<yaml>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var text = YamlText.Of(yaml);
        return ValidateText(text, sourceName);
    }

    /// <summary>Validates a YAML file: like <see cref="ValidateYaml"/>; a missing file throws <see cref="ConfigException"/>.</summary>
    public static IReadOnlyList<ConfigProblem> ValidateFile(string path)
    {
        using var text = ConfigLoader.ReadFile(path);
        return ValidateText(text, path);
    }

    private static List<ConfigProblem> ValidateText(YamlText text, string sourceName)
    {
        try
        {
            return ConfigLoader.ReadAndCheck(text, sourceName).Errors;
        }
        catch (ConfigException ex) when (ex.Code is ConfigErrorCodes.YamlSyntax or ConfigErrorCodes.AliasExpansion)
        {
            var (line, column) = ParseLocation(ex.Location);
            return [new ConfigProblem(sourceName, line, column, string.Empty, ex.Message, ex.Hint)];
        }
    }

    private static (int? Line, int? Column) ParseLocation(string? location)
    {
        var parts = location?.Split(':') ?? [];
        return parts.Length >= 3
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? (line, column)
            : (null, null);
    }

    /// <summary>The semantic rules, on the model alone; positions are attached by the caller when it has the YAML tree.</summary>
    internal static (List<PathProblem> Errors, List<PathProblem> Warnings) Check(ProjectConfigModel model)
    {
        var errors = new List<PathProblem>();
        var warnings = new List<PathProblem>();
        if (model.SchemaVersion is { } version && !ProjectConfigModel.KnownSchemaVersions.Contains(version))
        {
            errors.Add(new(["schema_version"], false, null, $"unknown schema_version '{version}'",
                $"use one of {string.Join(", ", ProjectConfigModel.KnownSchemaVersions)}"));
        }

        foreach (var key in model.Project.Directories.Keys.Where(string.IsNullOrWhiteSpace))
        {
            errors.Add(new(["project", "directories", key], true, null, "directory names must not be blank", null));
        }

        CheckPatterns(model.FolderParsingPatterns, ["folder_parsing"], ["extract_patterns"], errors);
        CheckPatterns(model.Project.ExtractionPatterns, ["project"], ["extraction_patterns"], errors);
        var datasetNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dataset in model.Datasets)
        {
            CheckDataset(dataset, datasetNames, errors, warnings);
        }

        var experimentNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var experiment in model.Experiments)
        {
            CheckExperiment(experiment, experimentNames, datasetNames, errors, warnings);
        }

        return (errors, warnings);
    }

    private static void CheckDataset(DatasetInfo dataset, HashSet<string> names, List<PathProblem> errors, List<PathProblem> warnings)
    {
        object[] at = ["datasets", dataset.Name];
        if (string.IsNullOrWhiteSpace(dataset.Name))
        {
            errors.Add(new(at, true, null, "dataset names must not be blank", null));
        }
        else if (!names.Add(dataset.Name))
        {
            errors.Add(new(at, true, null, $"dataset '{dataset.Name}' is defined twice", "give each dataset a unique name"));
        }

        if (string.IsNullOrEmpty(dataset.Rig))
        {
            errors.Add(new([.. at, "rig"], false, null, "rig is required and must not be empty", "add rig: <rig name>, e.g. rig: rig1"));
        }
        else if (!NameRegex().IsMatch(dataset.Rig))
        {
            errors.Add(new([.. at, "rig"], false, null, $"must match {NamePattern}", "use letters, digits, '_' and '-' only"));
        }

        // Loaded configs hold a Dictionary; its struct enumerator avoids two interface calls per date (tens of thousands in a large config).
        if (dataset.DatesVials is Dictionary<string, IReadOnlyList<int>> dictionary)
        {
            foreach (var date in dictionary.Keys)
            {
                if (!IsIsoDate(date))
                {
                    CheckDate(date, at, errors, warnings);
                }
            }
        }
        else
        {
            foreach (var date in dataset.DatesVials.Keys)
            {
                CheckDate(date, at, errors, warnings);
            }
        }

        CheckPatterns(dataset.ExtractionPatterns, at, MetadataPatterns, errors);
        CheckParameterKeys(dataset.Parameters, at, errors);
    }

    private static void CheckDate(string date, object[] at, List<PathProblem> errors, List<PathProblem> warnings)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            errors.Add(new([.. at, "dates_vials", date], true, null, "date keys must not be blank", "use yyyy-MM-dd"));
        }
        else if (!IsRecognisedDate(date))
        {
            warnings.Add(new([.. at, "dates_vials", date], true, null, $"'{date}' is not a recognised date",
                "date folders are usually named yyyy-MM-dd"));
        }
    }

    private static void CheckExperiment(
        ExperimentInfo experiment, HashSet<string> names, HashSet<string> datasetNames, List<PathProblem> errors, List<PathProblem> warnings)
    {
        object[] at = ["experiments", experiment.Name];
        if (string.IsNullOrWhiteSpace(experiment.Name))
        {
            errors.Add(new(at, true, null, "experiment names must not be blank", null));
        }
        else if (!names.Add(experiment.Name))
        {
            errors.Add(new(at, true, null, $"experiment '{experiment.Name}' is defined twice", "give each experiment a unique name"));
        }

        for (var i = 0; i < experiment.Datasets.Count; i++)
        {
            var name = experiment.Datasets[i];
            if (!NameRegex().IsMatch(name))
            {
                errors.Add(new([.. at, "datasets", i], false, name, $"dataset name '{name}' must match {NamePattern}", "use letters, digits, '_' and '-' only"));
            }
            else if (!datasetNames.Contains(name))
            {
                warnings.Add(new([.. at, "datasets", i], false, name, $"dataset '{name}' is not defined under datasets:",
                    "add it under datasets: or remove it from the experiment"));
            }
        }

        CheckPatterns(experiment.ExtractionPatterns, at, MetadataPatterns, errors);
        CheckParameterKeys(experiment.Parameters, at, errors);
    }

    // The common yyyy-MM-dd form is checked by hand, digit by digit: a large config has tens of thousands of dates, and
    // TryParseExact over four formats (or even three int.TryParse calls) would dominate validation time.
    private static bool IsRecognisedDate(string date) =>
        IsIsoDate(date) || DateTime.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // Unrolled: this runs once per date, tens of thousands of times for a large config.
    private static bool IsIsoDate(string date)
    {
        if (date.Length != 10 || date[4] != '-' || date[7] != '-')
        {
            return false;
        }

        int y0 = date[0] - '0', y1 = date[1] - '0', y2 = date[2] - '0', y3 = date[3] - '0';
        int m0 = date[5] - '0', m1 = date[6] - '0', d0 = date[8] - '0', d1 = date[9] - '0';
        if ((uint)y0 > 9 || (uint)y1 > 9 || (uint)y2 > 9 || (uint)y3 > 9 || (uint)m0 > 9 || (uint)m1 > 9 || (uint)d0 > 9 || (uint)d1 > 9)
        {
            return false;
        }

        var year = (y0 * 1000) + (y1 * 100) + (y2 * 10) + y3;
        var month = (m0 * 10) + m1;
        var day = (d0 * 10) + d1;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && (day <= 28 || day <= DateTime.DaysInMonth(year, month));
    }

    private static void CheckPatterns(IReadOnlyList<string> patterns, object[] at, string[] tail, List<PathProblem> errors)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (!ExtractionPattern.TryParse(patterns[i], out _, out var error))
            {
                errors.Add(new([.. at, .. tail, i], false, patterns[i], error, "use .NET or Python regex syntax; named groups as (?P<name>...) or (?<name>...)"));
            }
        }
    }

    private static void CheckParameterKeys(IReadOnlyDictionary<string, object?> parameters, object[] at, List<PathProblem> errors)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        foreach (var key in parameters.Keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add(new([.. at, "parameters", key], true, null, "parameter names must not be blank", null));
            }
        }
    }

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    /// <summary>
    /// A finding addressed by its path in the document: string segments are mapping keys, int segments list indexes.
    /// <paramref name="AtKey"/> points at the key node rather than its value; <paramref name="Value"/> locates a list item
    /// whose index moved because blank entries were dropped.
    /// </summary>
    internal sealed record PathProblem(object[] Segments, bool AtKey, string? Value, string Message, string? Hint)
    {
        public string Path
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                foreach (var segment in Segments)
                {
                    if (segment is int index)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"[{index}]");
                    }
                    else
                    {
                        sb.Append(sb.Length == 0 ? string.Empty : ".").Append((string)segment);
                    }
                }

                return sb.ToString();
            }
        }

        public ConfigProblem ToProblem(string sourceName, YPositionIndex? positions)
        {
            var node = positions?.Locate(Segments, AtKey, Value);
            return node is null
                ? new ConfigProblem(sourceName, null, null, Path, Message, Hint)
                : new ConfigProblem(sourceName, node.Line, node.Column, Path, Message, Hint);
        }
    }
}
