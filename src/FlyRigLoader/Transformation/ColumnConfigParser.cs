using System.Globalization;
using FlyRigLoader.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlyRigLoader.Transformation;

/// <summary>
/// Turns column config YAML into a <see cref="ColumnConfig"/>. Walks the YAML node tree instead of deserializing
/// into a POCO so that every error can name the line and column of the offending node.
/// </summary>
internal static class ColumnConfigParser
{
    private static readonly string[] TopLevelKeys = ["columns", "special_handlers"];

    private static readonly string[] ColumnKeys =
        ["type", "dimension", "required", "description", "alias", "is_metadata", "default_value", "special_handling", "unit"];

    private static readonly Dictionary<string, SpecialHandling> HandlerNames = new(StringComparer.Ordinal)
    {
        ["extract_first_column_if_2d"] = SpecialHandling.ExtractFirstColumnIfTwoDimensional,
        ["transform_to_match_time_dimension"] = SpecialHandling.TransformToMatchTimeDimension,
    };

    public static ColumnConfig Parse(string yaml, string sourceName)
    {
        var root = LoadRoot(yaml, sourceName);
        var context = new Context(sourceName);
        if (root is not YamlMappingNode top)
        {
            throw context.Error(root, "the column config must be a mapping with a 'columns' section", "start the file with 'columns:'");
        }

        YamlMappingNode? columnsNode = null;
        var handlers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in top.Children)
        {
            var key = context.Key(keyNode);
            switch (key)
            {
                case "columns":
                    columnsNode = valueNode as YamlMappingNode
                        ?? throw context.Error(valueNode, "'columns' must be a mapping of column name to column settings", null);
                    break;
                case "special_handlers":
                    ReadHandlers(context, valueNode, handlers);
                    break;
                default:
                    throw context.UnknownKey(keyNode, key, TopLevelKeys);
            }
        }

        if (columnsNode is null)
        {
            throw context.Error(top, "the 'columns' section is missing", "add 'columns:' with at least one column");
        }

        var warnings = new List<string>();
        var columns = new List<ColumnDefinition>();
        foreach (var (keyNode, valueNode) in columnsNode.Children)
        {
            var name = context.Key(keyNode);
            if (name.Length == 0)
            {
                throw context.Error(keyNode, "a column name is empty", null);
            }

            columns.Add(ReadColumn(context, name, valueNode, handlers, warnings));
        }

