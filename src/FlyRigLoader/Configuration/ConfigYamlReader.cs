using System.Globalization;
using FlyRigLoader.Errors;

namespace FlyRigLoader.Configuration;

/// <summary>
/// One walk over YamlDotNet's node tree that builds a <see cref="ProjectConfigModel"/> and records every structural
/// problem (wrong node kind, missing key, bad vial) with the node's line and column. Semantic rules live in
/// <see cref="ConfigValidator"/>; the tree is returned so their findings can be positioned too.
/// </summary>
internal sealed class ConfigYamlReader
{
    private readonly string _source;
    private readonly List<ConfigProblem> _problems = [];
    private readonly int _maxProblems;
    private int _unlisted;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<int[], int[]> _vialPool = new(VialListComparer.Instance);
    private int[] _vialScratch = new int[32];

    private ConfigYamlReader(string source, int maxProblems)
    {
        _source = source;
        _maxProblems = maxProblems;
    }

    /// <summary>
    /// The model, the tree, the structural problems (at most <paramref name="MaxProblems"/>), how many more were found
    /// but not listed, and the limit itself (<see cref="ConfigProblemLimit"/>), which the semantic problems share.
    /// </summary>
    internal sealed record Result(ProjectConfigModel Model, YNode? Root, List<ConfigProblem> Problems, int Unlisted, int MaxProblems);

    /// <summary>Parses and converts; malformed YAML throws <see cref="ConfigException"/> with the position.</summary>
    public static Result Read(YamlText text, string source)
    {
        var document = YamlTree.Parse(text, source);
        var reader = new ConfigYamlReader(source, ConfigProblemLimit.For(text.Length));
        var root = document.Root;
        if (document.SecondRoot is { } second)
        {
            reader.Add(second, string.Empty, "the file holds more than one YAML document", "keep a single document; remove the extra '---'");
        }

        foreach (var (key, name) in document.DuplicateKeys)
        {
            reader.Add(key, name, $"duplicate key '{name}'", "each key may appear once per mapping; merge the two entries");
        }

        var model = reader.ReadRoot(root);
        return new Result(model, root, reader._problems, reader._unlisted, reader._maxProblems);
    }

    private static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    private static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    private void Add(YNode node, string path, string message, string? hint = null)
    {
        if (_problems.Count >= _maxProblems)
        {
            _unlisted++;
            return;
        }

        _problems.Add(new ConfigProblem(_source, node.Line, node.Column, path, message, hint));
    }

    private static string Kind(YNode node) => node.Kind switch
    {
        YKind.Mapping => "a mapping",
        YKind.Sequence => "a list",
        _ when YamlScalars.IsNull(node) => "empty",
        _ => $"the scalar '{node.Value}'",
    };

    private List<KeyValuePair<YNode, YNode>>? Mapping(YNode node, string path, string what)
    {
        if (node.Kind == YKind.Mapping)
        {
            return node.Pairs;
        }

        if (!YamlScalars.IsNull(node))
        {
            Add(node, path, $"must be {what}, found {Kind(node)}");
        }

        return null;
    }

    private string? Key(YNode key, string parent)
    {
        if (key.Kind == YKind.Scalar)
        {
            return key.Value;
        }

        Add(key, parent, $"keys must be plain strings, found {Kind(key)}");
        return null;
    }

    private ProjectConfigModel ReadRoot(YNode? root)
    {
        if (root is null || YamlScalars.IsNull(root))
        {
            return new ProjectConfigModel();
        }

        if (root.Kind != YKind.Mapping)
        {
            Add(root, string.Empty, $"the config must be a mapping of sections (project, datasets, experiments), found {Kind(root)}");
            return new ProjectConfigModel();
        }

        var model = new ProjectConfigModel();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Pairs!)
        {
            var key = Key(keyNode, string.Empty);
            switch (key)
            {
                case null:
                    break;
                case "schema_version":
                    model = model with { SchemaVersion = ScalarText(value, key) };
                    break;
                case "project":
                    model = model with { Project = ReadProject(value) };
                    break;
                case "datasets":
                    model = model with { Datasets = ReadNamed(value, "datasets", "a mapping of dataset name: settings", ReadDataset) };
                    break;
                case "experiments":
                    model = model with { Experiments = ReadNamed(value, "experiments", "a mapping of experiment name: settings", ReadExperiment) };
                    break;
                case "rigs":
                    model = model with { Rigs = ReadRigs(value) };
                    break;
                case "folder_parsing":
                    model = model with { FolderParsingPatterns = ReadFolderParsing(value) };
                    break;
                default:
                    extra[key] = Plain(value);
                    break;
            }
        }

