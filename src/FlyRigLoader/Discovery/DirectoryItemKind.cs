namespace FlyRigLoader.Discovery;

/// <summary>What a directory entry turned out to be after filtering.</summary>
internal enum DirectoryItemKind
{
    /// <summary>Rejected by a filter (never yielded).</summary>
    Skip,

    /// <summary>A file that passed every filter.</summary>
    File,

    /// <summary>A directory below which the pattern can still match.</summary>
    Directory,

    /// <summary>A symbolic link to such a directory: reported, not followed.</summary>
    SymlinkedDirectory,

    /// <summary>An entry that would have been kept but whose name is not valid UTF-8.</summary>
    UndecodableName,
}
