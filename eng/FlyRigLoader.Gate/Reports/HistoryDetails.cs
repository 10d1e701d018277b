namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The history check of a comparison (<c>regression_analysis.details.history</c>): the anchor, CREEP against it per
/// benchmark, and the change points found in each benchmark's history. Property order is the file's key order.
/// </summary>
public sealed record HistoryDetails
{
    /// <summary>The history file read, or null when the baseline's runs stood in for one (or there was none).</summary>
    public string? Path { get; init; }

    /// <summary>True when a history of this run's fingerprint and job judged it.</summary>
    public bool Used { get; init; }

    /// <summary>How the history was found, or why it was not used.</summary>
    public string? Note { get; init; }

    /// <summary>The rule in words.</summary>
    public string? Rule { get; init; }

    /// <summary>Relative slowdown that counts as creep.</summary>
    public double Threshold { get; init; }

    /// <summary>True with <c>--fail-on-creep</c> (CREEP exits 1); otherwise CREEP only warns.</summary>
    public bool FailOnCreep { get; init; }

    /// <summary>Runs in the history, the current one not counted.</summary>
    public int Runs { get; init; }

    /// <summary>
    /// <c>suite-relative</c>: each benchmark judged against the rest of its run's suite (the host's share divided out,
    /// the suite's own level in <see cref="Suite"/>); <c>as measured</c>: too few benchmarks to do so.
    /// </summary>
    public string? Normalization { get; init; }

    /// <summary>The suite's own level, steps and creep; null when times were judged as measured.</summary>
    public SuiteHistoryDetails? Suite { get; init; }

    /// <summary>The anchor, or null when the history was not used.</summary>
    public HistoryAnchorDetails? Anchor { get; init; }

    /// <summary>Per benchmark: creep and change points.</summary>
    public IReadOnlyList<HistoryBenchmarkDetails> Benchmarks { get; init; } = [];
}
