namespace FlyRigLoader.Gate.Regression;

/// <summary>One BenchmarkDotNet process of an interleaved A/B comparison: one benchmark method of one build in one round.</summary>
/// <param name="Round">0-based round.</param>
/// <param name="Method">Filter for the method (<c>Namespace.Type.Method</c>; every parameter case of it runs).</param>
/// <param name="Side">A (the reference build) or B (the work tree).</param>
internal sealed record AbStep(int Round, string Method, char Side);
