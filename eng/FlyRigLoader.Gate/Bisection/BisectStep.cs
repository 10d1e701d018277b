namespace FlyRigLoader.Gate.Bisection;

/// <summary>One step of a bisection: a commit of the path measured against the good commit.</summary>
internal sealed record BisectStep
{
    /// <summary>1-based step number, in the order measured.</summary>
    public required int Step { get; init; }

    /// <summary>The commit's position on the path: 1 is the first commit after the good one, the last is the bad one.</summary>
    public required int Position { get; init; }

    /// <summary>The commit.</summary>
    public required BisectCommit Commit { get; init; }

    /// <summary>GOOD, BAD, DOUBTFUL or SKIPPED.</summary>
    public required string Outcome { get; init; }

    /// <summary>Which benchmark decided it and why, or why the commit was skipped.</summary>
    public required string Reason { get; init; }

    /// <summary>Every measured case, worst ratio first (empty when the commit does not build).</summary>
    public required IReadOnlyList<BenchmarkRatio> Benchmarks { get; init; }

    /// <summary>Rounds (launches) the verdict pooled; 0 when nothing was measured.</summary>
    public required int Launches { get; init; }

    /// <summary>Times the step was measured again because it was doubtful.</summary>
    public required int Remeasures { get; init; }

    /// <summary>True when the commit's build came from the cache.</summary>
    public required bool BuildCached { get; init; }

    /// <summary>Wall time of building the commit (0 when cached).</summary>
    public required double BuildSeconds { get; init; }

    /// <summary>Wall time of the whole step: build, measurement, re-measures and judging.</summary>
    public required double WallSeconds { get; init; }
}
