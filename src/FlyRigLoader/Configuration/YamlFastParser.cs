using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>
/// A hand-written parser for the YAML subset config files use, whichever common writer wrote them (PyYAML, ruamel.yaml,
/// by hand): block mappings and sequences (including indentless sequences and <c>- key: value</c> items), flow
/// <c>[...]</c>/<c>{...}</c> collections on one line or several, plain, single- and double-quoted scalars (folded over
/// lines), comments, a leading <c>---</c>, anchors (on inline values, on the block node below an anchor alone on its
/// line, and on flow collections inside flow collections), aliases, and <c>&lt;&lt;</c> merge keys. It builds the same
/// <see cref="YNode"/> tree, with the same positions and expanded size, as <see cref="YamlTree.ParseWithYamlDotNet"/>.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner allocates tens of bytes per input character, which made a 3 MB config take most of a second;
/// this parser walks the string once, allocates only the nodes, and shares repeated short scalars (vial numbers,
/// dates, key names). It is deliberately strict: anything outside the subset — block scalars, tags, explicit keys,
/// tabs, odd indentation (continuation lines not deeper than their block), anchored scalars inside flow collections,
/// aliases past the expansion budget, and every malformed input — makes <see cref="TryParse(string)"/> return null,
/// so the caller re-parses with YamlDotNet and behaviour (including error messages) never changes.
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

    /// <summary>
    /// Texts of at least this many characters have their scalar lists packed (<see cref="YScalarList"/>). Packing
    /// shrinks a tree that lives long enough to be promoted (a 3 MB config's from 40 MB to 8 MB retained); a smaller text's
    /// tree (~14 bytes per character, under a megabyte here) dies young anyway, and packing its lists only cost time:
    /// +9 % on the suite's 2 KB config and +8 % on its 42 KB one, side by side.
    /// </summary>
    internal const int PackFromLength = 256 * 1024;

    // Tabs (indentation rules), non-printable and non-BMP characters, BOMs and the Unicode line breaks NEL/LS/PS all
    // have special YAML rules; text containing any of them goes to YamlDotNet.
    private static readonly SearchValues<char> OutsideSubset = SearchValues.Create(OutsideSubsetChars());
    private static readonly string[] SingleChars = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];
    private static readonly string[] TwoDigits = [.. Enumerable.Range(0, 100).Select(n => n.ToString("D2", CultureInfo.InvariantCulture))];
    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");

    private readonly char[] _text;
    private readonly int _length;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _poolLookup;
    private readonly Dictionary<string, (YNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
    private readonly List<(YNode Key, string Name)> _duplicates = [];
    private readonly List<YNode> _itemStack = [];

    // Entries of the mappings being read, innermost last (a mapping's list is made at its exact size when it closes),
    // and duplicate-key sets of closed mappings for reuse: a large config has a thousand mappings past the linear limit.
    private readonly List<KeyValuePair<YNode, YNode>> _pairStack = [];
    private readonly Stack<HashSet<string>> _spareSets = new();

    // Scalar nodes an anchor names (an alias is that very node): a list holding one keeps its nodes (see Pack).
    private readonly HashSet<YNode> _anchored = new(ReferenceEqualityComparer.Instance);
    private readonly bool _packLists;
    private YScalarShapes? _shapes;

    // Item nodes of packed lists, which nothing refers to once packed: the next scalars reuse them (a large config's
    // 470,000 vial numbers would otherwise be as many 48-byte nodes built and dropped). Made at the first packed list:
    // small texts, never packed, must not pay for it (+40 B per load was an allocation regression side by side).
    private List<YNode>? _spareScalars;

    // Scratch for packing a list before its shape is looked up (made at the first list, grown as needed, shared by
    // every list of the parse).
    private string[] _packValues = [];
    private int[] _packLines = [];
    private int[] _packColumns = [];
    private ScalarStyle[] _packStyles = [];
    private readonly long _budget;
    private StringBuilder? _escaped;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // The tree's expanded size so far (YamlExpansion): kept exactly as YamlTree keeps it, so both paths agree.
    private long _expandedSize;

    // Indent of the line pos is on (pos is at its first non-space character), or -1 at the end of the text.
    private int _indent;

    // Indent of the block collection around the inline node being read (-1 at the root): lines that continue a scalar
    // or a flow collection must be deeper.
    private int _contextIndent = -1;

    // A "---" at column 1 is fine until the first node; after it, a marker means a second document.
    private bool _beforeFirstNode = true;

    private YamlFastParser(YamlText text, bool packLists)
    {
        _packLists = packLists;
        _text = text.Buffer;
        _length = text.Length;
        _budget = YamlExpansion.Budget(text.Length);
        _poolLookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parsed document, or null when the text is outside the subset (including when it is malformed).</summary>
    public static YamlTree.Document? TryParse(string text) => TryParse(text, out _);

    /// <summary>
    /// As <see cref="TryParse(string)"/>; when it returns null, <paramref name="fallback"/> says where (line:column of
    /// the text) and in which rule the text left the subset.
    /// </summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="fallback">Where and why the text left the subset, when it did.</param>
    /// <param name="packLists">Pack scalar lists (default: when the text has at least <see cref="PackFromLength"/> characters); tests force either.</param>
    public static YamlTree.Document? TryParse(string text, out string? fallback, bool? packLists = null)
    {
        using var pooled = YamlText.Of(text);
        return TryParse(pooled, out fallback, packLists);
    }

    /// <inheritdoc cref="TryParse(string, out string?, bool?)"/>
    public static YamlTree.Document? TryParse(YamlText text, out string? fallback, bool? packLists = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        fallback = null;
        var outside = text.Span.IndexOfAny(OutsideSubset);
        if (outside >= 0)
        {
            fallback = string.Create(CultureInfo.InvariantCulture, $"character U+{(int)text.Span[outside]:X4} at offset {outside}");
            return null;
        }

        try
        {
            return new YamlFastParser(text, packLists ?? text.Length >= PackFromLength).ParseStream();
        }
        catch (OutsideSubsetException ex)
        {
            fallback = ex.Message;
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

    // Where and in which rule the fast path gave up; only built when it does, for tests and diagnostics.
    private OutsideSubsetException Outside([CallerMemberName] string rule = "", [CallerLineNumber] int sourceLine = 0) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{_line}:{Column} ({rule}, YamlFastParser line {sourceLine})"));

    private int Column => _pos - _lineStart + 1;

    private char At(int index) => index < _length ? _text[index] : '\0';

    // The text from start to its end; the pooled buffer runs on past _length with stale characters.
    private ReadOnlySpan<char> From(int start) => _text.AsSpan(start, _length - start);

    // A character that ends a token: space, line end or end of text.
    private bool IsBlankAt(int index) => index >= _length || _text[index] is ' ' or '\n' or '\r';

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
            return new YamlTree.Document(null, 0, null, _duplicates, 0);
        }

        if (IsMarkerAt(_pos, '-') || IsMarkerAt(_pos, '.'))
        {
            throw Outside();
        }

        var root = ParseBlockNode(-1, 0);
        return _indent >= 0 ? throw Outside() : new YamlTree.Document(root, 1, null, _duplicates, _expandedSize);
    }

    private bool IsMarkerAt(int index, char c) =>
        At(index) == c && At(index + 1) == c && At(index + 2) == c && IsBlankAt(index + 3);

    // ---- lines ----------------------------------------------------------------------------------------------------

    private void FirstContentLine()
    {
        while (_pos < _length && _text[_pos] == ' ')
        {
            _pos++;
        }

        if (_pos < _length && _text[_pos] is not ('\n' or '\r' or '#'))
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
            if (_pos >= _length)
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
            while (_pos < _length && _text[_pos] == ' ')
            {
                _pos++;
            }

            if (_pos >= _length)
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

        var end = From(_pos).IndexOfAny('\n', '\r');
        _pos = end < 0 ? _length : _pos + end;
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

        if (_pos < _length && _text[_pos] is not ('\n' or '\r'))
        {
            throw Outside();
        }
    }

    private void SkipSpaces()
    {
        while (_pos < _length && _text[_pos] == ' ')
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

        var (node, isKey) = ParseInlineOrKey(depth, parentIndent);
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
        // Counted after its first key, which is never an alias, so the totals at every alias match YamlTree's.
        _expandedSize++;
        var mapping = new OpenMapping(_pairStack.Count);
        var key = firstKey;
        while (true)
        {
            var value = ParseMappingValue(mapIndent, depth + 1);
            AddPair(ref mapping, key, value);
            if (_indent < mapIndent)
            {
                break;
            }

            if (_indent > mapIndent || IsSequenceEntry())
            {
                throw Outside();
            }

            (key, var isKey) = ParseInlineOrKey(depth + 1, mapIndent);
            if (!isKey)
            {
                throw Outside();
            }
        }

        return new YNode(YKind.Mapping, firstKey.Line, firstKey.Column) { Pairs = Close(ref mapping) };
    }

    private void AddPair(ref OpenMapping mapping, YNode key, YNode value)
    {
        if (YMappingRules.IsMergeKey(key))
        {
            (mapping.Merges ??= []).Add(value);
        }
        else if (!YMappingRules.IsNewKey(CollectionsMarshal.AsSpan(_pairStack)[mapping.Mark..], ref mapping.Seen, key.Value, _spareSets))
        {
            _duplicates.Add((key, key.Value));
        }
        else
        {
            _pairStack.Add(new(key, value));
        }
    }

    /// <summary>The mapping's entries as a list of their exact size, merge keys applied; its duplicate set goes back to the spares.</summary>
    private List<KeyValuePair<YNode, YNode>> Close(ref OpenMapping mapping)
    {
        var count = _pairStack.Count - mapping.Mark;
        var pairs = new List<KeyValuePair<YNode, YNode>>(count);
        pairs.AddRange(CollectionsMarshal.AsSpan(_pairStack).Slice(mapping.Mark, count));
        _pairStack.RemoveRange(mapping.Mark, count);
        if (mapping.Merges is not null)
        {
            YMappingRules.Merge(pairs, mapping.Merges);
        }

        if (mapping.Seen is { } seen)
        {
            seen.Clear();
            _spareSets.Push(seen);
        }

        return pairs;
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
            return NodeBelow(mapIndent, depth, afterColon.Line, afterColon.Column, indentless: true);
        }

        if (TryAnchorAlone(out var anchor))
        {
            return Anchored(anchor, NodeBelow(mapIndent, depth, anchor.Line, anchor.Column, indentless: true));
        }

        if (IsSequenceEntry())
        {
            throw Outside();
        }

        var (node, isKey) = ParseInlineOrKey(depth, mapIndent);
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
    /// The node on the lines below a mapping value's ':' or a sequence entry's '-' that ended their line (pos is on the
    /// next content line): deeper lines hold it, an indentless sequence may continue a mapping value, and otherwise the
    /// node is empty, placed where YamlDotNet places it.
    /// </summary>
    private YNode NodeBelow(int parentIndent, int depth, int emptyLine, int emptyColumn, bool indentless)
    {
        if (_indent > parentIndent)
        {
            return ParseBlockNode(parentIndent, depth);
        }

        if (indentless && _indent == parentIndent && IsSequenceEntry())
        {
            return ParseBlockSequence(parentIndent, indentless: true, depth);
        }

        return EmptyScalar(emptyLine, emptyColumn);
    }

    /// <summary>
    /// An anchor alone on its line (a comment may follow), as in <c>base: &amp;base</c> before a block mapping: reads
    /// it and moves to the next content line. False, with pos unchanged, when anything else follows the name.
    /// </summary>
    private bool TryAnchorAlone(out PendingAnchor anchor)
    {
        anchor = default;
        if (At(_pos) != '&')
        {
            return false;
        }

        var start = _pos;
        var (anchorLine, anchorColumn) = (_line, Column);
        var name = ReadName();
        SkipSpaces();
        if (!AtLineEndOrComment())
        {
            _pos = start;
            return false;
        }

        anchor = new PendingAnchor(name, anchorLine, anchorColumn, _expandedSize);
        ForgetUntilComplete(name);
        SkipComment();
        NextContentLine();
        if (_indent >= 0 && At(_pos) is '&' or '*' or '!')
        {
            // A second anchor, an alias or a tag for the same node: YamlDotNet decides.
            throw Outside();
        }

        return true;
    }

    /// <summary>The node below an anchor line, placed at the anchor as YamlDotNet places it, and registered.</summary>
    private YNode Anchored(PendingAnchor anchor, YNode node)
    {
        var placed = node.Kind switch
        {
            YKind.Scalar => new YNode(YKind.Scalar, anchor.Line, anchor.Column) { Value = node.Value, Style = node.Style },
            YKind.Sequence => new YNode(YKind.Sequence, anchor.Line, anchor.Column) { Items = node.Items },
            _ => new YNode(YKind.Mapping, anchor.Line, anchor.Column) { Pairs = node.Pairs },
        };
        _anchors.TryAdd(anchor.Name, (placed, _expandedSize - anchor.SizeBefore));
        _anchored.Add(placed);
        return placed;
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
        _expandedSize++;
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
                item = NodeBelow(seqIndent, depth + 1, afterDash.Line, afterDash.Column, indentless: false);
            }
            else if (IsSequenceEntry())
            {
                throw Outside();
            }
            else if (TryAnchorAlone(out var anchor))
            {
                item = Anchored(anchor, NodeBelow(seqIndent, depth + 1, anchor.Line, anchor.Column, indentless: false));
            }
            else
            {
                var itemIndent = _pos - _lineStart;
                var (node, isKey) = ParseInlineOrKey(depth + 1, seqIndent);
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

    private IReadOnlyList<YNode> PopItems(int mark)
    {
        var count = _itemStack.Count - mark;
        var items = Pack(CollectionsMarshal.AsSpan(_itemStack).Slice(mark, count));
        _itemStack.RemoveRange(mark, count);
        return items;
    }

    /// <summary>
    /// A sequence's items: packed (<see cref="YScalarList"/>) when every one is a scalar no anchor names, else an array
    /// of the nodes. The item nodes of a packed list die young; what lives on is one small object per list.
    /// </summary>
    private IReadOnlyList<YNode> Pack(ReadOnlySpan<YNode> items)
    {
        if (!_packLists || items.IsEmpty)
        {
            return items.ToArray();
        }

        foreach (var item in items)
        {
            if (item.Kind != YKind.Scalar || item.Tag is not null || (_anchored.Count > 0 && _anchored.Contains(item)))
            {
                return items.ToArray();
            }
        }

        if (_packValues.Length < items.Length)
        {
            var size = Math.Max(Math.Max(items.Length, 16), _packValues.Length * 2);
            _packValues = new string[size];
            _packLines = new int[size];
            _packColumns = new int[size];
            _packStyles = new ScalarStyle[size];
        }

        var (line, column) = (items[0].Line, items[0].Column);
        for (var i = 0; i < items.Length; i++)
        {
            _packValues[i] = items[i].Value;
            _packLines[i] = items[i].Line - line;
            _packColumns[i] = items[i].Column - column;
            _packStyles[i] = items[i].Style;
        }

        var shape = (_shapes ??= new YScalarShapes()).Intern(_packValues.AsSpan(0, items.Length), _packLines.AsSpan(0, items.Length), _packColumns.AsSpan(0, items.Length), _packStyles.AsSpan(0, items.Length));
        (_spareScalars ??= []).AddRange(items);
        return new YScalarList(shape, line, column);
    }

    // YamlDotNet places an omitted value just after its ':' or '-' indicator.
    private YNode EmptyScalar(int line, int column) => Scalar(line, column, string.Empty, ScalarStyle.Plain);

    private YNode Scalar(int line, int column, string value, ScalarStyle style)
    {
        _expandedSize += YamlExpansion.ScalarSize(value);
        if (_spareScalars is { Count: > 0 } spares)
        {
            var spare = spares[^1];
            spares.RemoveAt(spares.Count - 1);
            spare.Recycle(line, column, value, style);
            return spare;
        }

        return new YNode(YKind.Scalar, line, column) { Value = value, Style = style };
    }

    /// <summary>
    /// A node starting on the current line (scalars and flow collections may continue on deeper lines), or an implicit
    /// mapping key: a scalar on one line followed by ": " (the ':' is consumed).
    /// Anchors are accepted on values that follow on the same line; the node then starts at the anchor, as in YamlDotNet.
    /// </summary>
    private (YNode Node, bool IsKey) ParseInlineOrKey(int depth, int blockIndent)
    {
        if (depth > MaxDepth)
        {
            throw Outside();
        }

        _contextIndent = blockIndent;

        var startLine = _line;
        var startColumn = Column;
        var sizeBefore = _expandedSize;
        string? anchor = null;
        if (At(_pos) == '&')
        {
            anchor = ReadName();
            ForgetUntilComplete(anchor);
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

                return (Register(anchor, plain, sizeBefore), false);
        }

        if (At(_pos) == ' ')
        {
            SkipSpaces();
        }

        if (At(_pos) == ':' && IsBlankAt(_pos + 1))
        {
            // A key must sit on one line: a quoted scalar spread over lines cannot be one.
            if (!keyable || anchor is not null || _line != startLine || _pos - _lineStart > MaxKeyColumn)
            {
                throw Outside();
            }

            _pos++;
            return (node, true);
        }

        return (Register(anchor, node, sizeBefore), false);
    }

    private YNode Register(string? anchor, YNode node, long sizeBefore)
    {
        if (anchor is not null)
        {
            _anchors.TryAdd(anchor, (node, _expandedSize - sizeBefore));
            _anchored.Add(node);
        }

        return node;
    }

    /// <summary>
    /// An anchor names its node from where it is written, but the node is registered once complete. Meanwhile the name is
    /// unknown, so an alias inside the node (recursive, refused by YamlDotNet) hands the text over instead of finding an
    /// older node of that name; a redefinition inside the node is newer and stays (hence TryAdd on completion).
    /// </summary>
    private void ForgetUntilComplete(string anchor) => _anchors.Remove(anchor);

    /// <summary>
    /// An alias is the anchored node itself, as in YamlTree. An unknown name, or an alias past the expansion budget, is an
    /// error YamlDotNet reports (with the same count, so at the same alias); this path stops as soon as it sees it.
    /// </summary>
    private YNode ReadAlias()
    {
        if (!_anchors.TryGetValue(ReadName(), out var target))
        {
            throw Outside();
        }

        _expandedSize += target.Size;
        return _expandedSize > _budget ? throw Outside() : target.Node;
    }

    /// <summary>An anchor or alias name after its '&amp;' or '*': letters, digits, '_' and '-', ended by a blank or a flow separator.</summary>
    private string ReadName()
    {
        var start = ++_pos;
        while (_pos < _length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-'))
        {
            _pos++;
        }

        if (_pos == start || !(IsBlankAt(_pos) || _text[_pos] is ',' or ']' or '}'))
        {
            throw Outside();
        }

        return new string(_text, start, _pos - start);
    }

    /// <summary>An anchor read on a line of its own, for the node on the lines below: name, position, and the size count before the node.</summary>
    private readonly record struct PendingAnchor(string Name, int Line, int Column, long SizeBefore);

    /// <summary>A mapping being read: its entries on the pair stack from Mark, its duplicate-key set once it has one, its merge values.</summary>
    private struct OpenMapping(int mark)
    {
        public readonly int Mark = mark;
        public HashSet<string>? Seen;
        public List<YNode>? Merges;
    }

    /// <summary>Thrown inside the parser to abandon the fast path; never escapes <see cref="TryParse(string)"/>.</summary>
    private sealed class OutsideSubsetException(string message) : InvalidOperationException(message)
    {
    }
}
