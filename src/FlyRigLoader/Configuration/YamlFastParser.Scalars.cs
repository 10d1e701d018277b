using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>Scalars of <see cref="YamlFastParser"/>: plain (block and flow), single- and double-quoted, and the string pool.</summary>
internal sealed partial class YamlFastParser
{
    /// <summary>What ended a plain scalar's line: a line break, a key indicator ':' (at pos), or anything else.</summary>
    private enum PlainStop
    {
        LineBreak,
        Colon,
        Other,
    }

    /// <summary>
    /// A plain scalar in block context, up to the line end, a " #" comment or a ": " key indicator (then reported,
    /// with the ':' consumed), continued on deeper lines. Trailing spaces are not part of it.
    /// </summary>
    private (YNode Node, bool EndsWithColon) BlockPlain(int startLine, int startColumn)
    {
        var (node, stop) = Plain(startLine, startColumn, flow: false);
        if (stop == PlainStop.Colon)
        {
            _pos++;
            return (node, true);
        }

        return (node, false);
    }

    /// <summary>A plain scalar inside a flow collection: ends at ',', a bracket, a ": " or a " #" (which ends the line).</summary>
    private YNode FlowPlain(int startLine, int startColumn) => Plain(startLine, startColumn, flow: true).Node;

    /// <summary>
    /// A plain scalar from pos, over as many lines as continue it, folded (a line break is a space, each blank line a
    /// newline); pos is left just after its last non-space character, or on the ':' of a key indicator on its first line.
    /// </summary>
    private (YNode Node, PlainStop Stop) Plain(int startLine, int startColumn, bool flow)
    {
        var start = _pos;
        if (!CanStartPlainAt(_pos, flow))
        {
            throw Outside();
        }

        var (end, stop) = PlainLine(flow);
        if (stop != PlainStop.LineBreak || !ContinuesPlain(flow, out var ahead))
        {
            // A block key keeps pos on its ':'; in a flow mapping the key's ':' is found after any spaces.
            _pos = stop == PlainStop.Colon && !flow ? _pos : end;
            return (Scalar(startLine, startColumn, Text(start, end), ScalarStyle.Plain), stop);
        }

        var builder = Builder().Append(_text, start, end - start);
        do
        {
            MoveTo(ahead);
            AppendFold(builder, ahead.Breaks, escaped: false);
            var lineStartPos = _pos;
            (end, stop) = PlainLine(flow);
            if (stop == PlainStop.Colon)
            {
                // A key spread over lines is an error YamlDotNet reports.
                throw Outside();
            }

            builder.Append(_text, lineStartPos, end - lineStartPos);
        }
        while (stop == PlainStop.LineBreak && ContinuesPlain(flow, out ahead));

        _pos = end;
        return (Scalar(startLine, startColumn, Pooled(builder), ScalarStyle.Plain), stop);
    }

    /// <summary>The rest of a plain scalar's line: the end of its text (trailing spaces excluded) and what stopped it, at pos.</summary>
    private (int End, PlainStop Stop) PlainLine(bool flow)
    {
        var end = _pos;
        while (_pos < _length)
        {
            var c = _text[_pos];
            if (c is '\n' or '\r')
            {
                return (end, PlainStop.LineBreak);
            }

            if (c == ':' && (flow || IsBlankAt(_pos + 1)))
            {
                if (flow && !IsBlankAt(_pos + 1))
                {
                    // "a:b" inside a flow collection follows rules that differ between YAML versions.
                    throw Outside();
                }

                return (end, PlainStop.Colon);
            }

            if (c == '#' && _text[_pos - 1] == ' ')
            {
                return (end, PlainStop.Other);
            }

            if (flow && c is ',' or '[' or ']' or '{' or '}')
            {
                return (end, PlainStop.Other);
            }

            if (c == '*' && _text[_pos - 1] == ' ')
            {
                // After " *" YamlDotNet no longer ends the scalar at ": " ("b *c: 1" is one scalar); left to it.
                // Brackets and braces inside a block plain scalar (regexes such as \d{8}, parts[-2]) are ordinary text.
                throw Outside();
            }

            _pos++;
            if (c != ' ')
            {
                end = _pos;
            }
        }

        return (end, PlainStop.Other);
    }

    // Indicators cannot start a plain scalar, except '-' before a non-blank ("-7", "-foo"), which in a flow collection
    // must not be a flow indicator either.
    private bool CanStartPlainAt(int index, bool flow) => At(index) switch
    {
        '-' => !IsBlankAt(index + 1) && !(flow && At(index + 1) is ',' or '[' or ']' or '{' or '}'),
        '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
        '\0' or ' ' or '\n' or '\r' => false,
        _ => true,
    };

