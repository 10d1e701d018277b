namespace FlyRigLoader.Gate.Options;

/// <summary>Every option of one build invocation, typed and validated. Built only by <see cref="OptionParser"/>.</summary>
public sealed record BuildOptions
{
    /// <summary>Release or Debug. The default value is Release.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>Clean before Build.</summary>
    public bool Rebuild { get; init; }

    /// <summary>Selected benchmark categories, never containing <c>all</c>; empty means every category.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Job profile: default, smoke or large.</summary>
    public string Profile { get; init; } = "default";

    /// <summary>Memory profiling and leak detection requested.</summary>
    public bool MemoryProfiling { get; init; }

    /// <summary>Write the statistical-analysis files.</summary>
    public bool StatisticalAnalysis { get; init; }

    /// <summary>Write CSV/Markdown/HTML next to the JSON report.</summary>
    public bool ReportArtifacts { get; init; }

    /// <summary>Run the regression gate after benchmarks.</summary>
    public bool BaselineComparison { get; init; }

    /// <summary>Plain output plus GitHub annotations; true under <c>CI=true</c>.</summary>
    public bool CiMode { get; init; }

    /// <summary>Stream BenchmarkDotNet's output.</summary>
    public bool Verbose { get; init; }

    /// <summary>Fresh benchmark processes per run (<c>--launches</c>), or null for the profile's default (see <c>Pipeline.LaunchPlan</c>).</summary>
    public int? Launches { get; init; }

    /// <summary>Wall-clock limit of the benchmark run (across all its launches), or null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Print environment analysis and stop.</summary>
    public bool EnvironmentAnalysis { get; init; }

    /// <summary>BenchmarkDotNet filter glob, or null for all selected.</summary>
    public string? Filter { get; init; }

    /// <summary>Compress the run's artifacts after Benchmarks.</summary>
    public bool CompressArtifacts { get; init; }

    /// <summary>The shard of the benchmark set to run, or null for all.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Explicit report for CheckRegression/UpdateBaseline.</summary>
    public string? Report { get; init; }

    /// <summary>Explicit baseline file or folder.</summary>
    public string? Baseline { get; init; }

    /// <summary>Practical threshold on the median ratio, or null for the gate config's value.</summary>
    public double? Threshold { get; init; }

    /// <summary>Git ref for the interleaved A/B mode.</summary>
    public string? Against { get; init; }

    /// <summary>Confirm flagged regressions by re-running them.</summary>
    public bool Confirm { get; init; }

    /// <summary>Missing baseline is a warning, not a failure.</summary>
    public bool AllowMissingBaseline { get; init; }

    /// <summary>Exit 3 (no verdict: INCONCLUSIVE or INCOMPARABLE, nothing failed) becomes 0, with a warning naming the cases.</summary>
    public bool AcceptNoVerdict { get; init; }

    /// <summary>UpdateBaseline accepts a dirty tree.</summary>
    public bool AllowDirty { get; init; }

    /// <summary>CleanArtifacts lists, removes nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Folder of shard reports for MergeReports.</summary>
    public string? Reports { get; init; }

    /// <summary>The profile actually run: <c>--smoke-test</c> wins over <c>--profile</c>.</summary>
    public string EffectiveProfile => SmokeTest ? "smoke" : Profile;

    /// <summary><c>--smoke-test</c> was given.</summary>
    public bool SmokeTest { get; init; }

    /// <summary>The file GitHub Actions appends job summaries to (<c>$GITHUB_STEP_SUMMARY</c>), or null outside Actions.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>Leak check: working-set growth over its cycles (MB) that counts as a leak; null keeps the rule's default.</summary>
    public int? MemoryToleranceMb { get; init; }
}
