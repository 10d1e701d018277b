namespace FlyRigLoader.Gate.History;

/// <summary>A change point in one benchmark's history: the level moved between two consecutive runs.</summary>
/// <param name="Index">Position (in the benchmark's series) of the first run after the step.</param>
/// <param name="BeforeRunId">The last run before the step.</param>
/// <param name="BeforeSha">Its commit, or null.</param>
/// <param name="AfterRunId">The first run after the step.</param>
/// <param name="AfterSha">Its commit, or null.</param>
/// <param name="AfterDate">When that run was made.</param>
/// <param name="MedianBeforeNs">Median of the segment before, as measured.</param>
/// <param name="MedianAfterNs">Median of the segment after, as measured.</param>
/// <param name="Ratio">
/// After / before of the series searched: against the rest of the suite when the history was normalized (the host's
/// share taken out), else as measured. Above 1 the benchmark got slower.
/// </param>
/// <param name="PValue">Permutation p-value of the split.</param>
internal sealed record TrendStep(
    int Index, string BeforeRunId, string? BeforeSha, string AfterRunId, string? AfterSha, DateTimeOffset AfterDate, double MedianBeforeNs, double MedianAfterNs, double Ratio, double PValue)
{
    /// <summary>After / before as measured (the host's share included).</summary>
    public double MeasuredRatio => MedianAfterNs / MedianBeforeNs;
}