        return model with { Extra = extra };
    }

    private string? ScalarText(YNode node, string path)
    {
        if (YamlScalars.IsNull(node))
        {
            return null;
        }

        if (node.Kind == YKind.Scalar)
        {
            return node.Value;
        }

        Add(node, path, $"must be a string, found {Kind(node)}");
        return null;
    }

    private ProjectSettings ReadProject(YNode node)
    {
        const string path = "project";
        var mapping = Mapping(node, path, "a mapping");
        if (mapping is null)
        {
            return new ProjectSettings();
        }

        var settings = new ProjectSettings();
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping)
        {
            var key = Key(keyNode, path);
            switch (key)
            {
                case null:
                    break;
                case "directories":
                    settings = settings with { Directories = ReadDirectories(value, Join(path, key)) };
                    break;
                case "ignore_substrings":
                    settings = settings with { IgnoreSubstrings = FilterMerge.Clean(StringList(value, Join(path, key))) };
                    break;
                case "mandatory_experiment_strings":
                    settings = settings with { MandatoryExperimentStrings = FilterMerge.Clean(StringList(value, Join(path, key))) };
                    break;
                case "extraction_patterns":
                    settings = settings with { ExtractionPatterns = Patterns(value, Join(path, key)) };
                    break;
                default:
                    extra[key] = Plain(value);
                    break;
            }
        }

        return settings with { Extra = extra };
    }

    private Dictionary<string, string> ReadDirectories(YNode node, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var mapping = Mapping(node, path, "a mapping of name: path");
        if (mapping is null)
        {
            return result;
        }

        foreach (var (keyNode, value) in mapping)
        {
            var key = Key(keyNode, path);
            if (key is not null && ScalarText(value, Join(path, key)) is { } dir)
            {
                result[key] = dir;
            }
        }

        return result;
    }

    /// <summary>A list of scalar strings; null items are kept as null so cleaning can drop them.</summary>
    private List<string?> StringList(YNode node, string path)
    {
        var result = new List<string?>();
        if (YamlScalars.IsNull(node))
        {
            return result;
        }

        if (node.Kind != YKind.Sequence)
        {
            Add(node, path, $"must be a list of strings, found {Kind(node)}", node.Kind == YKind.Scalar ? $"write [{node.Value}]" : null);
            return result;
        }

        if (node.Items is YScalarList packed)
        {
            // Every item is an untagged scalar: read without building a node per item.
            for (var p = 0; p < packed.Count; p++)
            {
                result.Add(YamlScalars.IsNull(packed.Value(p), packed.Style(p)) ? null : packed.Value(p));
            }

            return result;
        }

        var i = 0;
        foreach (var item in node.Items!)
        {
            if (YamlScalars.IsNull(item))
            {
                result.Add(null);
            }
            else if (item.Kind == YKind.Scalar)
            {
                result.Add(item.Value);
            }
            else
            {
                Add(item, Index(path, i), $"must be a string, found {Kind(item)}");
            }

            i++;
        }

        return result;
    }

    private List<string> Patterns(YNode node, string path)
    {
        var result = new List<string>();
        var i = 0;
        foreach (var item in StringList(node, path))
        {
            if (item is null)
            {
                var at = node.Items![i];
                Add(at, Index(path, i), "must be a regex string, found empty");
            }
            else
            {
                result.Add(item);
            }

            i++;
        }

        return result;
    }

    /// <summary>Reads a top-level section that maps names to settings (datasets, experiments), one entry per valid key.</summary>
    private List<T> ReadNamed<T>(YNode node, string path, string expected, Func<string, YNode, string, T> read)
    {
        var result = new List<T>();
        var mapping = Mapping(node, path, expected);
        if (mapping is null)
        {
            return result;
        }

        foreach (var (keyNode, value) in mapping)
        {
            if (Key(keyNode, path) is { } name)
            {
                result.Add(read(name, value, Join(path, name)));
            }
        }

        return result;
    }

    private DatasetInfo ReadDataset(string name, YNode node, string path)
    {
        // A missing or empty rig is reported by ConfigValidator, so models built in code get the same check.
        var mapping = Mapping(node, path, "a mapping with at least 'rig'");
        if (mapping is null)
        {
            return new DatasetInfo(name, string.Empty);
        }

        string? rig = null;
        var dataset = new DatasetInfo(name, string.Empty);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, value) in mapping)
        {
            var key = Key(k, path);
            switch (key)
            {
                case null:
                    break;
                case "rig":
                    rig = ScalarText(value, Join(path, key)) ?? string.Empty;
                    break;
                case "dates_vials":
                    dataset = dataset with { DatesVials = ReadDatesVials(value, Join(path, key)) };
                    break;
                case "metadata":
                    var (patterns, metadata) = ReadMetadata(value, Join(path, key));
                    dataset = dataset with { ExtractionPatterns = patterns, Metadata = metadata };
                    break;
                case "parameters":
                    dataset = dataset with { Parameters = ReadParameters(value, Join(path, key)) };
                    break;
                default:
                    extra[key] = Plain(value);
                    break;
            }
        }

        return dataset with { Rig = rig ?? string.Empty, Extra = extra };
    }

    private Dictionary<string, IReadOnlyList<int>> ReadDatesVials(YNode node, string path)
    {
        var mapping = Mapping(node, path, "a mapping of date: [vials]");
        if (mapping is null)
        {
            return new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        }

        // Sized once: a large config keeps tens of thousands of these entries, and growth would leave slack behind.
        var result = new Dictionary<string, IReadOnlyList<int>>(mapping.Count, StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping)
        {
            if (keyNode.Kind != YKind.Scalar)
            {
                Add(keyNode, path, $"date keys must be strings, found {Kind(keyNode)}");
                continue;
            }

            var date = YamlScalars.DateKey(keyNode, out var dateError);
            if (date is null)
            {
                Add(keyNode, Join(path, keyNode.Value), dateError!, "use yyyy-MM-dd");
                continue;
            }

            if (ReadVials(value, path, date) is { } vials)
            {
                result[Pool(date)] = vials;
            }
        }

        return result;
    }

    // Dates and vial lists recur across datasets; sharing one instance of each keeps a large config's retained size down.
    private string Pool(string text)
    {
        if (!_pool.TryGetValue(text, out var shared))
        {
            _pool[text] = shared = text;
        }

        return shared;
    }

    /// <summary>
    /// The vial list as a shared array (null when empty), parsed into a scratch buffer so only a list not seen before
    /// allocates. The path is only built when there is something to report: a large config has tens of thousands of dates.
    /// </summary>
    private int[]? ReadVials(YNode node, string datesPath, string date)
    {
        if (YamlScalars.IsNull(node))
        {
            return null;
        }

        if (node.Kind != YKind.Sequence)
        {
            Add(node, Join(datesPath, date), $"must be a list of vial numbers, found {Kind(node)}", node.Kind == YKind.Scalar ? $"write [{node.Value}]" : null);
            return null;
        }

        var items = node.Items!;
        if (_vialScratch.Length < items.Count)
        {
            _vialScratch = new int[Math.Max(items.Count, _vialScratch.Length * 2)];
        }

        // A packed list (every vial list of a large config) is read without building a node per vial.
        var packed = items as YScalarList;
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var vial = packed is not null
                ? Vial(packed.Value(i), YamlScalars.IsPlain(packed.Style(i)))
                : items[i] is { Kind: YKind.Scalar } scalar ? Vial(scalar.Value, YamlScalars.IsPlain(scalar)) : null;
            if (vial is { } number)
            {
                _vialScratch[count++] = number;
            }
            else if (_problems.Count >= _maxProblems)
            {
                // Past the limit nothing is listed, so the path and message are not built (aliases can repeat a list many times).
                _unlisted++;
            }
            else
            {
                var bad = items[i];
                Add(bad, Index(Join(datesPath, date), i), $"vial must be an integer, found {Kind(bad)}");
            }
        }

        if (count == 0)
        {
            return null;
        }

        var span = new ReadOnlySpan<int>(_vialScratch, 0, count);
        var lookup = _vialPool.GetAlternateLookup<ReadOnlySpan<int>>();
        if (!lookup.TryGetValue(span, out var shared))
        {
            shared = span.ToArray();
            _vialPool[shared] = shared;
        }

        return shared;
    }

    // Python accepts ints and digit strings; a YAML bool or float is neither. Short digit runs (nearly every vial) skip int.TryParse.
    private static int? Vial(string text, bool plain)
    {
        if (text.Length is > 0 and <= 9 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            var value = 0;
            foreach (var c in text)
            {
                value = (value * 10) + (c - '0');
            }

            return value;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var vial)
            && (plain || text.All(char.IsAsciiDigit))
            ? vial
            : null;
    }

    private (List<string> Patterns, Dictionary<string, object?> Metadata) ReadMetadata(YNode node, string path)
    {
        var patterns = new List<string>();
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal);
        var mapping = Mapping(node, path, "a mapping");
        if (mapping is null)
        {
            return (patterns, metadata);
        }

        foreach (var (keyNode, value) in mapping)
        {
            var key = Key(keyNode, path);
            if (key == "extraction_patterns")
            {
                patterns = Patterns(value, Join(path, key));
            }
            else if (key is not null)
            {
                metadata[key] = Plain(value);
            }
        }

        return (patterns, metadata);
    }

    private Dictionary<string, object?> ReadParameters(YNode node, string path)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var mapping = Mapping(node, path, "a mapping of name: value");
        if (mapping is null)
        {
            return result;
        }

        foreach (var (keyNode, value) in mapping)
        {
            if (Key(keyNode, path) is { } key)
            {
                result[key] = Plain(value);
            }
        }

        return result;
    }

    private ExperimentInfo ReadExperiment(string name, YNode node, string path)
    {
        var experiment = new ExperimentInfo(name);
        var mapping = Mapping(node, path, "a mapping");
        if (mapping is null)
        {
            return experiment;
        }

        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping)
        {
            var key = Key(keyNode, path);
            switch (key)
            {
                case null:
                    break;
                case "datasets":
                    experiment = experiment with { Datasets = FilterMerge.Clean(StringList(value, Join(path, key))) };
                    break;
                case "parameters":
                    experiment = experiment with { Parameters = ReadParameters(value, Join(path, key)) };
                    break;
                case "filters":
                    experiment = ReadFilters(experiment, value, Join(path, key), extra);
                    break;
                case "metadata":
                    var (patterns, metadata) = ReadMetadata(value, Join(path, key));
                    experiment = experiment with { ExtractionPatterns = patterns, Metadata = metadata };
                    break;
                default:
                    extra[key] = Plain(value);
                    break;
            }
        }

        return experiment with { Extra = extra };
    }

    private ExperimentInfo ReadFilters(ExperimentInfo experiment, YNode node, string path, Dictionary<string, object?> extra)
    {
        var mapping = Mapping(node, path, "a mapping with ignore_substrings and/or mandatory_experiment_strings");
        if (mapping is null)
        {
            return experiment;
        }

        foreach (var (keyNode, value) in mapping)
        {
            var key = Key(keyNode, path);
            switch (key)
            {
                case null:
                    break;
                case "ignore_substrings":
                    experiment = experiment with { IgnoreSubstrings = FilterMerge.Clean(StringList(value, Join(path, key))) };
                    break;
                case "mandatory_experiment_strings":
                    experiment = experiment with { MandatoryExperimentStrings = FilterMerge.Clean(StringList(value, Join(path, key))) };
                    break;
                default:
                    extra[$"filters.{key}"] = Plain(value);
                    break;
            }
        }

        return experiment;
    }

    private Dictionary<string, IReadOnlyDictionary<string, object?>> ReadRigs(YNode node)
    {
        const string path = "rigs";
        var result = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        var mapping = Mapping(node, path, "a mapping of rig name: settings");
        if (mapping is null)
        {
            return result;
        }

        foreach (var (keyNode, value) in mapping)
        {
            if (Key(keyNode, path) is not { } name)
            {
                continue;
            }

            if (value.Kind == YKind.Mapping)
            {
                result[name] = (IReadOnlyDictionary<string, object?>)Plain(value)!;
            }
            else if (YamlScalars.IsNull(value))
            {
                result[name] = new Dictionary<string, object?>();
            }
            else
            {
                Add(value, Join(path, name), $"must be a mapping of rig settings, found {Kind(value)}");
            }
        }

        return result;
    }

    private List<string> ReadFolderParsing(YNode node)
    {
        const string path = "folder_parsing";
        var result = new List<string>();
        var mapping = Mapping(node, path, "a mapping with extract_patterns");
        if (mapping is null)
        {
            return result;
        }

        foreach (var (keyNode, value) in mapping)
        {
            if (Key(keyNode, path) != "extract_patterns")
            {
                continue;
            }

            var at = Join(path, "extract_patterns");
            switch (value.Kind)
            {
                case YKind.Sequence:
                    result.AddRange(Patterns(value, at));
                    break;
                case YKind.Mapping:
                    foreach (var (nameNode, pattern) in value.Pairs!)
                    {
                        var name = Key(nameNode, at) ?? string.Empty;
                        if (ScalarText(pattern, Join(at, name)) is { } text)
                        {
                            result.Add(text);
                        }
                    }

                    break;
                default:
                    if (ScalarText(value, at) is { } single)
                    {
                        result.Add(single);
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>A free-form value as plain .NET data.</summary>
    internal static object? Plain(YNode node)
    {
        switch (node.Kind)
        {
            case YKind.Scalar:
                return YamlScalars.Resolve(node);
            case YKind.Sequence:
                var list = new List<object?>(node.Items!.Count);
                if (node.Items is YScalarList packed)
                {
                    for (var i = 0; i < packed.Count; i++)
                    {
                        list.Add(YamlScalars.Resolve(packed.Value(i), packed.Style(i)));
                    }

                    return list;
                }

                foreach (var item in node.Items)
                {
                    list.Add(Plain(item));
                }

                return list;
            default:
                var dict = new Dictionary<string, object?>(node.Pairs!.Count, StringComparer.Ordinal);
                foreach (var (key, value) in node.Pairs)
                {
                    // Non-scalar keys cannot come from a sane config; keep them addressable by position.
                    dict[key.Kind == YKind.Scalar ? key.Value : string.Create(CultureInfo.InvariantCulture, $"<key at {key.Line}:{key.Column}>")] = Plain(value);
                }

                return dict;
        }
    }
}
