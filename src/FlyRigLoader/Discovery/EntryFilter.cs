namespace FlyRigLoader.Discovery;

/// <summary>The compiled filters of one request: pattern, extensions, ignore globs and mandatory substrings, all span-based.</summary>
internal sealed class EntryFilter
{
    private readonly string[]? _extensions;
    private readonly Glob[] _ignore;
    private readonly string[] _mandatory;

    public EntryFilter(PathPattern pattern, IReadOnlyList<string>? extensions, IReadOnlyList<string> ignoreGlobs, IReadOnlyList<string> mandatory)
    {
        Pattern = pattern;
        _extensions = extensions?.Select(e => e.StartsWith('.') ? e : "." + e).ToArray();
        _ignore = [.. ignoreGlobs.Select(Glob.Compile)];
        _mandatory = [.. mandatory.Where(m => m.Length > 0)];
    }

    public PathPattern Pattern { get; }

    /// <summary>Starts reading one directory.</summary>
    public DirectoryScope Enter(string directory, ulong states) => new(this, directory, states, AnyMandatory(directory));

    /// <summary>Whether a file name passes the extension and ignore filters.</summary>
    public bool AcceptsName(ReadOnlySpan<char> name)
    {
        if (_extensions is not null)
        {
            var found = false;
            foreach (var extension in _extensions)
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        foreach (var glob in _ignore)
        {
            if (glob.IsMatch(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether no mandatory substring is required, or the path has one (OR).</summary>
    public bool AnyMandatory(ReadOnlySpan<char> path)
    {
        if (_mandatory.Length == 0)
        {
            return true;
        }

        foreach (var substring in _mandatory)
        {
            if (path.Contains(substring, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
