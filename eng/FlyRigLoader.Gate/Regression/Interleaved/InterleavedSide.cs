namespace FlyRigLoader.Gate.Regression.Interleaved;

/// <summary>One build's batches of an interleaved case: nanoseconds per operation in pair order, and bytes per operation.</summary>
public sealed record InterleavedSide(IReadOnlyList<double> SamplesNs, double AllocatedBytesPerOp);
