namespace FlyRigLoader.Gate.Paths;

/// <summary>Every path the build reads or writes, derived from the repository root in one place.</summary>
/// <param name="Root">Absolute repository root.</param>
public sealed record BuildPaths(string Root)
{
    /// <summary>
    /// Where one run's outputs go (reports, charts, analyses, memory profiles, environment, CI files, logs): <c>artifacts/</c>,
    /// unless a tool keeps its runs apart (GateAccuracy's trial runs go under <c>artifacts/accuracy/runs/</c>, so they are
    /// never "the latest run" that CheckRegression or UpdateBaseline would pick up). Builds and generated data stay in <c>artifacts/</c>.
    /// </summary>
    public string RunOutputs { get; init; } = Path.Combine(Root, "artifacts");

    /// <summary>The solution file.</summary>
    public string Solution => Path.Combine(Root, "FlyRigLoader.sln");

    /// <summary>The benchmark suite project.</summary>
    public string BenchmarksProject => Path.Combine(Root, "benchmarks", "FlyRigLoader.Benchmarks", "FlyRigLoader.Benchmarks.csproj");

    /// <summary>The SLA registry the Benchmarks pipeline validates every run against.</summary>
    public string SlaRegistry => Path.Combine(Root, "benchmarks", "sla-registry.json");

    /// <summary>The gate project (loaded by the Cake script).</summary>
    public string GateProject => Path.Combine(Root, "eng", "FlyRigLoader.Gate", "FlyRigLoader.Gate.csproj");

    /// <summary>The chart renderer (a process of its own: SkiaSharp cannot load in Cake's script host).</summary>
    public string ChartsProject => Path.Combine(Root, "eng", "FlyRigLoader.Charts", "FlyRigLoader.Charts.csproj");

    /// <summary>The built chart renderer (<c>artifacts/bin/FlyRigLoader.Charts/release/FlyRigLoader.Charts.dll</c>).</summary>
    public string ChartsRenderer => Path.Combine(Bin, "FlyRigLoader.Charts", "release", "FlyRigLoader.Charts.dll");

    /// <summary>The interleaved A/B executor of <c>--against</c> (a process of its own: it loads two builds of the suite).</summary>
    public string InterleavingProject => Path.Combine(Root, "eng", "FlyRigLoader.Interleaving", "FlyRigLoader.Interleaving.csproj");

    /// <summary>The built interleaved executor.</summary>
    public string InterleavingRunner => Path.Combine(Bin, "FlyRigLoader.Interleaving", "release", "FlyRigLoader.Interleaving.dll");

    /// <summary>Committed baselines.</summary>
    public string Baselines => Path.Combine(Root, "baselines");

    /// <summary>Everything generated (git-ignored).</summary>
    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>Compiled outputs (<c>bin/&lt;Project&gt;/&lt;config&gt;</c>).</summary>
    public string Bin => Path.Combine(Artifacts, "bin");

    /// <summary>Intermediate build outputs.</summary>
    public string Obj => Path.Combine(Artifacts, "obj");

    /// <summary>TRX results per test project.</summary>
    public string TestResults => Path.Combine(Artifacts, "test-results");

    /// <summary>Coverage XML and HTML.</summary>
    public string Coverage => Path.Combine(Artifacts, "coverage");

    /// <summary>Benchmark reports (JSON, CSV, Markdown, HTML).</summary>
    public string Reports => Path.Combine(RunOutputs, "reports");

    /// <summary>Chart PNGs of the HTML report (<c>&lt;run&gt;-&lt;chart&gt;.png</c>), linked from the Markdown summary.</summary>
    public string Charts => Path.Combine(RunOutputs, "charts");

    /// <summary>Confidence intervals, regression and baseline comparisons.</summary>
    public string StatisticalAnalysis => Path.Combine(RunOutputs, "statistical-analysis");

    /// <summary>Allocation and leak-check outputs.</summary>
    public string MemoryProfiles => Path.Combine(RunOutputs, "memory-profiles");

    /// <summary>Environment detection outputs.</summary>
    public string Environment => Path.Combine(RunOutputs, "environment");

    /// <summary>GitHub summaries, alerts and the artifact manifest.</summary>
    public string CiIntegration => Path.Combine(RunOutputs, "ci-integration");

    /// <summary>Complete BenchmarkDotNet logs.</summary>
    public string Logs => Path.Combine(RunOutputs, "logs");

    /// <summary>Generated, seeded benchmark inputs (a cache).</summary>
    public string BenchmarkData => Path.Combine(Artifacts, "benchmark-data");

    /// <summary>The accuracy tool (GateAccuracy, replay-accuracy; a process of its own: its Roslyn must not meet Cake's).</summary>
    public string AccuracyProject => Path.Combine(Root, "eng", "FlyRigLoader.Gate.Accuracy", "FlyRigLoader.Gate.Accuracy.csproj");

    /// <summary>The built accuracy tool.</summary>
    public string AccuracyTool => Path.Combine(Bin, "FlyRigLoader.Gate.Accuracy", "release", "FlyRigLoader.Gate.Accuracy.dll");

    /// <summary>GateAccuracy's outputs: <c>gate-accuracy-&lt;run&gt;.json</c>, flavours, scratch baselines, trial runs.</summary>
    public string Accuracy => Path.Combine(Artifacts, "accuracy");

    /// <summary>Compressed run archives.</summary>
    public string Archives => Path.Combine(Artifacts, "archives");
}
