using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>A baseline ready for comparison.</summary>
/// <param name="File">The accepted runs.</param>
/// <param name="Path">Where it came from (a path, or a description such as <c>git ref main (3 interleaved rounds)</c>).</param>
/// <param name="FingerprintMatches">False when it was recorded in another environment.</param>
/// <param name="Interleaved">True when it was measured interleaved with the current run on this machine (A/B mode), so
/// a suite-wide shift between the two is the code's doing, not the environment's.</param>
internal sealed record LoadedBaseline(BaselineFile File, string Path, bool FingerprintMatches, bool Interleaved = false);
