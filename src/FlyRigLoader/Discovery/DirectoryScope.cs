using System.IO.Enumeration;

namespace FlyRigLoader.Discovery;

/// <summary>
/// Filtering state while one directory is read. The predicate classifies an entry and the transform (called right after,
/// for kept entries only) reuses that verdict, so only kept entries allocate their path string.
/// </summary>
internal sealed class DirectoryScope
{
    private readonly EntryFilter _filter;
    private readonly ulong _states;
    private readonly bool _directoryHasMandatory;
    private readonly int _prefixLength;
    private char[] _pathBuffer;
    private DirectoryItemKind _kind;
    private ulong _childStates;

    public DirectoryScope(EntryFilter filter, string directory, ulong states, bool directoryHasMandatory)
    {
        _filter = filter;
        _states = states;
        _directoryHasMandatory = directoryHasMandatory;
        var prefix = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        _prefixLength = prefix.Length;
        _pathBuffer = new char[prefix.Length + 128];
        prefix.CopyTo(_pathBuffer);
    }

    public bool Include(ref FileSystemEntry entry)
    {
        _kind = Classify(ref entry);
        return _kind != DirectoryItemKind.Skip;
    }

    public DirectoryItem Transform(ref FileSystemEntry entry) => new(entry.ToFullPath(), _kind, _childStates);

    private DirectoryItemKind Classify(ref FileSystemEntry entry)
    {
        var name = entry.FileName;
        DirectoryItemKind kind;
        if (entry.IsDirectory)
        {
            _childStates = _filter.Pattern.Advance(_states, name);
            if (_childStates == 0)
            {
                return DirectoryItemKind.Skip;
            }

            // Not following directory links is what makes discovery loop-free; only directories pay for this stat.
            kind = (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? DirectoryItemKind.SymlinkedDirectory : DirectoryItemKind.Directory;
        }
        else
        {
            if (!_filter.Pattern.AcceptsFile(_states, name) || !_filter.AcceptsName(name) || !PathHasMandatory(name))
            {
                return DirectoryItemKind.Skip;
            }

            kind = DirectoryItemKind.File;
        }

        // Invalid UTF-8 decodes to U+FFFD, and a path containing it would open a different (or no) file.
        return name.Contains('\uFFFD') ? DirectoryItemKind.UndecodableName : kind;
    }

    private bool PathHasMandatory(ReadOnlySpan<char> name)
    {
        if (_directoryHasMandatory)
        {
            return true;
        }

        var length = _prefixLength + name.Length;
        if (_pathBuffer.Length < length)
        {
            Array.Resize(ref _pathBuffer, length * 2);
        }

        name.CopyTo(_pathBuffer.AsSpan(_prefixLength));
        return _filter.AnyMandatory(_pathBuffer.AsSpan(0, length));
    }
}
