namespace FlyRigLoader.Gate.Baselines;

/// <summary>
/// How one benchmark's baseline reference moved when a run was appended: the gate compares against the median of the
/// baseline runs' medians, so that is what is compared here (null where the benchmark is on one side only).
/// </summary>
/// <param name="FullName">BenchmarkDotNet full name.</param>
/// <param name="BeforeNs">Reference median before, or null when the benchmark is new.</param>
/// <param name="AfterNs">Reference median after, or null when no kept run measures it any more.</param>
/// <param name="BeforeBytes">Median allocation per operation before, or null.</param>
/// <param name="AfterBytes">Median allocation per operation after, or null.</param>
internal sealed record BaselineMove(string FullName, double? BeforeNs, double? AfterNs, double? BeforeBytes, double? AfterBytes)
{
    /// <summary>After / before, or null when either side is missing.</summary>
    public double? Ratio => BeforeNs is > 0 && AfterNs is { } after ? after / BeforeNs.Value : null;
}
