namespace FlyRigLoader.Gate.Reports.Charts;

/// <summary>One past (or the current) run's medians, for trend lines.</summary>
/// <param name="RunId">Run id.</param>
/// <param name="Date">When it ran (UTC).</param>
/// <param name="Source">Where it came from: <c>baseline</c>, <c>archived report</c> or <c>this run</c>.</param>
/// <param name="MediansNs">Benchmark full name → median time.</param>
internal sealed record HistoryRun(string RunId, DateTimeOffset Date, string Source, IReadOnlyDictionary<string, double> MediansNs);
