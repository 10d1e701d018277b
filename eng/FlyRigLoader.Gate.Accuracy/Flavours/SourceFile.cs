namespace FlyRigLoader.Gate.Accuracy.Flavours;

/// <summary>One file of a flavour's sources.</summary>
/// <param name="RelativePath">Path relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Text">Its content.</param>
internal sealed record SourceFile(string RelativePath, string Text);
