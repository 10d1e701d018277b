namespace FlyRigLoader.Gate.Options;

/// <summary>
/// The single list of options the build understands. Option names are declared here once; the parser,
/// the README table and the workflow validation test all read this list.
/// </summary>
internal static class KnownOptions
{
    /// <summary>
    /// Benchmark categories, matching the suite's <c>[BenchmarkCategory]</c> constants: the five main ones, the
    /// <c>memory-intensive</c> tag (the suite guide's marker, on benchmarks that also have a main category) and <c>all</c>.
    /// </summary>
    public static readonly IReadOnlyList<string> Categories = ["data-loading", "discovery", "transformation", "config", "memory", "memory-intensive", "all"];

    /// <summary>Tags among <see cref="Categories"/>: their benchmarks are in a main category too, so "all" does not count them again.</summary>
    public static readonly IReadOnlyList<string> Tags = ["memory-intensive"];

    /// <summary>Job profiles of the benchmark suite.</summary>
    public static readonly IReadOnlyList<string> Profiles = ["default", "smoke", "large"];

    /// <summary>Report formats: the gate's report is always written; <c>seed</c> adds the seed's format beside it.</summary>
    public static readonly IReadOnlyList<string> ReportFormats = ["gate", "seed"];
    /// <summary>GateAccuracy's experiments (issue 13's list).</summary>
    public static readonly IReadOnlyList<string> Experiments = ["spread", "aa", "inject125", "inject110", "alloc", "neighbour", "against-aa", "against110", "all"];

    /// <summary>Options Cake itself consumes; accepted without validation here.</summary>
    public static readonly IReadOnlyList<string> CakeOwned =
        ["target", "t", "verbosity", "v", "dryrun", "noop", "whatif", "tree", "description", "showdescription", "exclusive", "e", "debug", "d", "info", "version", "bootstrap", "skip-bootstrap", "paths_tools", "settings_skippackageversioncheck"];

