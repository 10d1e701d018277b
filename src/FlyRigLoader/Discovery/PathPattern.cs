using FlyRigLoader.Errors;

namespace FlyRigLoader.Discovery;

/// <summary>
/// A <c>/</c>-separated glob over a path relative to the search root, run as a tiny NFA: a state is "the next segment to
/// match", kept as a bit set, so each directory costs one <see cref="Advance"/> and each file one <see cref="AcceptsFile"/>,
/// and a directory whose state set is empty is never opened.
/// </summary>
internal sealed class PathPattern
{
    private const int MaxSegments = 63;

    // A null segment is "**": zero or more directories.
    private readonly Glob?[] _segments;

    private PathPattern(Glob?[] segments)
    {
        _segments = segments;
        InitialStates = Closure(1UL);
    }

    /// <summary>The states before any directory has been entered (the search root).</summary>
    public ulong InitialStates { get; }

    /// <summary>Compiles <paramref name="pattern"/>; <paramref name="recursive"/> prepends <c>**</c> unless one is present.</summary>
    public static PathPattern Compile(string pattern, bool recursive)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw Invalid(pattern ?? string.Empty, "the pattern is empty");
        }

        var text = pattern;
        while (text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.StartsWith('/'))
        {
            throw Invalid(pattern, "the pattern is absolute; it must be relative to the searched directory");
        }

        var segments = new List<Glob?>();
        foreach (var part in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                throw Invalid(pattern, "'..' segments are not supported");
            }

            if (part == ".")
            {
                continue;
            }

            // Consecutive "**" mean the same as one and would only add states.
            if (part == "**")
            {
                if (segments.Count == 0 || segments[^1] is not null)
                {
                    segments.Add(null);
                }

                continue;
            }

            segments.Add(Glob.Compile(part));
        }

        if (segments.Count == 0)
        {
            throw Invalid(pattern, "the pattern has no file-name part");
        }

        if (recursive && !segments.Contains(null))
        {
            segments.Insert(0, null);
        }

        // pathlib's trailing "**" yields directories only; since discovery returns files, it means every file below.
        if (segments[^1] is null)
        {
            segments.Add(Glob.Compile("*"));
        }

        if (segments.Count > MaxSegments)
        {
            throw Invalid(pattern, $"the pattern has more than {MaxSegments} segments");
        }

        return new PathPattern([.. segments]);
    }

    /// <summary>The states after entering a directory called <paramref name="directoryName"/>; 0 means nothing below can match.</summary>
    public ulong Advance(ulong states, ReadOnlySpan<char> directoryName)
    {
        var next = 0UL;
        var last = _segments.Length - 1;
        for (var i = 0; i < last; i++)
        {
            if ((states & (1UL << i)) == 0)
            {
                continue;
            }

            var segment = _segments[i];
            if (segment is null)
            {
                next |= 1UL << i;
            }
            else if (segment.IsMatch(directoryName))
            {
                next |= 1UL << (i + 1);
            }
        }

        return Closure(next);
    }

    /// <summary>Whether a file called <paramref name="fileName"/> in a directory with <paramref name="states"/> matches.</summary>
    public bool AcceptsFile(ulong states, ReadOnlySpan<char> fileName)
    {
        var last = _segments.Length - 1;
        return (states & (1UL << last)) != 0 && _segments[last]!.IsMatch(fileName);
    }

    private static DiscoveryException Invalid(string pattern, string why) =>
        new(DiscoveryErrorCodes.InvalidGlob, $"Invalid file pattern '{pattern}': {why}.", hint: "Use a relative glob such as '*.pkl', '**/*.pkl' or '2024-*/*.csv'.");

    // "**" may also match zero directories, so being at it means being at the segment after it too.
    private ulong Closure(ulong states)
    {
        for (var i = 0; i < _segments.Length - 1; i++)
        {
            if ((states & (1UL << i)) != 0 && _segments[i] is null)
            {
                states |= 1UL << (i + 1);
            }
        }

        return states;
    }
}
