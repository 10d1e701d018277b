using System.Globalization;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// A parsed stream: the first document's root, how many documents there were, the second root (reported as an
    /// error), duplicate keys, and the tree's size as walkers see it with aliases expanded (see <see cref="YamlExpansion"/>).
    /// </summary>
    internal sealed record Document(YNode? Root, int DocumentCount, YNode? SecondRoot, List<(YNode Key, string Name)> DuplicateKeys, long ExpandedSize)
    {
        /// <summary>
        /// Null when the fast parser built the tree; else why it handed the text to YamlDotNet (where and in which rule),
        /// so tests can tell which parser ran for a given input.
        /// </summary>
        public string? Fallback { get; init; }
    }

    /// <summary>
    /// Parses a config: the fast subset parser when the text stays inside the subset config files use, else YamlDotNet,
    /// which stays the reference for everything else (block scalars, tags, multi-line scalars) and for every error message.
    /// </summary>
    public static Document Parse(TextReader text, string source) => Parse(text.ReadToEnd(), source);

    /// <inheritdoc cref="Parse(TextReader, string)"/>
    public static Document Parse(string content, string source)
    {
        using var text = YamlText.Of(content);
        return Parse(text, source);
    }

    /// <inheritdoc cref="Parse(TextReader, string)"/>
    public static Document Parse(YamlText text, string source) =>
        YamlFastParser.TryParse(text, out var fallback) ?? ParseWithYamlDotNet(text.ToString(), source) with { Fallback = fallback };

    /// <summary>
    /// The reference path: one pass over YamlDotNet's event parser. An alias that takes the expanded size past
    /// <see cref="YamlExpansion.Budget"/>, or names a node it is inside, throws <see cref="ConfigErrorCodes.AliasExpansion"/>.
    /// </summary>
    internal static Document ParseWithYamlDotNet(string text, string source)
    {
        var parser = new Parser(new StringReader(text));
        var state = new State(parser, source, YamlExpansion.Budget(text.Length));
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
            return new Document(root, count, second, state.Duplicates, state.ExpandedSize) { Fallback = "parsed with YamlDotNet" };
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

    private sealed class State(Parser parser, string source, long budget)
    {
        public Dictionary<string, Anchor> Anchors { get; } = new(StringComparer.Ordinal);

        public List<(YNode Key, string Name)> Duplicates { get; } = [];

        public Mark LastMark { get; private set; } = Mark.Empty;

        public long ExpandedSize { get; private set; }

        public YNode ParseNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new YamlException(parser.Current?.Start ?? LastMark, parser.Current?.End ?? LastMark, "nesting is too deep");
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                LastMark = alias.End;
                return Expand(alias);
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                LastMark = scalar.End;
                ExpandedSize += YamlExpansion.ScalarSize(scalar.Value);
                var node = new YNode(YKind.Scalar, scalar.Start)
                {
                    Value = scalar.Value,
                    Style = scalar.Style,
                    Tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value,
                };
                Register(scalar.Anchor, node)?.Complete(YamlExpansion.ScalarSize(scalar.Value));
                return node;
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                LastMark = sequenceStart.End;
                var before = ExpandedSize++;
                // Not packed (YScalarList): the node must exist, registered, before its items (an alias inside it
                // names it), and this path only runs for files outside the fast parser's subset.
                var items = new List<YNode>();
                var node = new YNode(YKind.Sequence, sequenceStart.Start) { Items = items };
                var anchor = Register(sequenceStart.Anchor, node);
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ParseNode(depth + 1));
                }

                anchor?.Complete(ExpandedSize - before);
                return node;
            }

            var mappingStart = parser.Consume<MappingStart>();
            LastMark = mappingStart.End;
            var mappingBefore = ExpandedSize++;
            var mapping = new YNode(YKind.Mapping, mappingStart.Start) { Pairs = [] };
            var mappingAnchor = Register(mappingStart.Anchor, mapping);
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

                if (key.Kind == YKind.Scalar && !YMappingRules.IsNewKey(CollectionsMarshal.AsSpan(mapping.Pairs!), ref seen, key.Value))
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

            mappingAnchor?.Complete(ExpandedSize - mappingBefore);
            return mapping;
        }

        // The anchor is known from the node's start, so an alias inside the node finds it still open.
        private Anchor? Register(AnchorName name, YNode node)
        {
            if (name.IsEmpty)
            {
                return null;
            }

            var anchor = new Anchor(node);
            Anchors[name.Value] = anchor;
            return anchor;
        }

        private YNode Expand(AnchorAlias alias)
        {
            var name = alias.Value.Value;
            if (!Anchors.TryGetValue(name, out var anchor))
            {
                throw new YamlException(alias.Start, alias.End, $"alias *{name} refers to no anchor");
            }

            if (anchor.Size < 0)
            {
                throw YamlExpansion.Recursive(source, (int)alias.Start.Line, (int)alias.Start.Column, name);
            }

            ExpandedSize += anchor.Size;
            return ExpandedSize > budget
                ? throw YamlExpansion.TooLarge(source, (int)alias.Start.Line, (int)alias.Start.Column, name, budget)
                : anchor.Node;
        }
    }

    /// <summary>An anchored node and its expanded size, which is -1 until the node is complete.</summary>
    private sealed class Anchor(YNode node)
    {
        public YNode Node { get; } = node;

        public long Size { get; private set; } = -1;

        public void Complete(long size) => Size = size;
    }
}
