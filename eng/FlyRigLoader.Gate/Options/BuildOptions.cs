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

    /// <summary>Wall-clock limit of the benchmark run (across all its launches) given with <c>--timeout</c>, or null for the default (<see cref="EffectiveTimeout"/>).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The suite guide's timeout of one category (<c>timeout_seconds</c> of its category config).</summary>
    public const int DefaultCategoryTimeoutSeconds = 1800;

    /// <summary>Seconds each selected category adds to the default run limit (<c>--category-timeout</c>), or null for <see cref="DefaultCategoryTimeoutSeconds"/> each.</summary>
    internal CategoryTimeouts? CategoryTimeouts { get; init; }

    /// <summary>
    /// The run's limit: <c>--timeout</c> when given, else the sum of the selected categories' timeouts (all five when none
    /// is named): the guide gives every category its own timeout (1,800 s), and this run executes them one after another.
    /// </summary>
    public TimeSpan EffectiveTimeout
    {
        get
        {
            if (Timeout is { } given)
            {
                return given;
            }

            var selected = Categories.Count == 0 || Categories.Contains("all", StringComparer.Ordinal)
                ? KnownOptions.Categories.Where(c => c != "all" && !KnownOptions.Tags.Contains(c, StringComparer.Ordinal))
                : Categories.Distinct(StringComparer.Ordinal);
            return TimeSpan.FromSeconds(selected.Sum(c => (double)(CategoryTimeouts?.SecondsFor(c) ?? DefaultCategoryTimeoutSeconds)));
        }
    }

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

    /// <summary>UpdateBaseline and GateAccuracy's scratch baseline accept a run whose launches disagree beyond <c>baseline_max_launch_spread</c>.</summary>
    public bool AllowUnsettled { get; init; }

    /// <summary>
    /// <c>--anchor</c>: null when absent, empty when given bare (UpdateBaseline pins the run), else a label or commit
    /// prefix (UpdateBaseline: the new anchor's label; CheckRegression: the anchor to compare with).
    /// </summary>
    public string? Anchor { get; init; }

    /// <summary>UpdateBaseline: pin the run as an anchor with this label, or null.</summary>
    public string? AnchorLabel { get; init; }

    /// <summary>CREEP against the anchor fails the gate (exit 1) instead of warning.</summary>
    public bool FailOnCreep { get; init; }

    /// <summary>UpdateBaseline pins the run as an anchor (<c>--anchor</c> or <c>--anchor-label</c>).</summary>
    public bool PinAnchor => Anchor is not null || AnchorLabel is not null;

    /// <summary>The label of the anchor UpdateBaseline pins: <c>--anchor-label</c>, else a value given to <c>--anchor</c>, else null.</summary>
    public string? PinLabel => AnchorLabel ?? (Anchor is { Length: > 0 } label ? label : null);

    /// <summary>CheckRegression: the anchor named with <c>--anchor=&lt;label|commit prefix&gt;</c>, or null for the default.</summary>
    public string? AnchorReference => Anchor is { Length: > 0 } reference ? reference : null;

    /// <summary>CleanArtifacts lists, removes nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Folder of shard reports for MergeReports.</summary>
    public string? Reports { get; init; }

    /// <summary><c>gate</c> (the gate's report only) or <c>seed</c> (also the seed's format beside it).</summary>
    public string ReportFormat { get; init; } = "gate";

    /// <summary><c>--report-format=seed</c>: write the seed's JSON format beside the gate's report.</summary>
    public bool SeedReport => string.Equals(ReportFormat, "seed", StringComparison.Ordinal);

    /// <summary>UpdateBaseline: where to write the Markdown summary of what moved, or null.</summary>
    public string? SummaryFile { get; init; }

    /// <summary>PrComment: the comment file, or null for the default.</summary>
    public string? Output { get; init; }

    /// <summary>PrComment: the HTML report artifact's URL, or null.</summary>
    public string? ArtifactUrl { get; init; }

    /// <summary>PrComment: the workflow run's URL, or null.</summary>
    public string? RunUrl { get; init; }

    /// <summary>PrComment: the pull request the comment is for, or null.</summary>
    public int? PullRequest { get; init; }

    /// <summary>Bisect: the fast commit's git ref.</summary>
    public string? Good { get; init; }

    /// <summary>Bisect: the slow commit's git ref.</summary>
    public string? Bad { get; init; }
    /// <summary>A built suite the Benchmarks run uses instead of building <c>benchmarks/</c>, or null.</summary>
    public string? SuiteDll { get; init; }

    /// <summary>GateAccuracy: trials per experiment.</summary>
    public int Trials { get; init; } = 10;

    /// <summary>GateAccuracy: the experiments asked for, never containing <c>all</c>; empty means every experiment.</summary>
    public IReadOnlyList<string> Experiments { get; init; } = [];

    /// <summary>GateAccuracy: full-name glob of the benchmark the injected experiments change, or null for the default.</summary>
    public string? TargetBenchmark { get; init; }

    /// <summary>GateAccuracy: runs in the scratch baseline (K).</summary>
    public int BaselineRuns { get; init; } = 5;

    /// <summary>GateAccuracy: a missed bar makes the exit code 1.</summary>
    public bool RequireBars { get; init; }

    /// <summary>The profile actually run: <c>--smoke-test</c> wins over <c>--profile</c>.</summary>
    public string EffectiveProfile => SmokeTest ? "smoke" : Profile;

    /// <summary><c>--smoke-test</c> was given.</summary>
    public bool SmokeTest { get; init; }

    /// <summary>The file GitHub Actions appends job summaries to (<c>$GITHUB_STEP_SUMMARY</c>), or null outside Actions.</summary>
    public string? StepSummaryPath { get; init; }

    /// <summary>Leak check: working-set growth over its cycles (MB) that counts as a leak; null keeps the rule's default.</summary>
    public int? MemoryToleranceMb { get; init; }

    /// <summary>Runtime settings of the measuring processes (<c>steady</c> or <c>shipped</c>, see MeasuringRuntime).</summary>
    public string Runtime { get; init; } = "steady";

    /// <summary>Test: leave out the tests marked slow (end-to-end runs of the build, browser checks).</summary>
    public bool Fast { get; init; }
}
