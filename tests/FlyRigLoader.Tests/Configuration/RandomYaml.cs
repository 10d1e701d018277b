using System.Globalization;
using System.Text;

namespace FlyRigLoader.Tests.Configuration;

/// <summary>
/// Random YAML documents in the shapes configs take (block and flow collections, every scalar style, comments, anchors,
/// aliases, merge keys, indentless sequences, CRLF, values broken over lines as PyYAML and ruamel.yaml break long ones),
/// mostly valid and sometimes not, for differential parser tests.
/// Driven by one seed so a failing case is reproduced by its seed alone.
/// </summary>
internal sealed class RandomYaml
{
    private const string SafePlain = "abcxyz019_-./";
    private const string Wild = "ab :-#'\"\\&*!|>%@`?,[]{}<~";
    private static readonly string[] Escapes = ["\\n", "\\t", "\\\\", "\\\"", "\\/", "\\x41", "\\u00e9", "\\U0001F600", "\\0", "\\e", "\\N", "\\_", "\\ ", "\\q", "\\uD800"];

    private readonly Random _random;
    private readonly StringBuilder _yaml = new();
    private readonly List<string> _anchors = [];
    private readonly string _newline;
    private readonly int _step;

    // Indent of the block collection whose line is being written: lines that continue a value are placed relative to it.
    private int _wrapIndent = -1;

    private RandomYaml(int seed)
    {
        _random = new Random(seed);
        _newline = _random.Next(6) == 0 ? "\r\n" : "\n";
        _step = _random.Next(1, 5);
    }

    public static string Document(int seed) => new RandomYaml(seed).Build();

