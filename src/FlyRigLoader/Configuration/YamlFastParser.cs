using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A hand-written parser for the YAML subset config files use: block mappings and sequences (including indentless
/// sequences and <c>- key: value</c> items), single-line flow <c>[...]</c>/<c>{...}</c> collections, plain,
/// single- and double-quoted single-line scalars, comments, a leading <c>---</c>, anchors and aliases on inline
/// values, and <c>&lt;&lt;</c> merge keys. It builds the same <see cref="YNode"/> tree, with the same positions, as
/// <see cref="YamlTree.ParseWithYamlDotNet"/>.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner allocates tens of bytes per input character, which made a 3 MB config take most of a second;
/// this parser walks the string once, allocates only the nodes, and shares repeated short scalars (vial numbers,
/// dates, key names). It is deliberately strict: anything outside the subset — block scalars, tags, multi-line
/// scalars or flow collections, tabs, odd indentation, and every malformed input — makes <see cref="TryParse"/>
/// return null, so the caller re-parses with YamlDotNet and behaviour (including error messages) never changes.
/// </remarks>
internal sealed partial class YamlFastParser
{
    // Below YamlTree's limit, so too-deep input is handed to the reference path, which reports it.
    private const int MaxDepth = YamlTree.MaxDepth - 8;

    // YamlDotNet refuses implicit keys whose ':' is more than 1024 characters from their start; keys whose ':' sits
    // beyond this column are left to it (measured from the line start, so never more permissive than YamlDotNet).
    private const int MaxKeyColumn = 1000;

    // Longer scalars rarely repeat; pooling them would only cost hashing.
    private const int MaxPooledLength = 64;

    // Tabs (indentation rules), non-printable and non-BMP characters, BOMs and the Unicode line breaks NEL/LS/PS all
    // have special YAML rules; text containing any of them goes to YamlDotNet.
    private static readonly SearchValues<char> OutsideSubset = SearchValues.Create(OutsideSubsetChars());
    private static readonly string[] SingleChars = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
    private static readonly string[] TwoDigits = [.. Enumerable.Range(0, 100).Select(n => n.ToString("D2", CultureInfo.InvariantCulture))];
    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");

    private readonly string _text;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _poolLookup;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<(YNode Key, string Name)> _duplicates = [];
    private readonly List<YNode> _itemStack = [];
    private StringBuilder? _escaped;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // Indent of the line pos is on (pos is at its first non-space character), or -1 at the end of the text.
    private int _indent;

    // A "---" at column 1 is fine until the first node; after it, a marker means a second document.
    private bool _beforeFirstNode = true;

    private YamlFastParser(string text)
    {
        _text = text;
        _poolLookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parsed document, or null when the text is outside the subset (including when it is malformed).</summary>
    public static YamlTree.Document? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAny(OutsideSubset))
        {
            return null;
        }

        try
        {
            return new YamlFastParser(text).ParseStream();
        }
        catch (OutsideSubsetException)
        {
            return null;
        }
    }

    private static string OutsideSubsetChars()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not '\n' and not '\r')
            {
                chars.Append(c);
            }
        }

        for (var c = '\x7F'; c <= '\x9F'; c++)
        {
            chars.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.Append("\u2028\u2029\uFEFF\uFFFE\uFFFF").ToString();
    }

    private static OutsideSubsetException Outside() => new();

    private int Column => _pos - _lineStart + 1;

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    // A character that ends a token: space, line end or end of text.
    private bool IsBlankAt(int index) => index >= _text.Length || _text[index] is ' ' or '\n' or '\r';

    private YamlTree.Document ParseStream()
    {
        FirstContentLine();
        if (_indent == 0 && IsMarkerAt(_pos, '.'))
        {
            throw Outside();
        }

        if (_indent == 0 && IsMarkerAt(_pos, '-'))
        {
            // A leading "---" is common; a marker with content after it, or an empty document, goes to YamlDotNet.
            _pos += 3;
            FinishLine();
            _beforeFirstNode = false;
            NextContentLine();
            if (_indent < 0)
            {
                throw Outside();
            }
        }

        _beforeFirstNode = false;
        if (_indent < 0)
        {
            return new YamlTree.Document(null, 0, null, _duplicates);
        }

        if (IsMarkerAt(_pos, '-') || IsMarkerAt(_pos, '.'))
        {
            throw Outside();
        }

        var root = ParseBlockNode(-1, 0);
        return _indent >= 0 ? throw Outside() : new YamlTree.Document(root, 1, null, _duplicates);
    }

    private bool IsMarkerAt(int index, char c) =>
        At(index) == c && At(index + 1) == c && At(index + 2) == c && IsBlankAt(index + 3);

    // ---- lines ----------------------------------------------------------------------------------------------------

    private void FirstContentLine()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] is not ('\n' or '\r' or '#'))
        {
            _indent = _pos - _lineStart;
            return;
        }

        SkipComment();
        NextContentLine();
    }

    /// <summary>From the end of a line's content, moves to the first non-space character of the next line with content.</summary>
    private void NextContentLine()
    {
        while (true)
        {
            if (_pos >= _text.Length)
            {
                _indent = -1;
                return;
            }

            if (_text[_pos] == '\r')
            {
                // Only CRLF is a line break here; a lone CR is left to YamlDotNet.
                _pos++;
                if (At(_pos) != '\n')
                {
                    throw Outside();
                }
            }
            else if (_text[_pos] != '\n')
            {
                throw Outside();
            }

            _pos++;
            _line++;
            _lineStart = _pos;
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                _indent = -1;
                return;
            }

            if (_text[_pos] is '\n' or '\r')
            {
                continue;
            }

            if (_text[_pos] == '#')
            {
                SkipComment();
                continue;
            }

            _indent = _pos - _lineStart;
            if (_indent == 0 && !_beforeFirstNode && (IsMarkerAt(_pos, '-') || IsMarkerAt(_pos, '.')))
            {
                // A second document or an explicit end: YamlDotNet reports or handles those.
                throw Outside();
            }

            return;
        }
    }

    private void SkipComment()
    {
        if (At(_pos) != '#')
        {
            return;
        }

        var end = _text.AsSpan(_pos).IndexOfAny('\n', '\r');
        _pos = end < 0 ? _text.Length : _pos + end;
    }

    /// <summary>After a node: only spaces and a comment may follow on the line.</summary>
    private void FinishLine()
    {
        SkipSpaces();
        if (At(_pos) == '#')
        {
            if (_text[_pos - 1] != ' ')
            {
                throw Outside();
            }

            SkipComment();
        }

        if (_pos < _text.Length && _text[_pos] is not ('\n' or '\r'))
        {
            throw Outside();
        }
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private bool AtLineEndOrComment()
    {
        var c = At(_pos);
        return c is '\0' or '\n' or '\r' || (c == '#' && _text[_pos - 1] == ' ');
    }

    // ---- block structure ------------------------------------------------------------------------------------------

    /// <summary>The node starting at pos, the first character of a line indented deeper than <paramref name="parentIndent"/>.</summary>
    private YNode ParseBlockNode(int parentIndent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Outside();
        }

        var nodeIndent = _indent;
        if (IsSequenceEntry())
        {
            return ParseBlockSequence(nodeIndent, indentless: false, depth);
        }

        var (node, isKey) = ParseInlineOrKey(depth);
        if (isKey)
        {
            return ParseBlockMapping(nodeIndent, node, depth);
        }

        FinishLine();
        NextContentLine();

        // A deeper line after a lone scalar would continue it (a multi-line plain scalar) or be an error.
        return _indent > parentIndent ? throw Outside() : node;
    }

    private bool IsSequenceEntry() => At(_pos) == '-' && IsBlankAt(_pos + 1);

    /// <summary>A block mapping whose first key (at column <paramref name="mapIndent"/>) is already read, ':' included.</summary>
    private YNode ParseBlockMapping(int mapIndent, YNode firstKey, int depth)
    {
        var pairs = new List<KeyValuePair<YNode, YNode>>();
        HashSet<string>? seen = null;
        List<YNode>? merges = null;
        var key = firstKey;
        while (true)
        {
            var value = ParseMappingValue(mapIndent, depth + 1);
            AddPair(pairs, key, value, ref seen, ref merges);
            if (_indent < mapIndent)
            {
                break;
            }

            if (_indent > mapIndent || IsSequenceEntry())
            {
                throw Outside();
            }

            (key, var isKey) = ParseInlineOrKey(depth + 1);
            if (!isKey)
            {
                throw Outside();
            }
        }

        if (merges is not null)
        {
            YMappingRules.Merge(pairs, merges);
        }

        return new YNode(YKind.Mapping, firstKey.Line, firstKey.Column) { Pairs = pairs };
    }

    private void AddPair(List<KeyValuePair<YNode, YNode>> pairs, YNode key, YNode value, ref HashSet<string>? seen, ref List<YNode>? merges)
    {
        if (YMappingRules.IsMergeKey(key))
        {
            (merges ??= []).Add(value);
        }
        else if (!YMappingRules.IsNewKey(pairs, ref seen, key.Value))
        {
            _duplicates.Add((key, key.Value));
        }
        else
        {
            pairs.Add(new(key, value));
        }
    }

    /// <summary>The value after a block mapping key's ':'; leaves pos on the next content line.</summary>
    private YNode ParseMappingValue(int mapIndent, int depth)
    {
        var afterColon = (Line: _line, Column: Column);
        SkipSpaces();
        if (AtLineEndOrComment())
        {
            SkipComment();
            NextContentLine();
            if (_indent > mapIndent)
            {
                return ParseBlockNode(mapIndent, depth);
            }

            if (_indent == mapIndent && IsSequenceEntry())
            {
                return ParseBlockSequence(mapIndent, indentless: true, depth);
            }

            return EmptyScalar(afterColon.Line, afterColon.Column);
        }

        if (IsSequenceEntry())
        {
            throw Outside();
        }

        var (node, isKey) = ParseInlineOrKey(depth);
        if (isKey)
        {
            // "a: b: c" is an error YamlDotNet reports.
            throw Outside();
        }

        FinishLine();
        NextContentLine();
        return _indent > mapIndent ? throw Outside() : node;
    }

    /// <summary>
    /// A block sequence whose entries start at column <paramref name="seqIndent"/>; an indentless one (a mapping value
    /// at the mapping's own indent) ends at the first line there that is not an entry.
    /// </summary>
    private YNode ParseBlockSequence(int seqIndent, bool indentless, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Outside();
        }

        var startLine = _line;
        var startColumn = Column;
        var mark = _itemStack.Count;
        while (true)
        {
            _pos++;
            var afterDash = (Line: _line, Column: Column);
            SkipSpaces();
            YNode item;
            if (AtLineEndOrComment())
            {
                SkipComment();
                NextContentLine();
                item = _indent > seqIndent ? ParseBlockNode(seqIndent, depth + 1) : EmptyScalar(afterDash.Line, afterDash.Column);
            }
            else if (IsSequenceEntry())
            {
                throw Outside();
            }
            else
            {
                var itemIndent = _pos - _lineStart;
                var (node, isKey) = ParseInlineOrKey(depth + 1);
                if (isKey)
                {
                    item = ParseBlockMapping(itemIndent, node, depth + 1);
                }
                else
                {
                    FinishLine();
                    NextContentLine();
                    item = node;
                }
            }

            _itemStack.Add(item);
            if (_indent == seqIndent && IsSequenceEntry())
            {
                continue;
            }

            if (_indent > seqIndent || (_indent == seqIndent && !indentless))
            {
                throw Outside();
            }

            break;
        }

        return new YNode(YKind.Sequence, startLine, startColumn) { Items = PopItems(mark) };
    }

    private List<YNode> PopItems(int mark)
    {
        var count = _itemStack.Count - mark;
        var items = new List<YNode>(count);
        items.AddRange(CollectionsMarshal.AsSpan(_itemStack).Slice(mark, count));
        _itemStack.RemoveRange(mark, count);
        return items;
    }

    // YamlDotNet places an omitted value just after its ':' or '-' indicator.
    private static YNode EmptyScalar(int line, int column) => new(YKind.Scalar, line, column) { Style = ScalarStyle.Plain };

    /// <summary>
    /// A node written on the current line, or an implicit mapping key: a scalar followed by ": " (the ':' is consumed).
    /// Anchors are accepted on values that follow on the same line; the node then starts at the anchor, as in YamlDotNet.
    /// </summary>
    private (YNode Node, bool IsKey) ParseInlineOrKey(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Outside();
        }

        var startLine = _line;
        var startColumn = Column;
        string? anchor = null;
        if (At(_pos) == '&')
        {
            anchor = ReadName();
            SkipSpaces();
            if (AtLineEndOrComment())
            {
                throw Outside();
            }
        }

        YNode node;
        bool keyable;
        switch (At(_pos))
        {
            case '[':
                node = ParseFlowSequence(startLine, startColumn, depth);
                keyable = false;
                break;
            case '{':
                node = ParseFlowMapping(startLine, startColumn, depth);
                keyable = false;
                break;
            case '*':
                node = anchor is null ? ReadAlias() : throw Outside();
                keyable = false;
                break;
            case '"':
                node = DoubleQuoted(startLine, startColumn);
                keyable = true;
                break;
            case '\'':
                node = SingleQuoted(startLine, startColumn);
                keyable = true;
                break;
            default:
                var (plain, endsWithColon) = BlockPlain(startLine, startColumn);
                if (endsWithColon)
                {
                    return anchor is null && _pos - _lineStart <= MaxKeyColumn ? (plain, true) : throw Outside();
                }

                return (Register(anchor, plain), false);
        }

        if (At(_pos) == ' ')
        {
            SkipSpaces();
        }

        if (At(_pos) == ':' && IsBlankAt(_pos + 1))
        {
            if (!keyable || anchor is not null || _pos - _lineStart > MaxKeyColumn)
            {
                throw Outside();
            }

            _pos++;
            return (node, true);
        }

        return (Register(anchor, node), false);
    }

    private YNode Register(string? anchor, YNode node)
    {
        // Registered once complete, so an alias inside its own anchor's node is unknown here and YamlDotNet decides.
        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    // An alias is the anchored node itself, as in YamlTree; an unknown name is an error YamlDotNet reports.
    private YNode ReadAlias() => _anchors.TryGetValue(ReadName(), out var target) ? target : throw Outside();

    /// <summary>An anchor or alias name after its '&amp;' or '*': letters, digits, '_' and '-', ended by a blank or a flow separator.</summary>
    private string ReadName()
    {
        var start = ++_pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-'))
        {
            _pos++;
        }

        if (_pos == start || !(IsBlankAt(_pos) || _text[_pos] is ',' or ']' or '}'))
        {
            throw Outside();
        }

        return _text[start.._pos];
    }

    /// <summary>Thrown inside the parser to abandon the fast path; never escapes <see cref="TryParse"/>.</summary>
    private sealed class OutsideSubsetException : InvalidOperationException
    {
    }
}