        return new ColumnConfig(columns, handlers, sourceName, warnings);
    }

    private static YamlNode LoadRoot(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new TransformException(
                TransformErrorCodes.ConfigInvalid,
                $"malformed YAML: {ex.Message}",
                Position(sourceName, ex.Start),
                "check indentation and quoting near that position",
                ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some malformed flow collections this way, without a position.
            throw new TransformException(
                TransformErrorCodes.ConfigInvalid,
                $"malformed YAML: {ex.Message}",
                sourceName,
                "check for unclosed [ ] or { } and for indentation",
                ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new TransformException(
                TransformErrorCodes.ConfigInvalid,
                "the column config is empty",
                sourceName,
                "add a 'columns:' section");
        }

        return stream.Documents[0].RootNode;
    }

    private static void ReadHandlers(Context context, YamlNode node, Dictionary<string, string> handlers)
    {
        if (node is YamlScalarNode scalar && YamlScalars.IsNull(scalar))
        {
            return;
        }

        if (node is not YamlMappingNode mapping)
        {
            throw context.Error(node, "'special_handlers' must be a mapping of handler name to function name", null);
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var handler = context.Key(keyNode);
            if (!HandlerNames.ContainsKey(handler))
            {
                throw context.UnknownKey(keyNode, handler, HandlerNames.Keys);
            }

            handlers[handler] = context.String(valueNode, $"special_handlers.{handler}") ?? string.Empty;
        }
    }

    private static ColumnDefinition ReadColumn(
        Context context, string name, YamlNode node, Dictionary<string, string> handlers, List<string> warnings)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw context.Error(node, $"column '{name}' must be a mapping of settings", "give at least 'type' and 'description'");
        }

        string? type = null, description = null, alias = null, unit = null;
        int? dimension = null;
        bool required = false, isMetadata = false, hasDefault = false;
        object? defaultValue = null;
        var handling = SpecialHandling.None;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = context.Key(keyNode);
            var path = $"columns.{name}.{key}";
            switch (key)
            {
                case "type":
                    type = context.String(valueNode, path);
                    break;
                case "dimension":
                    dimension = ReadDimension(context, valueNode, path);
                    break;
                case "required":
                    required = context.Bool(valueNode, path);
                    break;
                case "description":
                    description = context.String(valueNode, path);
                    break;
                case "alias":
                    alias = context.String(valueNode, path);
                    break;
                case "is_metadata":
                    isMetadata = context.Bool(valueNode, path);
                    break;
                case "default_value":
                    hasDefault = true;
                    defaultValue = context.Scalar(valueNode, path);
                    break;
                case "special_handling":
                    handling = ReadHandling(context, valueNode, path);
                    break;
                case "unit":
                    unit = context.String(valueNode, path);
                    break;
                default:
                    throw context.UnknownKey(keyNode, key, ColumnKeys);
            }
        }

        if (string.IsNullOrWhiteSpace(type))
        {
            throw context.Error(mapping, $"column '{name}' has no 'type'", "add e.g. 'type: numpy.ndarray' or 'type: str'");
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw context.Error(mapping, $"column '{name}' has no 'description'", "every column needs a 'description'");
        }

        var column = new ColumnDefinition(
            name, type, dimension, required, description, string.IsNullOrEmpty(alias) ? null : alias,
            isMetadata, hasDefault, defaultValue, handling, unit);
        AddWarnings(context, mapping, column, handlers, warnings);
        return column;
    }

    private static void AddWarnings(
        Context context, YamlNode node, ColumnDefinition column, Dictionary<string, string> handlers, List<string> warnings)
    {
        var at = Position(context.SourceName, node.Start);
        if (column.Dimension is not null && !column.IsArrayType)
        {
            warnings.Add($"{at}: column '{column.Name}' declares a dimension but its type '{column.Type}' is not numpy.ndarray");
        }

        if (column.SpecialHandling == SpecialHandling.TransformToMatchTimeDimension && column.Dimension != 2)
        {
            warnings.Add($"{at}: column '{column.Name}' uses transform_to_match_time_dimension without 'dimension: 2'");
        }

        var handlerName = HandlerName(column.SpecialHandling);
        if (handlerName is not null && !handlers.ContainsKey(handlerName))
        {
            warnings.Add($"{at}: column '{column.Name}' uses handler '{handlerName}', which 'special_handlers' does not list");
        }
    }

    private static string? HandlerName(SpecialHandling handling) =>
        HandlerNames.FirstOrDefault(pair => pair.Value == handling).Key;

    private static int? ReadDimension(Context context, YamlNode node, string path)
    {
        var value = context.Scalar(node, path);
        return value switch
        {
            null => null,
            long and >= 1 and <= 3 => (int)(long)value,
            _ => throw context.Error(node, $"{path} must be 1, 2, 3 or null, not '{Describe(node)}'", "use 1 for vectors, 2 for matrices"),
        };
    }

    private static SpecialHandling ReadHandling(Context context, YamlNode node, string path)
    {
        var value = context.String(node, path);
        if (value is null)
        {
            return SpecialHandling.None;
        }

        return HandlerNames.TryGetValue(value, out var handling)
            ? handling
            : throw context.Error(
                node,
                $"{path}: unknown handler '{value}'",
                $"use one of: {string.Join(", ", HandlerNames.Keys)}, or null");
    }

    private static string Describe(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : node.NodeType.ToString();

    private static string Position(string sourceName, Mark mark) =>
        string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{mark.Line}:{mark.Column}");

    /// <summary>Reads typed values from nodes and raises positioned errors, all for one source.</summary>
    private sealed class Context(string sourceName)
    {
        public string SourceName { get; } = sourceName;

        public TransformException Error(YamlNode node, string message, string? hint) =>
            new(TransformErrorCodes.ConfigInvalid, message, Position(SourceName, node.Start), hint);

        public TransformException UnknownKey(YamlNode node, string key, IEnumerable<string> allowed) =>
            Error(node, $"unknown key '{key}'", $"allowed keys here: {string.Join(", ", allowed)}");

        public string Key(YamlNode node) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, "mapping keys must be plain strings", "write keys as plain names");

        public object? Scalar(YamlNode node, string path) =>
            node is YamlScalarNode scalar
                ? YamlScalars.Resolve(scalar)
                : throw Error(node, $"{path} must be a single value, not a {node.NodeType.ToString().ToLowerInvariant()}", "write a plain value, not a list or mapping");

        public string? String(YamlNode node, string path) => Scalar(node, path) switch
        {
            null => null,
            string text => text,
            _ => throw Error(node, $"{path} must be a string, not '{Describe(node)}'", "quote the value"),
        };

        public bool Bool(YamlNode node, string path) => Scalar(node, path) switch
        {
            bool flag => flag,
            _ => throw Error(node, $"{path} must be true or false, not '{Describe(node)}'", "write true or false without quotes"),
        };
    }
}
