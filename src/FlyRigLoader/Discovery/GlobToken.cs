namespace FlyRigLoader.Discovery;

/// <summary>One element of a compiled <see cref="Glob"/>; every kind except <see cref="GlobTokenKind.Star"/> matches exactly one char.</summary>
internal readonly struct GlobToken
{
    private readonly (char Low, char High)[]? _ranges;
    private readonly bool _negated;

    private GlobToken(GlobTokenKind kind, char c, (char Low, char High)[]? ranges, bool negated)
    {
        Kind = kind;
        Char = c;
        _ranges = ranges;
        _negated = negated;
    }

    public static GlobToken Star => new(GlobTokenKind.Star, '\0', null, false);

    public static GlobToken Any => new(GlobTokenKind.Any, '\0', null, false);

    public GlobTokenKind Kind { get; }

    public char Char { get; }

    public static GlobToken Of(char c) => new(GlobTokenKind.Literal, c, null, false);

    /// <summary>Parses the inside of <c>[…]</c>: leading <c>!</c> negates, <c>a-z</c> is a range, a reversed range matches nothing.</summary>
    public static GlobToken Class(ReadOnlySpan<char> body)
    {
        var negated = body.Length > 0 && body[0] == '!';
        if (negated)
        {
            body = body[1..];
        }

        var ranges = new List<(char, char)>();
        var i = 0;
        while (i < body.Length)
        {
            if (i + 2 < body.Length && body[i + 1] == '-')
            {
                if (body[i] <= body[i + 2])
                {
                    ranges.Add((body[i], body[i + 2]));
                }

                i += 3;
            }
            else
            {
                ranges.Add((body[i], body[i]));
                i++;
            }
        }

        return new GlobToken(GlobTokenKind.Class, '\0', [.. ranges], negated);
    }

    public bool Matches(char c)
    {
        switch (Kind)
        {
            case GlobTokenKind.Literal:
                return c == Char;
            case GlobTokenKind.Any:
                return true;
            case GlobTokenKind.Class:
                foreach (var (low, high) in _ranges!)
                {
                    if (c >= low && c <= high)
                    {
                        return !_negated;
                    }
                }

                return _negated;
            default:
                return false;
        }
    }
}
