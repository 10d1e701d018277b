namespace FlyRigLoader.Discovery;

/// <summary>
/// An fnmatch-style glob (<c>*</c>, <c>?</c>, <c>[seq]</c>, <c>[!seq]</c>; an unclosed <c>[</c> is literal) compiled once and
/// matched ordinally on spans, so rejecting a directory entry allocates nothing. Common shapes (<c>*x*</c>, <c>x*</c>,
/// <c>*x</c>, literal, <c>*</c>) skip the general matcher.
/// </summary>
internal sealed class Glob
{
    private readonly Shape _shape;
    private readonly string _literal;
    private readonly GlobToken[] _tokens;

    private Glob(string source, Shape shape, string literal, GlobToken[] tokens)
    {
        Source = source;
        _shape = shape;
        _literal = literal;
        _tokens = tokens;
    }

    private enum Shape
    {
        Everything,
        Exact,
        Prefix,
        Suffix,
        Contains,
        General,
    }

    /// <summary>The glob text as given.</summary>
    public string Source { get; }

    public static Glob Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var tokens = Tokenize(pattern);
        var start = tokens.Count > 0 && tokens[0].Kind == GlobTokenKind.Star ? 1 : 0;
        var end = tokens.Count > start && tokens[^1].Kind == GlobTokenKind.Star ? tokens.Count - 1 : tokens.Count;
        var coreIsLiteral = true;
        for (var i = start; i < end && coreIsLiteral; i++)
        {
            coreIsLiteral = tokens[i].Kind == GlobTokenKind.Literal;
        }

        if (!coreIsLiteral)
        {
            return new Glob(pattern, Shape.General, string.Empty, [.. tokens]);
        }

        var literal = string.Create(end - start, (tokens, start), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.tokens[state.start + i].Char;
            }
        });
        var leadingStar = start == 1;
        var trailingStar = end < tokens.Count;
        var shape = (leadingStar, trailingStar) switch
        {
            (true, true) when literal.Length == 0 => Shape.Everything,
            (true, true) => Shape.Contains,
            (true, false) when literal.Length == 0 => Shape.Everything,
            (true, false) => Shape.Suffix,
            (false, true) => Shape.Prefix,
            (false, false) => Shape.Exact,
        };
        return new Glob(pattern, shape, literal, [.. tokens]);
    }

    public bool IsMatch(ReadOnlySpan<char> name) => _shape switch
    {
        Shape.Everything => true,
        Shape.Exact => name.SequenceEqual(_literal),
        Shape.Prefix => name.StartsWith(_literal, StringComparison.Ordinal),
        Shape.Suffix => name.EndsWith(_literal, StringComparison.Ordinal),
        Shape.Contains => name.Contains(_literal, StringComparison.Ordinal),
        _ => MatchTokens(_tokens, name),
    };

    /// <inheritdoc/>
    public override string ToString() => Source;

    // Every token but Star consumes exactly one char, so backtracking to the last star is enough (linear in practice, O(n·m) worst case).
    private static bool MatchTokens(GlobToken[] tokens, ReadOnlySpan<char> name)
    {
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < name.Length)
        {
            if (p < tokens.Length && tokens[p].Kind == GlobTokenKind.Star)
            {
                starP = p++;
                starS = s;
            }
            else if (p < tokens.Length && tokens[p].Matches(name[s]))
            {
                p++;
                s++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (p < tokens.Length && tokens[p].Kind == GlobTokenKind.Star)
        {
            p++;
        }

        return p == tokens.Length;
    }

    private static List<GlobToken> Tokenize(string pattern)
    {
        var tokens = new List<GlobToken>(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i++];
            switch (c)
            {
                case '*':
                    if (tokens.Count == 0 || tokens[^1].Kind != GlobTokenKind.Star)
                    {
                        tokens.Add(GlobToken.Star);
                    }

                    break;
                case '?':
                    tokens.Add(GlobToken.Any);
                    break;
                case '[':
                    var close = FindClassEnd(pattern, i);
                    if (close < 0)
                    {
                        tokens.Add(GlobToken.Of('['));
                    }
                    else
                    {
                        tokens.Add(GlobToken.Class(pattern.AsSpan(i, close - i)));
                        i = close + 1;
                    }

                    break;
                default:
                    tokens.Add(GlobToken.Of(c));
                    break;
            }
        }

        return tokens;
    }

    // fnmatch rules: after '[' an optional '!', then a ']' in first position is a member, not the end.
    private static int FindClassEnd(string pattern, int i)
    {
        var j = i;
        if (j < pattern.Length && pattern[j] == '!')
        {
            j++;
        }

        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }

        while (j < pattern.Length && pattern[j] != ']')
        {
            j++;
        }

        return j < pattern.Length ? j : -1;
    }
}
