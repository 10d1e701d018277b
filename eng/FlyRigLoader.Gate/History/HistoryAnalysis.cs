using FlyRigLoader.Gate.Core.History;

namespace FlyRigLoader.Gate.History;

/// <summary>What the history says about the current run: creep against the anchor, and the steps of each benchmark.</summary>
/// <param name="Path">The history file read, or null when the history came from the baseline alone or there was none.</param>
/// <param name="Note">How the history was found, or why it was not used.</param>
/// <param name="Anchor">The anchor, or null when the history was not used.</param>
/// <param name="Runs">Runs in the history (the current one not counted).</param>
/// <param name="Threshold">Relative slowdown that counts as creep (the gate's fail threshold).</param>
/// <param name="FailOnCreep">True with <c>--fail-on-creep</c>: CREEP exits 1 instead of warning.</param>
/// <param name="Benchmarks">Per benchmark of the current run, by name.</param>
/// <param name="Suite">
/// The whole suite's level over the history, which every benchmark's times were divided by; null when the runs hold too
/// few benchmarks to normalize (<see cref="SuiteLevel.MinBenchmarks"/>) and times were judged as measured.
/// </param>
internal sealed record HistoryAnalysis(string? Path, string Note, HistoryAnchor? Anchor, int Runs, double Threshold, bool FailOnCreep, IReadOnlyList<BenchmarkTrend> Benchmarks, SuiteTrend? Suite = null)
{
    /// <summary>True when each benchmark was judged against the rest of its run's suite.</summary>
    public bool Normalized => Suite is not null;

    /// <summary>True when a comparable history judged the run.</summary>
    public bool Used => Anchor is not null;

    /// <summary>Benchmarks whose verdict is CREEP.</summary>
    public IReadOnlyList<BenchmarkTrend> Creeping => [.. Benchmarks.Where(b => b.Creep?.Status == CreepStatus.Creep)];

    /// <summary>True when CREEP fails the gate (<c>--fail-on-creep</c>) and some benchmark crept.</summary>
    public bool Fails => FailOnCreep && Creeping.Count > 0;

    /// <summary>A history that could not judge the run, saying why.</summary>
    public static HistoryAnalysis NotUsed(string? path, string note, double threshold, bool failOnCreep) => new(path, note, null, 0, threshold, failOnCreep, []);
}
