using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>Flow collections of <see cref="YamlFastParser"/>: <c>[...]</c> and <c>{...}</c> written on one line.</summary>
internal sealed partial class YamlFastParser
{
    private YNode ParseFlowSequence(int startLine, int startColumn, int depth)
    {
        _pos++;
        SkipSpaces();
        var mark = _itemStack.Count;
        if (At(_pos) == ']')
        {
            _pos++;
            return new YNode(YKind.Sequence, startLine, startColumn) { Items = [] };
        }

        while (true)
        {
            _itemStack.Add(ParseFlowNode(depth + 1));
            SkipSpaces();
            var c = At(_pos);
            _pos++;
            if (c == ']')
            {
                break;
            }

            if (c != ',')
            {
                // A ':' would make a single-pair mapping; a line end a multi-line collection.
                throw Outside();
            }

            SkipSpaces();
            if (At(_pos) == ']')
            {
                _pos++;
                break;
            }
        }

        return new YNode(YKind.Sequence, startLine, startColumn) { Items = PopItems(mark) };
    }

    private YNode ParseFlowMapping(int startLine, int startColumn, int depth)
    {
        _pos++;
        SkipSpaces();
        var pairs = new List<KeyValuePair<YNode, YNode>>();
        HashSet<string>? seen = null;
        List<YNode>? merges = null;
        if (At(_pos) == '}')
        {
            _pos++;
            return new YNode(YKind.Mapping, startLine, startColumn) { Pairs = pairs };
        }

        while (true)
        {
            var key = ParseFlowKey();
            SkipSpaces();
            if (At(_pos) is ',' or '}')
            {
                // An omitted value is positioned at the next token by YamlDotNet; rare enough to leave to it.
                throw Outside();
            }

            var value = ParseFlowNode(depth + 1);
            AddPair(pairs, key, value, ref seen, ref merges);
            SkipSpaces();
            var c = At(_pos);
            _pos++;
            if (c == '}')
            {
                break;
            }

            if (c != ',')
            {
                throw Outside();
            }

            SkipSpaces();
            if (At(_pos) == '}')
            {
                _pos++;
                break;
            }
        }

        if (merges is not null)
        {
            YMappingRules.Merge(pairs, merges);
        }

        return new YNode(YKind.Mapping, startLine, startColumn) { Pairs = pairs };
    }

    /// <summary>A flow mapping key, a plain or quoted scalar, and its ": " (consumed up to the ':').</summary>
    private YNode ParseFlowKey()
    {
        var startLine = _line;
        var startColumn = Column;
        var key = At(_pos) switch
        {
            '"' => DoubleQuoted(startLine, startColumn),
            '\'' => SingleQuoted(startLine, startColumn),
            _ => FlowPlain(startLine, startColumn),
        };
        SkipSpaces();
        if (At(_pos) != ':' || At(_pos + 1) != ' ')
        {
            throw Outside();
        }

        _pos++;
        return key;
    }

    private YNode ParseFlowNode(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Outside();
        }

        // No anchors inside flow collections: YamlDotNet 18 rejects "{a: &x 1, b: 2}", and only it should decide such input.
        var startLine = _line;
        var startColumn = Column;
        return At(_pos) switch
        {
            '[' => ParseFlowSequence(startLine, startColumn, depth),
            '{' => ParseFlowMapping(startLine, startColumn, depth),
            '*' => ReadAlias(),
            '"' => DoubleQuoted(startLine, startColumn),
            '\'' => SingleQuoted(startLine, startColumn),
            '&' => throw Outside(),
            _ => FlowPlain(startLine, startColumn),
        };
    }

    /// <summary>A plain scalar inside a flow collection: ends at ',', a bracket, a ':' or a " #" (which ends the line).</summary>
    private YNode FlowPlain(int startLine, int startColumn)
    {
        var start = _pos;
        if (!CanStartPlain(flow: true))
        {
            throw Outside();
        }

        var end = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ',' or '[' or ']' or '{' or '}' or ':' or '\n' or '\r' || (c == '#' && _text[_pos - 1] == ' '))
            {
                break;
            }

            if (c == '*' && _text[_pos - 1] == ' ')
            {
                // See BlockPlain: YamlDotNet reads on past ": " after " *".
                throw Outside();
            }

            _pos++;
            if (c != ' ')
            {
                end = _pos;
            }
        }

        if (At(_pos) == ':' && At(_pos + 1) != ' ')
        {
            // "a:b" inside a flow collection follows rules that differ between YAML versions.
            throw Outside();
        }

        _pos = end;
        return new YNode(YKind.Scalar, startLine, startColumn) { Value = Text(start, end), Style = ScalarStyle.Plain };
    }
}
