namespace FlyRigLoader.Discovery;

/// <summary>One entry yielded by an <see cref="IDirectoryReader"/>; <paramref name="States"/> are the pattern states inside a directory.</summary>
internal readonly record struct DirectoryItem(string Path, DirectoryItemKind Kind, ulong States);
