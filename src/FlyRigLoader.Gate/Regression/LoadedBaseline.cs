using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>A baseline ready for comparison.</summary>
/// <param name="File">The accepted runs.</param>
/// <param name="Path">Where it came from (a path, or a description such as <c>git ref main (3 interleaved rounds)</c>).</param>
/// <param name="FingerprintMatches">False when it was recorded in another environment.</param>
public sealed record LoadedBaseline(BaselineFile File, string Path, bool FingerprintMatches);
