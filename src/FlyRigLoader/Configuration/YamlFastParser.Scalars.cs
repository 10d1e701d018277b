using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace FlyRigLoader.Configuration;

/// <summary>Scalars of <see cref="YamlFastParser"/>: plain (block and flow), single- and double-quoted, and the string pool.</summary>
internal sealed partial class YamlFastParser
{
    /// <summary>
    /// A plain scalar in block context, up to the line end, a " #" comment or a ": " key indicator (then reported,
    /// with the ':' consumed). Trailing spaces are not part of it.
    /// </summary>
    private (YNode Node, bool EndsWithColon) BlockPlain(int startLine, int startColumn)
    {
        var start = _pos;
        if (!CanStartPlain(flow: false))
        {
            throw Outside();
        }

        var end = _pos;
        var endsWithColon = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == ':' && IsBlankAt(_pos + 1))
            {
                endsWithColon = true;
                break;
            }

            if (c == '#' && _text[_pos - 1] == ' ')
            {
                break;
            }

            if (c is '[' or ']' or '{' or '}' || (c == '*' && _text[_pos - 1] == ' '))
            {
                // Brackets are legal in block plain scalars but easy to get wrong; after " *" YamlDotNet no longer
                // ends the scalar at ": " ("b *c: 1" is one scalar). Both stay on the reference path.
                throw Outside();
            }

            _pos++;
            if (c != ' ')
            {
                end = _pos;
            }
        }

        var node = new YNode(YKind.Scalar, startLine, startColumn) { Value = Text(start, end), Style = ScalarStyle.Plain };
        if (endsWithColon)
        {
            _pos++;
        }
        else
        {
            _pos = end;
        }

        return (node, endsWithColon);
    }

    // Indicators cannot start a plain scalar, except '-' before a non-blank ("-7", "-foo"), which in a flow collection
    // must not be a flow indicator either.
    private bool CanStartPlain(bool flow) => At(_pos) switch
    {
        '-' => !IsBlankAt(_pos + 1) && !(flow && At(_pos + 1) is ',' or '[' or ']' or '{' or '}'),
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
        var close = _text.AsSpan(start).IndexOfAny('\'', '\n', '\r');
        if (close < 0 || _text[start + close] != '\'')
        {
            throw Outside();
        }

        if (At(start + close + 1) != '\'')
        {
            _pos = start + close + 1;
            return new YNode(YKind.Scalar, startLine, startColumn) { Value = Text(start, start + close), Style = ScalarStyle.SingleQuoted };
        }

        // '' stands for one quote.
        var builder = Builder();
        _pos = start;
        while (true)
        {
            var c = At(_pos);
            if (c is '\0' or '\n' or '\r')
            {
                throw Outside();
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

            builder.Append(c);
        }

        return new YNode(YKind.Scalar, startLine, startColumn) { Value = Pooled(builder), Style = ScalarStyle.SingleQuoted };
    }

    private YNode DoubleQuoted(int startLine, int startColumn)
    {
        var start = ++_pos;
        var stop = _text.AsSpan(start).IndexOfAny(DoubleQuotedStops);
        if (stop >= 0 && _text[start + stop] == '"')
        {
            _pos = start + stop + 1;
            return new YNode(YKind.Scalar, startLine, startColumn) { Value = Text(start, start + stop), Style = ScalarStyle.DoubleQuoted };
        }

        var builder = Builder();
        while (true)
        {
            var c = At(_pos);
            if (c is '\0' or '\n' or '\r')
            {
                throw Outside();
            }

            _pos++;
            if (c == '"')
            {
                break;
            }

            if (c == '\\')
            {
                AppendEscape(builder);
            }
            else
            {
                builder.Append(c);
            }
        }

        return new YNode(YKind.Scalar, startLine, startColumn) { Value = Pooled(builder), Style = ScalarStyle.DoubleQuoted };
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
        if (_pos + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || !Rune.IsValid(code))
        {
            throw Outside();
        }

        _pos += digits;
        builder.Append(new Rune(code).ToString());
    }
}
