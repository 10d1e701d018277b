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
        var start = pos;
        if (!CanStartPlain(flow: false))
        {
            throw Outside();
        }

        var end = pos;
        var endsWithColon = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == ':' && IsBlankAt(pos + 1))
            {
                endsWithColon = true;
                break;
            }

            if (c == '#' && text[pos - 1] == ' ')
            {
                break;
            }

            if (c is '[' or ']' or '{' or '}' || (c == '*' && text[pos - 1] == ' '))
            {
                // Brackets are legal in block plain scalars but easy to get wrong; after " *" YamlDotNet no longer
                // ends the scalar at ": " ("b *c: 1" is one scalar). Both stay on the reference path.
                throw Outside();
            }

            pos++;
            if (c != ' ')
            {
                end = pos;
            }
        }

        var node = Scalar(startLine, startColumn, Text(start, end), ScalarStyle.Plain);
        if (endsWithColon)
        {
            pos++;
        }
        else
        {
            pos = end;
        }

        return (node, endsWithColon);
    }

    // Indicators cannot start a plain scalar, except '-' before a non-blank ("-7", "-foo"), which in a flow collection
    // must not be a flow indicator either.
    private bool CanStartPlain(bool flow) => At(pos) switch
    {
        '-' => !IsBlankAt(pos + 1) && !(flow && At(pos + 1) is ',' or '[' or ']' or '{' or '}'),
        '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
        '\0' or ' ' or '\n' or '\r' => false,
        _ => true,
    };

    private string Text(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
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

        if (poolLookup.TryGetValue(span, out var shared))
        {
            return shared;
        }

        shared = span.ToString();
        pool.Add(shared, shared);
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
        if (poolLookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        shared = chars.ToString();
        pool.Add(shared, shared);
        return shared;
    }

    // ---- quoted scalars (single line only) ------------------------------------------------------------------------

    private YNode SingleQuoted(int startLine, int startColumn)
    {
        var start = ++pos;
        var close = text.AsSpan(start).IndexOfAny('\'', '\n', '\r');
        if (close < 0 || text[start + close] != '\'')
        {
            throw Outside();
        }

        if (At(start + close + 1) != '\'')
        {
            pos = start + close + 1;
            return Scalar(startLine, startColumn, Text(start, start + close), ScalarStyle.SingleQuoted);
        }

        // '' stands for one quote.
        var builder = Builder();
        pos = start;
        while (true)
        {
            var c = At(pos);
            if (c is '\0' or '\n' or '\r')
            {
                throw Outside();
            }

            pos++;
            if (c == '\'')
            {
                if (At(pos) != '\'')
                {
                    break;
                }

                pos++;
            }

            builder.Append(c);
        }

        return Scalar(startLine, startColumn, Pooled(builder), ScalarStyle.SingleQuoted);
    }

    private YNode DoubleQuoted(int startLine, int startColumn)
    {
        var start = ++pos;
        var stop = text.AsSpan(start).IndexOfAny(DoubleQuotedStops);
        if (stop >= 0 && text[start + stop] == '"')
        {
            pos = start + stop + 1;
            return Scalar(startLine, startColumn, Text(start, start + stop), ScalarStyle.DoubleQuoted);
        }

        var builder = Builder();
        while (true)
        {
            var c = At(pos);
            if (c is '\0' or '\n' or '\r')
            {
                throw Outside();
            }

            pos++;
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

        return Scalar(startLine, startColumn, Pooled(builder), ScalarStyle.DoubleQuoted);
    }

    private StringBuilder Builder()
    {
        escaped ??= new StringBuilder();
        escaped.Clear();
        return escaped;
    }

    // The escapes YamlDotNet knows; an escaped line break (a multi-line scalar) or anything else goes to YamlDotNet.
    private void AppendEscape(StringBuilder builder)
    {
        var c = At(pos);
        pos++;
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
        if (pos + digits > text.Length
            || !int.TryParse(text.AsSpan(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || !Rune.IsValid(code))
        {
            throw Outside();
        }

        pos += digits;
        builder.Append(new Rune(code).ToString());
    }
}
