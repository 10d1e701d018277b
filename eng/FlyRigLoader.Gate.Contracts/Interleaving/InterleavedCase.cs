namespace FlyRigLoader.Gate.Contracts.Interleaving;

/// <summary>One case measured interleaved. A side is null when that build lacks the case or it failed there (see <see cref="Errors"/>).</summary>
/// <param name="FullName">BenchmarkDotNet's full name of the case.</param>
/// <param name="A">The base build's measurement.</param>
/// <param name="B">The work tree's measurement.</param>
/// <param name="OperationsPerBatch">Invocations in every measured batch, the same on both sides (0 when not recorded).</param>
/// <param name="WarmupMilliseconds">Time spent warming both sides before measuring.</param>
/// <param name="JitSettled">False when warmup hit its maximum while the JIT was still compiling.</param>
/// <param name="Errors">Side label (A/B) → why it failed (an exception from the benchmark's setup or body).</param>
public sealed record InterleavedCase(
    string FullName,
    InterleavedSide? A,
    InterleavedSide? B,
    long OperationsPerBatch,
    double WarmupMilliseconds,
    bool JitSettled,
    IReadOnlyDictionary<string, string> Errors);
