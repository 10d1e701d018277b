using FlyRigLoader.Gate.Core.History;

namespace FlyRigLoader.Gate.History;

/// <summary>One benchmark over its history: creep against the anchor and the steps found.</summary>
/// <param name="FullName">Benchmark full name.</param>
/// <param name="Runs">Points in its series (history runs that measured it, plus the current run).</param>
/// <param name="AnchorMedianNs">The anchor run's median, or null when the anchor did not measure it.</param>
/// <param name="CurrentMedianNs">The current run's median.</param>
/// <param name="Creep">The creep verdict (on times relative to the suite when the history was normalized), or null without an anchor measurement.</param>
/// <param name="Steps">Change points, in time order.</param>
/// <param name="RunIds">The runs of the series the steps index into, oldest first, the current run last.</param>
/// <param name="MediansNs">Their medians, as measured.</param>
internal sealed record BenchmarkTrend(
    string FullName, int Runs, double? AnchorMedianNs, double CurrentMedianNs, CreepVerdict? Creep, IReadOnlyList<TrendStep> Steps,
    IReadOnlyList<string> RunIds, IReadOnlyList<double> MediansNs)
{
    /// <summary>Current median / anchor median as measured, or null without an anchor measurement.</summary>
    public double? MeasuredRatio => AnchorMedianNs is { } anchor ? CurrentMedianNs / anchor : null;
}
