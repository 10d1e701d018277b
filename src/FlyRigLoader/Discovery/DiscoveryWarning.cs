namespace FlyRigLoader.Discovery;

/// <summary>Something discovery skipped instead of failing: an unreadable directory, a vanished file, an undecodable name…</summary>
/// <param name="Code">One of the warning codes in <see cref="DiscoveryErrorCodes"/>.</param>
/// <param name="Path">The file or directory concerned.</param>
/// <param name="Message">What happened, for humans.</param>
public sealed record DiscoveryWarning(string Code, string Path, string Message);
