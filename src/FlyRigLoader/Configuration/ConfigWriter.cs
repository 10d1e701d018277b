using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FlyRigLoader.Configuration;

/// <summary>
/// Writes a <see cref="ProjectConfigModel"/> as YAML that <see cref="ConfigLoader"/> reads back to an equal model.
/// Strings are double-quoted so that values like <c>2023-05-01</c>, <c>yes</c> or <c>300</c> keep their type.
/// </summary>
public static class ConfigWriter
{
    /// <summary>The model as YAML text.</summary>
    public static string ToYaml(ProjectConfigModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(model, writer);
        return writer.ToString();
    }

    /// <summary>Writes the model as YAML to <paramref name="writer"/>.</summary>
    public static void Write(ProjectConfigModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var e = new Emitter(writer);
        e.Emit(new StreamStart());
        e.Emit(new DocumentStart());
        e.Emit(new MappingStart());
        if (model.SchemaVersion is { } version)
        {
            Pair(e, "schema_version", version);
        }

        Key(e, "project");
        WriteProject(e, model.Project);
        Key(e, "datasets");
        e.Emit(new MappingStart());
        foreach (var dataset in model.Datasets)
        {
            Key(e, dataset.Name);
            WriteDataset(e, dataset);
        }

        e.Emit(new MappingEnd());
        Key(e, "experiments");
        e.Emit(new MappingStart());
        foreach (var experiment in model.Experiments)
        {
            Key(e, experiment.Name);
            WriteExperiment(e, experiment);
        }

        e.Emit(new MappingEnd());
        if (model.Rigs.Count > 0)
        {
            Key(e, "rigs");
            Value(e, model.Rigs.ToDictionary(r => r.Key, r => (object?)r.Value, StringComparer.Ordinal));
        }

        if (model.FolderParsingPatterns.Count > 0)
        {
            Key(e, "folder_parsing");
            e.Emit(new MappingStart());
            Key(e, "extract_patterns");
            Strings(e, model.FolderParsingPatterns);
            e.Emit(new MappingEnd());
        }

        Entries(e, model.Extra);
        e.Emit(new MappingEnd());
        e.Emit(new DocumentEnd(isImplicit: true));
        e.Emit(new StreamEnd());
    }

    private static void WriteProject(Emitter e, ProjectSettings project)
    {
        e.Emit(new MappingStart());
        Key(e, "directories");
        Value(e, project.Directories.ToDictionary(d => d.Key, d => (object?)d.Value, StringComparer.Ordinal));
        Key(e, "ignore_substrings");
        Strings(e, project.IgnoreSubstrings);
        Key(e, "mandatory_experiment_strings");
        Strings(e, project.MandatoryExperimentStrings);
        Key(e, "extraction_patterns");
        Strings(e, project.ExtractionPatterns);
        Entries(e, project.Extra);
        e.Emit(new MappingEnd());
    }

    private static void WriteDataset(Emitter e, DatasetInfo dataset)
    {
        e.Emit(new MappingStart());
        Pair(e, "rig", dataset.Rig);
        Key(e, "dates_vials");
        e.Emit(new MappingStart());
        foreach (var (date, vials) in dataset.DatesVials)
        {
            Key(e, date);
            e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
            foreach (var vial in vials)
            {
                Plain(e, vial.ToString(CultureInfo.InvariantCulture));
            }

            e.Emit(new SequenceEnd());
        }

        e.Emit(new MappingEnd());
        Metadata(e, dataset.ExtractionPatterns, dataset.Metadata);
        Parameters(e, dataset.Parameters);
        Entries(e, dataset.Extra);
        e.Emit(new MappingEnd());
    }

    private static void WriteExperiment(Emitter e, ExperimentInfo experiment)
    {
        e.Emit(new MappingStart());
        Key(e, "datasets");
        Strings(e, experiment.Datasets);
        Parameters(e, experiment.Parameters);
        Key(e, "filters");
        e.Emit(new MappingStart());
        Key(e, "ignore_substrings");
        Strings(e, experiment.IgnoreSubstrings);
        Key(e, "mandatory_experiment_strings");
        Strings(e, experiment.MandatoryExperimentStrings);
        e.Emit(new MappingEnd());
        Metadata(e, experiment.ExtractionPatterns, experiment.Metadata);
        // The reader files unknown filter keys as "filters.<key>" extras; everything else goes back at the top.
        Entries(e, experiment.Extra.Where(x => !x.Key.StartsWith("filters.", StringComparison.Ordinal)));
        e.Emit(new MappingEnd());
    }

    private static void Metadata(Emitter e, IReadOnlyList<string> patterns, IReadOnlyDictionary<string, object?> metadata)
    {
        if (patterns.Count == 0 && metadata.Count == 0)
        {
            return;
        }

        Key(e, "metadata");
        e.Emit(new MappingStart());
        if (patterns.Count > 0)
        {
            Key(e, "extraction_patterns");
            Strings(e, patterns);
        }

        Entries(e, metadata);
        e.Emit(new MappingEnd());
    }

    private static void Parameters(Emitter e, IReadOnlyDictionary<string, object?> parameters)
    {
        if (parameters.Count > 0)
        {
            Key(e, "parameters");
            Value(e, parameters);
        }
    }

    private static void Entries(Emitter e, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        foreach (var (key, value) in entries)
        {
            Key(e, key);
            Value(e, value);
        }
    }

    private static void Strings(Emitter e, IEnumerable<string> items)
    {
        e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var item in items)
        {
            Quoted(e, item);
        }

        e.Emit(new SequenceEnd());
    }

    private static void Value(Emitter e, object? value)
    {
        switch (value)
        {
            case null:
                Plain(e, "null");
                break;
            case string s:
                Quoted(e, s);
                break;
            case bool b:
                Plain(e, b ? "true" : "false");
                break;
            case double d:
                Plain(e, FormatDouble(d));
                break;
            case float f:
                Plain(e, FormatDouble(f));
                break;
            case IFormattable number when value is long or int or short or byte or sbyte or ushort or uint or ulong:
                Plain(e, number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> mapping:
                e.Emit(new MappingStart());
                Entries(e, mapping);
                e.Emit(new MappingEnd());
                break;
            case System.Collections.IEnumerable sequence:
                e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in sequence)
                {
                    Value(e, item);
                }

                e.Emit(new SequenceEnd());
                break;
            default:
                Quoted(e, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    // YAML 1.1 floats need a dot and a signed exponent (PyYAML reads "1e5" as a string); infinities have their own spelling.
    // "R" gives the shortest text that parses back to the same double.
    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return ".nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? ".inf" : "-.inf";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? string.Empty : text[e..];
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa += ".0";
        }

        if (exponent.Length > 1 && exponent[1] is not ('+' or '-'))
        {
            exponent = "E+" + exponent[1..];
        }

        return mantissa + exponent;
    }

    private static void Key(Emitter e, string key) => Quoted(e, key);

    private static void Pair(Emitter e, string key, string value)
    {
        Key(e, key);
        Quoted(e, value);
    }

    private static void Quoted(Emitter e, string text) =>
        e.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true));

    private static void Plain(Emitter e, string text) =>
        e.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
}
