using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Accuracy.Experiments;
using FlyRigLoader.Gate.Accuracy.Flavours;
using FlyRigLoader.Gate.Accuracy.Trials;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.RunEnvironment;

namespace FlyRigLoader.Gate.Accuracy.Run;

/// <summary>
/// Runs a <see cref="AccuracyPlan"/> (the I/O shell around the pure plan, scoring and report): builds the shipped suite
/// and the flavours, fills a scratch baseline, runs the trials round by round, and rewrites
/// <c>artifacts/accuracy/gate-accuracy-&lt;run&gt;.json</c> after every round, so an interrupted run keeps what it measured.
/// </summary>
/// <param name="plan">What to run.</param>
/// <param name="paths">The repository's paths.</param>
/// <param name="toolDll">This tool's dll (the neighbour runs its <c>burn</c> command).</param>
/// <param name="console">Progress and the final table.</param>
internal sealed class AccuracyRunner(AccuracyPlan plan, BuildPaths paths, string toolDll, TextWriter console)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _errors = [];
    private readonly Dictionary<ExperimentKind, List<ExperimentTrial>> _trials = [];
    private readonly Dictionary<ExperimentKind, Flavour> _flavours = [];
    private readonly List<IReadOnlyDictionary<string, double>> _spreadMedians = [];
    private readonly List<double> _singleSeconds = [];
    private readonly List<double> _baselineSeconds = [];
    private readonly List<double> _abSeconds = [];

    /// <summary>Runs everything; returns the exit code (0 ran, 1 a bar missed with <c>--require-bars</c>, 2 bad input or infrastructure failure).</summary>
    public int Execute()
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            var environment = EnvironmentDetector.Detect(new HostProbe(), paths.Root, plan.Options.EffectiveProfile);
            var runId = RunId.Create(started, environment.Git.ShortSha);
            var folder = Path.Combine(paths.Accuracy, "runs", runId);
            console.WriteLine(AccuracyTable.Header(plan, runId, folder));
            var shipped = BuildShipped();
            CheckTarget(shipped);
            BuildFlavours();
            var baseline = plan.NeedsBaseline ? FillBaseline(shipped, runId) : null;
            var machine = new AccuracyMachine(
                environment.Os.Description, environment.Cpu.Model, environment.Cpu.LogicalCores, environment.Dotnet.Runtime, environment.Fingerprint, environment.Git.Sha, environment.Git.Dirty);
            var reportPath = Path.Combine(paths.Accuracy, GateAccuracyFile.FileName(runId));
            GateAccuracyReport Snapshot() => AccuracyReportBuilder.Build(
                plan, runId, started, DateTimeOffset.UtcNow, _clock.Elapsed.TotalSeconds, machine, baseline, _flavours, _trials, _spreadMedians, _errors);
            foreach (var round in plan.Schedule().GroupBy(t => t.Round))
            {
                RunRound(round.Key, [.. round], shipped, baseline is null ? null : Path.Combine(paths.Root, baseline.Path), folder);
                AtomicFile.WriteAllText(reportPath, GateAccuracyFile.Serialize(Snapshot()));
            }

            var report = Snapshot();
            AtomicFile.WriteAllText(reportPath, GateAccuracyFile.Serialize(report));
            console.WriteLine();
            console.Write(AccuracyTable.Render(report));
            console.WriteLine($"written: {reportPath}");
            return AccuracyTable.ExitCode(report, plan.Options.RequireBars, console);
        }
        catch (GateInputException e)
        {
            console.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }
    }

    private string BuildShipped()
    {
        console.WriteLine($"building {paths.BenchmarksProject} (Release)");
        var build = ChildProcess.Capture(new CommandLine("dotnet", ["build", paths.BenchmarksProject, "-c", "Release", "-nologo", "-v", "quiet"], paths.Root), TimeSpan.FromMinutes(20));
        var dll = Path.Combine(paths.Bin, "FlyRigLoader.Benchmarks", "release", "FlyRigLoader.Benchmarks.dll");
        if (build.ExitCode != 0 || !File.Exists(dll))
        {
            var log = build.Combined.Trim();
            throw new GateInputException(paths.BenchmarksProject, string.Create(CultureInfo.InvariantCulture, $"building the suite failed (exit {build.ExitCode}): {(log.Length > 600 ? log[^600..] : log)}"));
        }

        return dll;
    }

    // An injected experiment whose target the profile, category or filter leaves out could only ever miss: refuse it now.
    private void CheckTarget(string shipped)
    {
        if (!plan.NeedsTarget)
        {
            return;
        }

        var methods = new BenchmarkExecutable(shipped, "A").ListMethods(SuiteTrials.RunOptions(plan.Options), plan.Options.Filter ?? "*");
        if (!methods.Any(m => TargetMatch.IsTarget(plan.Target, m)))
        {
            throw new GateInputException("--target-benchmark", string.Create(CultureInfo.InvariantCulture,
                $"'{plan.Target}' is not among the {methods.Count} benchmark methods that --profile={plan.Options.EffectiveProfile}{(plan.Options.Filter is { } f ? " --filter=" + f : "")}{(plan.Options.Categories.Count > 0 ? " --category=" + string.Join(',', plan.Options.Categories) : "")} select"));
        }
    }

    private void BuildFlavours()
    {
        foreach (var experiment in plan.Experiments.Where(e => e.Injection is not null))
        {
            var spec = experiment.Injection!.IsIdentity ? experiment.Injection : experiment.Injection with { TargetGlob = plan.Target };
            _flavours[experiment.Kind] = FlavourBuilder.Ensure(paths.Root, FlavourBuilder.Folder(paths.Artifacts), experiment.Name, spec, console);
        }
    }

    // The scratch baseline is built as UpdateBaseline builds a committed one: a run whose launches disagree beyond
    // baseline_max_launch_spread is set aside and measured again, up to K extra runs; judging the trials against a
    // baseline measured in the host's bursts would score the bursts, not the gate.
    private AccuracyBaseline? FillBaseline(string shipped, string runId)
    {
        var directory = Path.Combine(paths.Accuracy, "baselines", runId);
        var suite = new SuiteTrials(paths, plan.Options, plan.Options.Verbose ? console : null);
        var limit = plan.Options.AllowUnsettled ? 0 : GateConfigLoader.Load(RegressionGate.ConfigPath(paths)).BaselineMaxLaunchSpread;
        var runs = new List<ExperimentTrial>();
        var setAside = new List<ExperimentTrial>();
        string? file = null;
        for (var attempt = 1; runs.Count < plan.BaselineRuns; attempt++)
        {
            if (attempt > 2 * plan.BaselineRuns)
            {
                var spreads = string.Join(", ", setAside.Select(t => t.LaunchSpread?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"));
                var what = string.Create(CultureInfo.InvariantCulture,
                    $"the host did not settle: {setAside.Count} of {attempt - 1} baseline runs had launches disagreeing beyond baseline_max_launch_spread {limit:0.00###} (median sd of log {spreads})");
                _errors.Add(what + "; the single-run experiments did not run (measure when the host is quiet, or --allow-unsettled)");
                return null;
            }

            var result = suite.Run(shipped, Path.Combine(paths.Accuracy, "runs", runId, string.Create(CultureInfo.InvariantCulture, $"baseline-{attempt:00}")), null);
            _baselineSeconds.Add(result.Seconds);
            var trial = AccuracyReportBuilder.Trial(runs.Count + 1, result, new Dictionary<string, string>(StringComparer.Ordinal), []);
            if (result.Run is not { } run)
            {
                Progress(string.Create(CultureInfo.InvariantCulture, $"baseline run {runs.Count + 1}/{plan.BaselineRuns}"), result, null);
                _errors.Add($"baseline run {attempt.ToString(CultureInfo.InvariantCulture)} failed: {result.Error}; the single-run experiments did not run");
                return null;
            }

            file ??= Path.Combine(directory, BaselineStore.FileName(run.EnvironmentName ?? "unknown", run.Fingerprint ?? "unknown", run.Job?.Key ?? "nojob"));
            var update = BaselineUpdater.Append(File.Exists(file) ? BaselineStore.Read(file) : null, run, plan.BaselineRuns, allowDirty: true, limit);
            var spread = run.LaunchSpread is { } ls ? string.Create(CultureInfo.InvariantCulture, $", launch spread {ls:0.000}") : string.Empty;
            if (update.Unsettled && update.Refusals.Count == 1)
            {
                setAside.Add(trial with { Index = setAside.Count + 1 });
                Progress(string.Create(CultureInfo.InvariantCulture, $"baseline run {runs.Count + 1}/{plan.BaselineRuns} set aside (unsettled{spread} > {limit:0.00###}), measuring again"), result, null);
                continue;
            }

            if (!update.Accepted)
            {
                _errors.Add($"baseline run {attempt.ToString(CultureInfo.InvariantCulture)} was refused: {string.Join("; ", update.Refusals)}; the single-run experiments did not run");
                return null;
            }

            runs.Add(trial);
            Progress(string.Create(CultureInfo.InvariantCulture, $"baseline run {runs.Count}/{plan.BaselineRuns}{spread}"), result, null);
            BaselineStore.Write(file, update.Updated!);
        }

        return new AccuracyBaseline(Path.GetRelativePath(paths.Root, file!).Replace('\\', '/'), plan.BaselineRuns, runs, limit, setAside);
    }

    private void RunRound(int round, IReadOnlyList<ScheduledTrial> trials, string shipped, string? baseline, string folder)
    {
        var echo = plan.Options.Verbose ? console : null;
        var suite = new SuiteTrials(paths, plan.Options, echo, plan.Options.Confirm ? shipped : null, plan.Target);
        var against = new AgainstTrials(paths, plan.Options, echo);
        var quiet = new List<(string? RunId, TrialVerdicts Verdicts, TrialVerdicts? Confirmed)>();
        foreach (var trial in trials)
        {
            var kind = trial.Experiment.Kind;
            var dir = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{trial.Experiment.Name}-{trial.Index:00}"));
            if (trial.Experiment.NeedsBaseline && baseline is null)
            {
                continue;
            }

            IReadOnlyList<(string? RunId, TrialVerdicts Verdicts, TrialVerdicts? Confirmed)> compared = [];
            TrialResult result;
            switch (kind)
            {
                case ExperimentKind.Spread:
                    result = suite.Run(shipped, dir, null);
                    if (result.Run is { } run)
                    {
                        _spreadMedians.Add(Medians(run));
                    }

                    break;
                case ExperimentKind.Aa:
                    result = suite.Run(shipped, dir, baseline);
                    if (result.Verdicts is { } v)
                    {
                        quiet.Add((result.RunId, v, result.Confirmed));
                    }

                    break;
                case ExperimentKind.Neighbour:
                    if (plan.NeighbourNeedsQuietRuns)
                    {
                        var own = suite.Run(shipped, dir + "-quiet", baseline);
                        Progress(string.Create(CultureInfo.InvariantCulture, $"[round {round}/{plan.Trials}] neighbour {trial.Index}: quiet run"), own, null);
                        quiet.AddRange(own.Verdicts is { } q ? [(own.RunId, q, own.Confirmed)] : []);
                    }

                    compared = [.. quiet];
                    result = WithNeighbour(() => suite.Run(shipped, dir, baseline));
                    break;
                case ExperimentKind.AgainstAa or ExperimentKind.Against110:
                    var flavour = _flavours[kind];
                    result = against.Run(shipped, flavour.Dll, $"shipped build (A) against accuracy flavour {flavour.Name} {flavour.Spec.Describe()} (B)", dir);
                    break;
                default:
                    result = suite.Run(_flavours[kind].Dll, dir, baseline);
                    break;
            }

            var outcomes = TrialScoring.Classify(kind, result.Verdicts, plan.Target, [.. compared.Select(c => c.Verdicts)]);
            if (plan.Options.Confirm && trial.Experiment.NeedsBaseline)
            {
                outcomes = TrialScoring.WithConfirmed(kind, outcomes, result.Confirmed, plan.Target, [.. compared.Select(c => c.Confirmed ?? c.Verdicts)]);
            }

            var record = AccuracyReportBuilder.Trial(trial.Index, result, outcomes, [.. compared.Select(c => c.RunId).OfType<string>()]);
            (_trials.TryGetValue(kind, out var list) ? list : _trials[kind] = []).Add(record);
            if (result.Error is { } error)
            {
                _errors.Add($"{trial.Experiment.Name} trial {trial.Index.ToString(CultureInfo.InvariantCulture)}: {error}");
            }

            (trial.Experiment.Interleaved ? _abSeconds : _singleSeconds).Add(result.Seconds);
            // Its launch agreement beside the outcome: whether the run was settled explains most of what a single run decided.
            var agreed = result.Run?.LaunchSpread is { } ls ? string.Create(CultureInfo.InvariantCulture, $", launch spread {ls:0.000}") : string.Empty;
            Progress(string.Create(CultureInfo.InvariantCulture, $"[round {round}/{plan.Trials}] {trial.Experiment.Name} {trial.Index}/{trial.Experiment.Trials(plan.Trials)}{agreed}"), result, outcomes);
        }
    }

    private TrialResult WithNeighbour(Func<TrialResult> trial)
    {
        Neighbour neighbour;
        try
        {
            // Longer than any trial can take; it also stops when this process is gone.
            neighbour = Neighbour.Start(toolDll, TimeSpan.FromHours(3));
        }
        catch (InvalidOperationException e)
        {
            var now = DateTimeOffset.UtcNow;
            return new TrialResult(null, now, 0, null, LoadAverage.Now(), LoadAverage.Now(), null, null, e.Message);
        }

        using (neighbour)
        {
            return trial();
        }
    }

    private static Dictionary<string, double> Medians(MeasuredRun run) =>
        run.Benchmarks.Where(b => b.SamplesNs.Count > 0).DistinctBy(b => b.FullName)
            .ToDictionary(b => b.FullName, b => Core.Statistics.RobustStatistics.Median(b.SamplesNs), StringComparer.Ordinal);

    private void Progress(string what, TrialResult result, IReadOnlyDictionary<string, string>? outcomes)
    {
        var schedule = plan.Schedule();
        var singleLeft = schedule.Count(t => !t.Experiment.Interleaved) - _singleSeconds.Count;
        var abLeft = schedule.Count(t => t.Experiment.Interleaved) - _abSeconds.Count;
        // Before the first trial a baseline run is the best guess at a single run's length (the same suite, the same job).
        var single = _singleSeconds.Count > 0 ? Average(_singleSeconds) : Average(_baselineSeconds);
        var remaining = (singleLeft * single) + (abLeft * Average(_abSeconds));
        console.WriteLine(AccuracyTable.ProgressLine(what, result, outcomes, _clock.Elapsed, _singleSeconds.Count + _abSeconds.Count, schedule.Count, remaining));
    }

    private static double Average(List<double> values) => values.Count == 0 ? 0 : values.Average();
}
