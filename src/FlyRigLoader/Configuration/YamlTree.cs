using System.Globalization;
using FlyRigLoader.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A minimal positioned node tree built in one pass over YamlDotNet's event parser. It is lighter than
/// YamlDotNet's RepresentationModel, reports any parser failure (including the scanner's non-YAML exceptions)
/// at the last position it reached, resolves aliases and <c>&lt;&lt;</c> merge keys, and keeps duplicate keys as
/// problems instead of throwing.
/// </summary>
internal static class YamlTree
{
    private const int MaxDepth = 256;

    internal sealed record Document(YNode? Root, int DocumentCount, YNode? SecondRoot, List<(YNode Key, string Name)> DuplicateKeys);

    public static Document Parse(TextReader text, string source)
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
            // Most config mappings are small; a set is only worth allocating once linear duplicate checks get long.
            HashSet<string>? seen = null;
            List<YNode>? merges = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ParseNode(depth + 1);
                var value = ParseNode(depth + 1);
                if (key is { Kind: YKind.Scalar, Value: "<<", Tag: null, Style: ScalarStyle.Plain })
                {
                    (merges ??= []).Add(value);
                    continue;
                }

                if (key.Kind == YKind.Scalar && !IsNewKey(mapping.Pairs!, ref seen, key.Value))
                {
                    Duplicates.Add((key, key.Value));
                    continue;
                }

                mapping.Pairs!.Add(new(key, value));
            }

            if (merges is not null)
            {
                Merge(mapping, merges);
            }

            return mapping;
        }

        private static bool IsNewKey(List<KeyValuePair<YNode, YNode>> pairs, ref HashSet<string>? seen, string key)
        {
            const int LinearLimit = 16;
            if (seen is null)
            {
                foreach (var pair in pairs)
                {
                    if (pair.Key.Kind == YKind.Scalar && pair.Key.Value == key)
                    {
                        return false;
                    }
                }

                if (pairs.Count < LinearLimit)
                {
                    return true;
                }

                seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in pairs)
                {
                    if (pair.Key.Kind == YKind.Scalar)
                    {
                        seen.Add(pair.Key.Value);
                    }
                }
            }

            return seen.Add(key);
        }

        // YAML merge keys: entries of the merged mappings fill in keys the mapping does not set itself.
        private static void Merge(YNode mapping, List<YNode> merges)
        {
            var seen = mapping.Pairs!.Where(p => p.Key.Kind == YKind.Scalar).Select(p => p.Key.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var source in merges.SelectMany(m => m.Kind == YKind.Sequence ? m.Items! : [m]))
            {
                if (source.Kind != YKind.Mapping)
                {
                    continue;
                }

                foreach (var pair in source.Pairs!)
                {
                    if (pair.Key.Kind != YKind.Scalar || seen.Add(pair.Key.Value))
                    {
                        mapping.Pairs!.Add(pair);
                    }
                }
            }
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