    private string Text(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        if (span.Length > MaxPooledLength)
        {
            return span.ToString();
        }

        // Vial numbers are one or two digits; a table answers those without hashing.
        if (span.Length == 1 && span[0] < SingleChars.Length)
        {
            return SingleChars[span[0]];
        }

        if (span.Length == 2 && char.IsAsciiDigit(span[0]) && char.IsAsciiDigit(span[1]))
        {
            return TwoDigits[((span[0] - '0') * 10) + (span[1] - '0')];
        }

        if (_poolLookup.TryGetValue(span, out var shared))
        {
            return shared;
        }

        shared = span.ToString();
        _pool.Add(shared, shared);
        return shared;
    }

    private string Pooled(StringBuilder builder)
    {
        if (builder.Length > MaxPooledLength)
        {
            return builder.ToString();
        }

        Span<char> chars = stackalloc char[builder.Length];
        builder.CopyTo(0, chars, builder.Length);
        if (_poolLookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        shared = chars.ToString();
        _pool.Add(shared, shared);
        return shared;
    }

    // ---- quoted scalars (single line only) ------------------------------------------------------------------------

    private YNode SingleQuoted(int startLine, int startColumn)
    {
        var start = ++_pos;
        var close = From(start).IndexOfAny('\'', '\n', '\r');
        if (close >= 0 && _text[start + close] == '\'' && At(start + close + 1) != '\'')
        {
            _pos = start + close + 1;
            return Scalar(startLine, startColumn, Text(start, start + close), ScalarStyle.SingleQuoted);
        }

        // '' stands for one quote; a line break folds.
        var builder = Builder();
        var spaces = -1;
        _pos = start;
        while (true)
        {
            var c = At(_pos);
            if (c == '\0')
            {
                throw Outside();
            }

            if (c is '\n' or '\r')
            {
                FoldQuotedBreak(builder, spaces, escaped: false);
                spaces = -1;
                continue;
            }

            _pos++;
            if (c == '\'')
            {
                if (At(_pos) != '\'')
                {
                    break;
                }

                _pos++;
            }

            spaces = c != ' ' ? -1 : spaces < 0 ? builder.Length : spaces;
            builder.Append(c);
        }

        return Scalar(startLine, startColumn, Pooled(builder), ScalarStyle.SingleQuoted);
    }

    private YNode DoubleQuoted(int startLine, int startColumn)
    {
        var start = ++_pos;
        var stop = From(start).IndexOfAny(DoubleQuotedStops);
        if (stop >= 0 && _text[start + stop] == '"')
        {
            _pos = start + stop + 1;
            return Scalar(startLine, startColumn, Text(start, start + stop), ScalarStyle.DoubleQuoted);
        }

        var builder = Builder();
        var spaces = -1;
        while (true)
        {
            var c = At(_pos);
            if (c == '\0')
            {
                throw Outside();
            }

            if (c is '\n' or '\r')
            {
                FoldQuotedBreak(builder, spaces, escaped: false);
                spaces = -1;
                continue;
            }

            _pos++;
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                spaces = c != ' ' ? -1 : spaces < 0 ? builder.Length : spaces;
                builder.Append(c);
            }
            else if (At(_pos) is '\n' or '\r')
            {
                // An escaped line break: the lines join without a space (spaces before the backslash stay).
                FoldQuotedBreak(builder, -1, escaped: true);
                spaces = -1;
            }
            else
            {
                AppendEscape(builder);
                spaces = -1;
            }
        }

        return Scalar(startLine, startColumn, Pooled(builder), ScalarStyle.DoubleQuoted);
    }

    private StringBuilder Builder()
    {
        _escaped ??= new StringBuilder();
        _escaped.Clear();
        return _escaped;
    }

    // The escapes YamlDotNet knows; an escaped line break (a multi-line scalar) or anything else goes to YamlDotNet.
    private void AppendEscape(StringBuilder builder)
    {
        var c = At(_pos);
        _pos++;
        switch (c)
        {
            case '0': builder.Append('\0'); break;
            case 'a': builder.Append('\a'); break;
            case 'b': builder.Append('\b'); break;
            case 't': builder.Append('\t'); break;
            case 'n': builder.Append('\n'); break;
            case 'v': builder.Append('\v'); break;
            case 'f': builder.Append('\f'); break;
            case 'r': builder.Append('\r'); break;
            case 'e': builder.Append('\x1B'); break;
            case ' ': builder.Append(' '); break;
            case '"': builder.Append('"'); break;
            case '/': builder.Append('/'); break;
            case '\\': builder.Append('\\'); break;
            case 'N': builder.Append('\x85'); break;
            case '_': builder.Append('\xA0'); break;
            case 'L': builder.Append('\u2028'); break;
            case 'P': builder.Append('\u2029'); break;
            case 'x': AppendCodePoint(builder, 2); break;
            case 'u': AppendCodePoint(builder, 4); break;
            case 'U': AppendCodePoint(builder, 8); break;
            default: throw Outside();
        }
    }

    private void AppendCodePoint(StringBuilder builder, int digits)
    {
        if (_pos + digits > _length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || !Rune.IsValid(code))
        {
            throw Outside();
        }

        _pos += digits;
        builder.Append(new Rune(code).ToString());
    }
}
