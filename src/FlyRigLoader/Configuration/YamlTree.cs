using System.Globalization;
using FlyRigLoader.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A minimal positioned node tree, built by <see cref="YamlFastParser"/> or, outside its subset, in one pass over YamlDotNet's event parser. It is lighter than
/// YamlDotNet's RepresentationModel, reports any parser failure (including the scanner's non-YAML exceptions)
/// at the last position it reached, resolves aliases and <c>&lt;&lt;</c> merge keys, and keeps duplicate keys as
/// problems instead of throwing.
/// </summary>
internal static class YamlTree
{
    internal const int MaxDepth = 256;

    internal sealed record Document(YNode? Root, int DocumentCount, YNode? SecondRoot, List<(YNode Key, string Name)> DuplicateKeys);

    /// <summary>
    /// Parses a config: the fast subset parser when the text stays inside the subset config files use, else YamlDotNet,
    /// which stays the reference for everything else (block scalars, tags, multi-line scalars) and for every error message.
    /// </summary>
    public static Document Parse(TextReader text, string source)
    {
        var content = text.ReadToEnd();
        return YamlFastParser.TryParse(content) ?? ParseWithYamlDotNet(new StringReader(content), source);
    }

    /// <summary>The reference path: one pass over YamlDotNet's event parser.</summary>
    internal static Document ParseWithYamlDotNet(TextReader text, string source)
    {
        var parser = new Parser(text);
        var state = new State(parser);
        try
        {
            parser.Consume<StreamStart>();
            YNode? root = null;
            YNode? second = null;
            var count = 0;
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var node = state.ParseNode(0);
                state.Anchors.Clear();
                if (count == 0)
                {
                    root = node;
                }
                else if (count == 1)
                {
                    second = node;
                }

                count++;
                parser.Consume<DocumentEnd>();
            }

            parser.Consume<StreamEnd>();
            return new Document(root, count, second, state.Duplicates);
        }
        catch (YamlException ex)
        {
            throw SyntaxError(source, (int)ex.Start.Line, (int)ex.Start.Column, Innermost(ex).Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // The scanner throws plain exceptions at some truncated inputs; the last event we saw is the best position.
            var at = parser.Current?.Start ?? state.LastMark;
            throw SyntaxError(source, (int)at.Line, (int)at.Column, "unexpected end of input or invalid token", ex);
        }
    }

    private static ConfigException SyntaxError(string source, int line, int column, string message, Exception inner) =>
        new(
            ConfigErrorCodes.YamlSyntax,
            $"malformed YAML: {message}",
            string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}"),
            "fix the YAML syntax at that position (unclosed bracket or quote, bad indentation, tab characters)",
            inner);

    private static Exception Innermost(Exception ex) => ex.InnerException is YamlException inner ? Innermost(inner) : ex;

    private sealed class State(Parser parser)
    {
        public Dictionary<string, YNode> Anchors { get; } = new(StringComparer.Ordinal);

        public List<(YNode Key, string Name)> Duplicates { get; } = [];

        public Mark LastMark { get; private set; } = Mark.Empty;

        public YNode ParseNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new YamlException(parser.Current?.Start ?? LastMark, parser.Current?.End ?? LastMark, "nesting is too deep");
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                LastMark = alias.End;
                return Anchors.TryGetValue(alias.Value.Value, out var target)
                    ? target
                    : throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no anchor");
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                LastMark = scalar.End;
                var node = new YNode(YKind.Scalar, scalar.Start)
                {
                    Value = scalar.Value,
                    Style = scalar.Style,
                    Tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value,
                };
                return Register(scalar.Anchor, node);
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                LastMark = sequenceStart.End;
                var node = Register(sequenceStart.Anchor, new YNode(YKind.Sequence, sequenceStart.Start) { Items = [] });
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    node.Items!.Add(ParseNode(depth + 1));
                }

                return node;
            }

            var mappingStart = parser.Consume<MappingStart>();
            LastMark = mappingStart.End;
            var mapping = Register(mappingStart.Anchor, new YNode(YKind.Mapping, mappingStart.Start) { Pairs = [] });
            HashSet<string>? seen = null;
            List<YNode>? merges = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ParseNode(depth + 1);
                var value = ParseNode(depth + 1);
                if (YMappingRules.IsMergeKey(key))
                {
                    (merges ??= []).Add(value);
                    continue;
                }

                if (key.Kind == YKind.Scalar && !YMappingRules.IsNewKey(mapping.Pairs!, ref seen, key.Value))
                {
                    Duplicates.Add((key, key.Value));
                    continue;
                }

                mapping.Pairs!.Add(new(key, value));
            }

            if (merges is not null)
            {
                YMappingRules.Merge(mapping.Pairs!, merges);
            }

            return mapping;
        }

        private YNode Register(AnchorName anchor, YNode node)
        {
            if (!anchor.IsEmpty)
            {
                Anchors[anchor.Value] = node;
            }

            return node;
        }
    }
}
