namespace FlyRigLoader.Gate.Bisection;

/// <summary>
/// Everything one Bisect run found, written as <c>artifacts/bisect/bisect-&lt;run&gt;.json</c> (schema
/// <c>schemas/bisect-result.schema.json</c>) and printed as a table.
/// </summary>
internal sealed record BisectResult
{
    /// <summary>Version of this file's shape.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>Run id (<c>yyyyMMddTHHmmssZ-&lt;bad sha&gt;</c>).</summary>
    public required string RunId { get; init; }

    /// <summary>CULPRIT, RANGE, NO_REGRESSION, INCONCLUSIVE or ERROR.</summary>
    public required string Outcome { get; init; }

    /// <summary>The exit code of the run.</summary>
    public required int ExitCode { get; init; }

    /// <summary>One sentence for the outcome.</summary>
    public required string Message { get; init; }

    /// <summary>The good commit (<c>--good</c>): the reference every step is measured against.</summary>
    public required BisectCommit Good { get; init; }

    /// <summary>The bad commit (<c>--bad</c>).</summary>
    public required BisectCommit Bad { get; init; }

    /// <summary>Commits on the first-parent ancestry path after the good one (the bad one included).</summary>
    public required int PathLength { get; init; }

    /// <summary>The benchmark methods judged (those matching the filter in both the good and the bad build).</summary>
    public required IReadOnlyList<string> Benchmarks { get; init; }

    /// <summary><c>--filter</c>, or <c>*</c>.</summary>
    public required string Filter { get; init; }

    /// <summary>The job profile the benchmarks ran with.</summary>
    public required string Profile { get; init; }

    /// <summary>The fail threshold of the regression rule (0.15 = 15 % slower).</summary>
    public required double Threshold { get; init; }

    /// <summary>Launches per measurement, re-measures allowed and launches each adds, as configured.</summary>
    public required BisectMeasuring Measuring { get; init; }

    /// <summary>Every step, in the order measured; the first is the bad commit itself.</summary>
    public required IReadOnlyList<BisectStep> Steps { get; init; }

    /// <summary>The first bad commit (outcome CULPRIT), else null.</summary>
    public BisectCulprit? Culprit { get; init; }

    /// <summary>The commits that can be the first bad one: the culprit, or the range left when commits before it could not be judged.</summary>
    public required IReadOnlyList<BisectCommit> Candidates { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>Wall time of the whole run.</summary>
    public required double WallSeconds { get; init; }
}
