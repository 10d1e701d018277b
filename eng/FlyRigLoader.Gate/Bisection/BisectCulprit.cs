namespace FlyRigLoader.Gate.Bisection;

/// <summary>The first bad commit, and one more A/B measurement of it against its own parent.</summary>
internal sealed record BisectCulprit
{
    /// <summary>The culprit.</summary>
    public required BisectCommit Commit { get; init; }

    /// <summary>Its position on the path (1-based).</summary>
    public required int Position { get; init; }

    /// <summary>Its first parent, the commit it is measured against.</summary>
    public required BisectCommit Parent { get; init; }

    /// <summary>The culprit (B) against its parent (A): verdict and ratio with its interval per case, worst first.</summary>
    public required IReadOnlyList<BenchmarkRatio> Benchmarks { get; init; }

    /// <summary>What that measurement says (for example that the commit alone is only SUSPECTED: a slowdown spread over several commits).</summary>
    public required string Note { get; init; }

    /// <summary>Rounds (launches) of that measurement.</summary>
    public required int Launches { get; init; }

    /// <summary>Wall time of that measurement, including building the parent when it was not cached.</summary>
    public required double WallSeconds { get; init; }
}
