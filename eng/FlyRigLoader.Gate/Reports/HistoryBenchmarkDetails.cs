namespace FlyRigLoader.Gate.Reports;

/// <summary>One benchmark against its history: CREEP against the anchor and the steps found.</summary>
public sealed record HistoryBenchmarkDetails
{
    /// <summary>Benchmark full name.</summary>
    public string FullName { get; init; } = "";

    /// <summary>Points in its series: history runs that measured it, plus this run.</summary>
    public int Runs { get; init; }

    /// <summary><c>CREEP</c>, <c>CREEP_SUSPECTED</c> or <c>NO_CREEP</c>; null when the anchor did not measure it.</summary>
    public string? Creep { get; init; }

    /// <summary>Current / anchor against the rest of the suite when the history was normalized, else as measured; null without an anchor measurement.</summary>
    public double? Ratio { get; init; }

    /// <summary>Current median / anchor median as measured, or null.</summary>
    public double? MeasuredRatio { get; init; }

    /// <summary>The ratio's 95 % interval [lower, upper], or null.</summary>
    public IReadOnlyList<double>? RatioCi { get; init; }

    /// <summary>Between-run noise used (sd of the log median), or null.</summary>
    public double? RunNoise { get; init; }

    /// <summary>The anchor's median, or null.</summary>
    public double? AnchorMedianNs { get; init; }

    /// <summary>This run's median.</summary>
    public double CurrentMedianNs { get; init; }

    /// <summary>Change points of the series, oldest first.</summary>
    public IReadOnlyList<ChangePointDetails> ChangePoints { get; init; } = [];
}
