namespace FlyRigLoader.Discovery;

/// <summary>One file found by discovery.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Metadata">
/// Named groups captured by the extraction patterns (later patterns overwrite earlier ones; groups that did not take part
/// in a match are left out). Empty when no pattern matched or none was given.
/// </param>
/// <param name="ParsedDate">The date parsed from <c>Metadata["date"]</c> or the file name, when dates were requested and one parsed.</param>
/// <param name="Stats">File-system facts, when requested.</param>
public sealed record DiscoveredFile(string Path, IReadOnlyDictionary<string, string> Metadata, DateTime? ParsedDate, FileStats? Stats);
