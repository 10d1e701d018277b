using System.IO.Enumeration;

namespace FlyRigLoader.Discovery;

/// <summary>The real <see cref="IDirectoryReader"/>: one non-recursive <see cref="FileSystemEnumerable{TResult}"/> per directory.</summary>
internal sealed class FileSystemDirectoryReader : IDirectoryReader
{
    public static readonly FileSystemDirectoryReader Instance = new();

    // Hidden entries are data too (pathlib's '*' matches dot files); errors must surface so they can become warnings.
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public IEnumerable<DirectoryItem> Read(string directory, ulong states, EntryFilter filter)
    {
        var scope = filter.Enter(directory, states);
        return new FileSystemEnumerable<DirectoryItem>(directory, scope.Transform, Options) { ShouldIncludePredicate = scope.Include };
    }
}
