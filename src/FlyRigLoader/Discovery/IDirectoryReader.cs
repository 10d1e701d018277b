namespace FlyRigLoader.Discovery;

/// <summary>
/// Lists one directory through an <see cref="EntryFilter"/>. The seam exists so tests can make a directory fail the way an
/// unreadable one does even when running as root (who can read mode-0000 directories).
/// </summary>
internal interface IDirectoryReader
{
    /// <summary>Entries of <paramref name="directory"/> that the filter keeps; may throw the I/O exceptions of opening or reading it.</summary>
    IEnumerable<DirectoryItem> Read(string directory, ulong states, EntryFilter filter);
}
