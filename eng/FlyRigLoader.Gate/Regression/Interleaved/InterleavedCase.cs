namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>A case as the interleaved executor measured it (see <c>eng/FlyRigLoader.Interleaving</c>).</summary>
/// <param name="FullName">BenchmarkDotNet's full name.</param>
/// <param name="A">The base build's batches, or null when it lacks the case or failed.</param>
/// <param name="B">The work tree's batches, or null.</param>
/// <param name="JitSettled">False when warmup ended at its cap while the JIT was still compiling.</param>
/// <param name="Errors">Side (A/B) → why that side failed.</param>
public sealed record InterleavedCase(string FullName, InterleavedSide? A, InterleavedSide? B, bool JitSettled, IReadOnlyDictionary<string, string> Errors);