    /// <summary><paramref name="text"/> with a few characters inserted, deleted or replaced: mostly malformed or differently structured YAML.</summary>
    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(text);
        const string Inserts = " :-#\t[]{}\"'&*\n!|>,\r";
        for (var n = random.Next(1, 4); n > 0 && sb.Length > 0; n--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(3))
            {
                case 0:
                    sb.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 1:
                    sb.Remove(at, 1);
                    break;
                default:
                    sb[at] = Inserts[random.Next(Inserts.Length)];
                    break;
            }
        }

        return sb.ToString();
    }

    private string Build()
    {
        if (_random.Next(4) == 0)
        {
            _yaml.Append("# generated").Append(_newline);
        }

        if (_random.Next(4) == 0)
        {
            _yaml.Append("---").Append(_newline);
        }

        switch (_random.Next(8))
        {
            case 0:
                BlockSequence(0, 0);
                break;
            case 1:
                _yaml.Append(Wrap(Flow(0))).Append(_newline);
                break;
            default:
                BlockMapping(0, 0, firstInline: false);
                break;
        }

        return _yaml.ToString();
    }

    private void Line(string text) => _yaml.Append(Wrap(text)).Append(Trailer()).Append(_newline).Append(Filler());

    /// <summary>
    /// Sometimes breaks a value's line at its spaces (inside scalars or between flow tokens), with a trailing space,
    /// a blank line or a comment now and then, continuing mostly deeper than the block collection and sometimes not;
    /// a '\u0001' (an escaped line break DoubleQuoted asked for) always becomes a break.
    /// </summary>
    private string Wrap(string text)
    {
        var wrap = _random.Next(4) == 0;
        if (!wrap && !text.Contains('\u0001', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0001' || (wrap && c == ' ' && i > 1 && _random.Next(3) == 0))
            {
                if (c == ' ' && _random.Next(6) == 0)
                {
                    sb.Append(' ');
                }

                sb.Append(_newline);
                if (_random.Next(5) == 0)
                {
                    sb.Append(_random.Next(2) == 0 ? _newline : new string(' ', _wrapIndent + 2) + "# inside" + _newline);
                }

                var next = _random.Next(16) switch
                {
                    0 => 0,
                    1 => _wrapIndent,
                    _ => _wrapIndent + 1 + _random.Next(3),
                };
                sb.Append(' ', Math.Max(0, next));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private string Trailer() => _random.Next(8) switch
    {
        0 => " # note",
        1 => "  ",
        _ => string.Empty,
    };

    private string Filler() => _random.Next(10) switch
    {
        0 => _newline,
        1 => new string(' ', _random.Next(6)) + "# comment" + _newline,
        _ => string.Empty,
    };

    private void BlockMapping(int indent, int depth, bool firstInline)
    {
        var keys = new HashSet<string>();
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            // The first entry of a "- key: value" item continues the dash's line.
            if (!firstInline)
            {
                _yaml.Append(' ', indent);
            }

            firstInline = false;
            _wrapIndent = indent;
            var key = _random.Next(12) == 0 && _anchors.Count > 0 ? "<<" : Key();
            if (_random.Next(15) != 0 && !keys.Add(key))
            {
                key += keys.Count.ToString(CultureInfo.InvariantCulture);
            }

            _yaml.Append(key).Append(':');
            if (key == "<<")
            {
                Line(" *" + _anchors[_random.Next(_anchors.Count)]);
                continue;
            }

            Value(indent, depth, allowIndentless: true);
        }
    }

    private void Value(int indent, int depth, bool allowIndentless)
    {
        var choice = depth > 3 ? _random.Next(5) : _random.Next(9);
        switch (choice)
        {
            case 0 or 1:
                Line(" " + Scalar());
                break;
            case 2:
                Line(" " + Flow(depth));
                break;
            case 3 when _random.Next(3) == 0:
                // An anchor alone on its line, for the block node below (sometimes none); now and then registered
                // first, so aliases inside the node refer to it (a recursive structure).
                var blockAnchor = "a" + _anchors.Count.ToString(CultureInfo.InvariantCulture);
                var early = _random.Next(4) == 0;
                if (early)
                {
                    _anchors.Add(blockAnchor);
                }

                Line(" &" + blockAnchor);
                switch (_random.Next(3))
                {
                    case 0:
                        BlockMapping(indent + _step, depth + 1, firstInline: false);
                        break;
                    case 1:
                        BlockSequence(allowIndentless && _random.Next(2) == 0 ? indent : indent + _step, depth + 1);
                        break;
                }

                if (!early)
                {
                    _anchors.Add(blockAnchor);
                }

                break;
            case 3:
                var anchor = "a" + _anchors.Count.ToString(CultureInfo.InvariantCulture);
                Line(" &" + anchor + " " + (_random.Next(2) == 0 ? Scalar() : Flow(depth)));
                _anchors.Add(anchor);
                break;
            case 4:
                Line(_anchors.Count > 0 && _random.Next(2) == 0 ? " *" + _anchors[_random.Next(_anchors.Count)] : string.Empty);
                break;
            case 5 or 6:
                Line(string.Empty);
                BlockMapping(indent + _step, depth + 1, firstInline: false);
                break;
            default:
                Line(string.Empty);
                BlockSequence(allowIndentless && _random.Next(2) == 0 ? indent : indent + _step, depth + 1);
                break;
        }
    }

    private void BlockSequence(int indent, int depth)
    {
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            _yaml.Append(' ', indent).Append('-');
            _wrapIndent = indent;
            switch (depth > 3 ? _random.Next(3) : _random.Next(6))
            {
                case 0 or 1:
                    Line(" " + Scalar());
                    break;
                case 2:
                    Line(" " + Flow(depth));
                    break;
                case 3:
                    _yaml.Append(' ', _random.Next(1, 3));
                    BlockMapping(_yaml.Length - LastLineStart(), depth + 1, firstInline: true);
                    break;
                case 4:
                    Line(string.Empty);
                    BlockMapping(indent + _step, depth + 1, firstInline: false);
                    break;
                default:
                    Value(indent, depth, allowIndentless: false);
                    break;
            }
        }
    }

    private int LastLineStart()
    {
        for (var i = _yaml.Length - 1; i >= 0; i--)
        {
            if (_yaml[i] == '\n')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private string Flow(int depth)
    {
        var items = new List<string>();
        var mapping = _random.Next(2) == 0;
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            var item = depth < 3 && _random.Next(5) == 0 ? Flow(depth + 1) : Scalar();
            if (_random.Next(8) == 0 && (item.StartsWith('[') || item.StartsWith('{') || _random.Next(4) == 0))
            {
                // PyYAML anchors shared lists and dicts inside flow collections (scalars here are left to YamlDotNet).
                var anchor = "a" + _anchors.Count.ToString(CultureInfo.InvariantCulture);
                item = "&" + anchor + " " + item;
                _anchors.Add(anchor);
            }
            else if (_anchors.Count > 0 && _random.Next(10) == 0)
            {
                item = "*" + _anchors[_random.Next(_anchors.Count)];
            }

            items.Add(mapping ? Key() + ": " + item : item);
        }

        var separator = _random.Next(6) == 0 ? "," : ", ";
        var body = string.Join(separator, items) + (items.Count > 0 && _random.Next(8) == 0 ? "," : string.Empty);
        return mapping ? "{" + body + "}" : "[" + body + "]";
    }

    private string Key() => _random.Next(5) switch
    {
        0 => "\"" + Text(SafePlain, 1, 6) + "\"",
        1 => "'" + Text(SafePlain, 1, 6) + "'",
        _ => Plain(),
    };

    private string Plain()
    {
        var text = Text(SafePlain, 1, 8).Trim();
        return text.Length == 0 || text[0] == '-' ? "k" + text : text;
    }

    private string Scalar() => _random.Next(10) switch
    {
        0 => Text(Wild, 0, 5),
        1 or 2 => "'" + Text(SafePlain + "' \"#:", 0, 8).Replace("'", "''", StringComparison.Ordinal) + "'",
        3 => DoubleQuoted(),
        4 => _random.Next(-50, 500).ToString(CultureInfo.InvariantCulture),
        5 => "2024-0" + _random.Next(1, 10).ToString(CultureInfo.InvariantCulture) + "-1" + _random.Next(0, 10).ToString(CultureInfo.InvariantCulture),
        _ => Plain() + (_random.Next(4) == 0 ? " " + Plain() : string.Empty),
    };

    private string DoubleQuoted()
    {
        var sb = new StringBuilder("\"");
        for (var i = _random.Next(0, 6); i > 0; i--)
        {
            sb.Append(_random.Next(4) == 0 ? Escapes[_random.Next(Escapes.Length)] : Text(SafePlain + " '#:", 1, 3));
            if (_random.Next(12) == 0)
            {
                sb.Append(_random.Next(2) == 0 ? "\\\u0001" : "  \\\u0001");
            }
        }

        return sb.Append('"').ToString();
    }

    private string Text(string alphabet, int min, int max)
    {
        var chars = new char[_random.Next(min, max + 1)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