    /// <summary>Every option of this build.</summary>
    public static readonly IReadOnlyList<OptionSpec> All =
    [
        new("configuration", OptionKind.Choice, "Build configuration for compiled projects (default Release).", ["Release", "Debug"]),
        new("rebuild", OptionKind.Flag, "Run Clean before Build."),
        new("category", OptionKind.MultiChoice, "Benchmark categories to run (repeatable or comma list; default all).", Categories),
        new("smoke-test", OptionKind.Flag, "Run the smoke subset (one small benchmark per category); same as --profile=smoke."),
        new("profile", OptionKind.Choice, "Benchmark job profile (default: default).", Profiles),
        new("memory-profiling", OptionKind.Flag, "Add the memory category's leak check and write memory profiles."),
        new("statistical-analysis", OptionKind.Flag, "Write confidence intervals and scaling analysis (always computed; this writes the extra files)."),
        new("report-artifacts", OptionKind.Flag, "Write CSV/Markdown/HTML reports beside the JSON report."),
        new("baseline-comparison", OptionKind.Flag, "Run the CheckRegression gate after the benchmark run."),
        new("ci-mode", OptionKind.Flag, "Plain output, GitHub annotations and step summary (implied by CI=true)."),
        new("verbose", OptionKind.Flag, "Stream BenchmarkDotNet's own output to the console."),
        new("launches", OptionKind.PositiveInteger, "Fresh benchmark processes per run, each measuring its share of the iterations, pooled (default 3 per profile)."),
        new("timeout", OptionKind.PositiveInteger, "Kill the benchmark run after this many seconds, keeping what finished (exit 2); default: --category-timeout per selected category."),
        new("category-timeout", OptionKind.CategorySeconds, "Without --timeout, the run's limit is this many seconds per selected category (default 1800, the suite guide's); category=seconds pairs set one category's share (e.g. 1800,discovery=3600)."),
        new("environment-analysis", OptionKind.Flag, "Print the environment, fingerprint and calibration, then stop."),
        new("filter", OptionKind.Text, "Glob on benchmark full names, passed to BenchmarkDotNet."),
        new("compress-artifacts", OptionKind.Flag, "Chain CompressArtifacts after Benchmarks."),
        new("shard", OptionKind.Text, "Run shard k of n of the selected benchmarks, written k/n."),
        new("report", OptionKind.Text, "A benchmark report (JSON) to use instead of the latest run."),
        new("baseline", OptionKind.Text, "Baseline file or folder (default: baselines/)."),
        new("threshold", OptionKind.Number, "Practical regression threshold on the median ratio (default 0.15; side by side 0.05); given, it sets both."),
        new("against", OptionKind.Text, "Git ref to build in a worktree and run interleaved against this tree."),
        new("confirm", OptionKind.Flag, "Re-measure flagged benchmarks before failing (A/B against the baseline's commit, else pooled re-runs); GateAccuracy: also judge single-run trials that way."),
        new("allow-missing-baseline", OptionKind.Flag, "Treat a missing baseline as a warning instead of exit 2."),
        new("accept-no-verdict", OptionKind.Flag, "Exit 0 instead of 3 when a verdict is INCONCLUSIVE or INCOMPARABLE (and nothing failed), with a warning naming the cases."),
        new("allow-dirty", OptionKind.Flag, "Let UpdateBaseline accept a run from a dirty work tree."),
        new("allow-unsettled", OptionKind.Flag, "Let UpdateBaseline (and GateAccuracy's scratch baseline) accept a run whose launches disagree beyond baseline_max_launch_spread."),
        new("anchor", OptionKind.Text, "UpdateBaseline: --anchor pins the run as the history's anchor (--anchor=<label> also names it); CheckRegression: --anchor=<label|commit prefix> picks the anchor creep is measured against."),
        new("anchor-label", OptionKind.Text, "UpdateBaseline: pin the run as the anchor under this label (e.g. v1.2)."),
        new("fail-on-creep", OptionKind.Flag, "CheckRegression, Benchmarks --baseline-comparison: CREEP against the anchor exits 1 instead of warning."),
        new("dry-run", OptionKind.Flag, "CleanArtifacts: list what would be removed and the space freed, remove nothing."),
        new("fast", OptionKind.Flag, "Test: leave out the end-to-end runs of the build and the browser tests (the inner loop; CI runs everything)."),
        new("runtime", OptionKind.Choice, "Runtime settings of the measuring processes: steady (tiered compilation off; default) or shipped (.NET defaults: tiering and dynamic PGO).", MeasuringRuntime.Modes),
        new("reports", OptionKind.Text, "MergeReports: folder holding the shard reports (default artifacts/reports)."),
        new("report-format", OptionKind.Choice, "Benchmarks, MergeReports: seed also writes the report in the seed's JSON format (seed-benchmark-report-<run>.json).", ReportFormats),
        new("summary-file", OptionKind.Text, "UpdateBaseline: write the Markdown summary of what moved (the refresh pull request's title and body) to this file."),
        new("output", OptionKind.Text, "PrComment: the comment Markdown file to write (default artifacts/ci-integration/pr-comment/pr-comment.md)."),
        new("artifact-url", OptionKind.Text, "PrComment: link to the HTML report artifact (http or https)."),
        new("run-url", OptionKind.Text, "PrComment: link to the workflow run (http or https)."),
        new("pull-request", OptionKind.PositiveInteger, "PrComment: the pull request number, written beside the comment for the workflow that posts it."),
        new("good", OptionKind.Text, "Bisect: a git ref known to be fast (the reference every step is measured against)."),
        new("bad", OptionKind.Text, "Bisect: a git ref known to be slow, descending from --good."),
        new("suite-dll", OptionKind.Text, "Benchmarks: run this built FlyRigLoader.Benchmarks.dll (e.g. an accuracy flavour) instead of building benchmarks/."),
        new("trials", OptionKind.PositiveInteger, "GateAccuracy: trials per experiment (default 10; single-run A/A makes twice as many, its bar being per 20)."),
        new("experiments", OptionKind.MultiChoice, "GateAccuracy: experiments to run (comma list; default all).", Experiments),
        new("target-benchmark", OptionKind.Text, "GateAccuracy: full-name glob of the one benchmark method the injected experiments change (default *ConfigSmokeBenchmarks.LoadFromFile*)."),
        new("baseline-runs", OptionKind.PositiveInteger, "GateAccuracy: runs in the scratch baseline the single-run experiments are judged against (default 5)."),
        new("require-bars", OptionKind.Flag, "GateAccuracy: exit 1 when an experiment misses its bar (default: report it, exit 0)."),
    ];

    /// <summary>Finds an option by name (case-insensitive), or null.</summary>
    public static OptionSpec? Find(string name) =>
        All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
