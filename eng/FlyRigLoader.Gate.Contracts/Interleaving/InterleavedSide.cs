namespace FlyRigLoader.Gate.Contracts.Interleaving;

/// <summary>One build's measurement of a case: time per operation of every measured batch, in pair order, and allocations.</summary>
/// <param name="SamplesNs">Nanoseconds per operation, one value per batch, pair 0 first.</param>
/// <param name="AllocatedBytesPerOp">Median managed bytes allocated per operation on the measuring thread.</param>
public sealed record InterleavedSide(IReadOnlyList<double> SamplesNs, double AllocatedBytesPerOp);
