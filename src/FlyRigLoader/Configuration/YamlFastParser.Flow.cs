namespace FlyRigLoader.Configuration;

/// <summary>Flow collections of <see cref="YamlFastParser"/>: <c>[...]</c> and <c>{...}</c>, on one line or several.</summary>
internal sealed partial class YamlFastParser
{
    private YNode ParseFlowSequence(int startLine, int startColumn, int depth)
    {
        // Counted at the start, where YamlTree counts it, so both paths hold the same total at every alias.
        _expandedSize++;
        _pos++;
        SkipFlowSpace();
        var mark = _itemStack.Count;
        if (At(_pos) == ']')
        {
            _pos++;
            return new YNode(YKind.Sequence, startLine, startColumn) { Items = [] };
        }

        while (true)
        {
            _itemStack.Add(ParseFlowNode(depth + 1));
            SkipFlowSpace();
            var c = At(_pos);
            _pos++;
            if (c == ']')
            {
                break;
            }

            if (c != ',')
            {
                // A ':' would make a single-pair mapping.
                throw Outside();
            }

            SkipFlowSpace();
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
        _expandedSize++;
        _pos++;
        SkipFlowSpace();
        if (At(_pos) == '}')
        {
            _pos++;
            return new YNode(YKind.Mapping, startLine, startColumn) { Pairs = [] };
        }

        var mapping = new OpenMapping(_pairStack.Count);

        while (true)
        {
            var key = ParseFlowKey();
            SkipFlowSpace();
            if (At(_pos) is ',' or '}')
            {
                // An omitted value is positioned at the next token by YamlDotNet; rare enough to leave to it.
                throw Outside();
            }

            var value = ParseFlowNode(depth + 1);
            AddPair(ref mapping, key, value);
            SkipFlowSpace();
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

            SkipFlowSpace();
            if (At(_pos) == '}')
            {
                _pos++;
                break;
            }
        }

        return new YNode(YKind.Mapping, startLine, startColumn) { Pairs = Close(ref mapping) };
    }

    /// <summary>A flow mapping key, a plain or quoted scalar on one line, and its ':' (consumed) before a space or line break.</summary>
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
        if (_line != startLine || At(_pos) != ':' || At(_pos + 1) is not (' ' or '\n' or '\r'))
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

        var startLine = _line;
        var startColumn = Column;
        return At(_pos) switch
        {
            '[' => ParseFlowSequence(startLine, startColumn, depth),
            '{' => ParseFlowMapping(startLine, startColumn, depth),
            '*' => ReadAlias(),
            '"' => DoubleQuoted(startLine, startColumn),
            '\'' => SingleQuoted(startLine, startColumn),
            '&' => AnchoredFlowCollection(startLine, startColumn, depth),
            _ => FlowPlain(startLine, startColumn),
        };
    }

    /// <summary>
    /// An anchored collection inside a flow collection, as PyYAML writes a shared list (<c>tags: &amp;id001 []</c>),
    /// placed at the anchor. Anchored scalars stay with YamlDotNet: version 18 rejects "{a: &amp;x 1, b: 2}".
    /// </summary>
    private YNode AnchoredFlowCollection(int startLine, int startColumn, int depth)
    {
        var name = ReadName();
        ForgetUntilComplete(name);
        SkipSpaces();
        var sizeBefore = _expandedSize;
        var node = At(_pos) switch
        {
            '[' => ParseFlowSequence(startLine, startColumn, depth),
            '{' => ParseFlowMapping(startLine, startColumn, depth),
            _ => throw Outside(),
        };
        return Register(name, node, sizeBefore);
    }
}
