namespace FlyRigLoader.Discovery;

/// <summary>File-system facts about a discovered file (requested with <see cref="DiscoveryRequest.IncludeStats"/>).</summary>
/// <param name="SizeBytes">Length in bytes (of the target, for a symbolic link).</param>
/// <param name="LastWriteTimeUtc">Modification time (mtime).</param>
/// <param name="CreationTimeUtc">Birth time where the file system records it, otherwise the status-change time (ctime).</param>
/// <param name="IsSymbolicLink">Whether the path itself is a symbolic link.</param>
/// <param name="Permissions">Unix permission bits (<c>mode &amp; 0o777</c> plus special bits); null on Windows.</param>
public sealed record FileStats(long SizeBytes, DateTime LastWriteTimeUtc, DateTime CreationTimeUtc, bool IsSymbolicLink, UnixFileMode? Permissions);
