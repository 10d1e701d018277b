namespace FlyRigLoader.Gate.Artifacts;

/// <summary>How long, and how many, files of one artifact category are kept.</summary>
/// <param name="Category">Name used in summaries (e.g. <c>reports</c>).</param>
/// <param name="Folder">Folder relative to <c>artifacts/</c>, forward slashes, never leaving it.</param>
/// <param name="RetentionDays">Files last written more than this many days ago are removed.</param>
/// <param name="MaxFiles">At most this many files are kept, newest first.</param>
internal sealed record RetentionPolicy(string Category, string Folder, int RetentionDays, int MaxFiles);
