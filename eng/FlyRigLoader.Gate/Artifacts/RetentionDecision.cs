namespace FlyRigLoader.Gate.Artifacts;

/// <summary>The verdict on one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Remove">True when the file goes.</param>
/// <param name="Reason">Why.</param>
internal sealed record RetentionDecision(ArtifactFileFacts File, bool Remove, RetentionReason Reason);
