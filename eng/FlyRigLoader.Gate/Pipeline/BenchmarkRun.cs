using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.Statistics;
using FlyRigLoader.Gate.Execution;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.Reports.Seed;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.Sla;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// One Benchmarks run, driven step by step by the Cake tasks: <see cref="DetectEnvironment"/> → <see cref="Execute"/> →
/// <see cref="Analyze"/> → <see cref="Report"/>. Each step returns an exit code; only infrastructure problems stop early,
/// everything else (failed benchmarks, timeout, SLA failures) is carried into the report and decided by <see cref="Report"/>.
/// The machine's load is recorded around every launch, and a case that would fail on time while the run shows
/// interference is measured again before <see cref="Report"/> decides (see <see cref="RemeasureStep"/>).
/// </summary>
public sealed class BenchmarkRun
{
    private readonly BuildOptions _options;
    private readonly BuildPaths _paths;
    private readonly TextWriter _out;
    private readonly IRegressionGate? _regressionGate;
    private readonly IHostProbe _probe;
    private readonly BenchmarkRunSettings _settings;
    private readonly IMachineLoadSource _loadSource;
    private readonly Func<int, double?>? _foreignCoresOverWindow;
    private readonly DateTimeOffset _started;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _written = [];
    private EnvironmentInfo? _environment;
    private CalibrationResult? _calibration;

    // The calibration just before the launches CalibrateAgain judges next: the run's start (set with _calibration) for
    // its own launches, then the latest calibration for each re-measure round, so a burst during the start's calibration
    // does not mark every later round disturbed (found live: two x1.25 trials whose start calibration ran in a burst read
    // "99% faster" after every re-measure round and ended INCONCLUSIVE though the rounds were quiet).
    private CalibrationResult? _calibrationBefore;
    private CalibrationResult? _calibrationAfter;
    private readonly List<IReadOnlyList<BenchmarkResult>> _launchResults = [];
    private readonly List<LaunchInfo> _launches = [];
    private BdnHostInfo? _bdnHost;
    private LaunchPlan? _plan;
    private LeakCheckResult? _leak;
    private string? _leakFailure;
    private string? _leakSource;
    private bool _complete = true;
    private string? _incompleteReason;
    private bool _infrastructureOk = true;
    private SlaRegistry? _registry;
    private Core.Jobs.RuntimeSnapshot? _runtime;
    private Regression.GateConfig? _gateConfig;
    private IReadOnlyList<string>? _command;
    private TimeSpan? _deadline;

    /// <summary>Prepares a run; nothing is measured or written yet.</summary>
    public BenchmarkRun(BuildOptions options, BuildPaths paths, TextWriter output, IRegressionGate? regressionGate = null, IHostProbe? probe = null, BenchmarkRunSettings? settings = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _regressionGate = regressionGate;
        _probe = probe ?? new HostProbe();
        _settings = settings ?? new BenchmarkRunSettings();
        _loadSource = _settings.LoadSource ?? new ProcLoadSource();
        _foreignCoresOverWindow = _settings.ForeignCoresOverWindow ?? (_settings.BenchmarkCommand is null ? QuietWait.ProcWindow : null);
        _started = DateTimeOffset.UtcNow;
        RunId = Core.Results.RunId.Create(_started, "nogit");
    }

    /// <summary>The run id (<c>yyyyMMddTHHmmssZ-sha</c>), final after <see cref="DetectEnvironment"/>.</summary>
    public string RunId { get; private set; }

    /// <summary>The report written by <see cref="Report"/>, or null before.</summary>
    public string? ReportPath { get; private set; }

    /// <summary>Every file this run wrote (for the manifest).</summary>
    public IReadOnlyList<string> WrittenFiles => _written;

    /// <summary>Step 1: environment, fingerprint and calibration; writes <c>environment/environment-info-&lt;run&gt;.json</c>.</summary>
    public int DetectEnvironment()
    {
        try
        {
            _environment = EnvironmentDetector.Detect(_probe, _paths.Root, _options.EffectiveProfile);
            RunId = Core.Results.RunId.Create(_started, _environment.Git.ShortSha);
            if (!_settings.SkipCalibration)
            {
                _calibration = Calibrate();
                _calibrationBefore = _calibration;
            }

            var environment = ReportEnvironmentNow();
            Write(Path.Combine(_paths.Environment, $"environment-info-{RunId}.json"), ReportJson.Serialize(environment));
            _out.WriteLine(ConsoleSummary.EnvironmentBlock(environment));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _out.WriteLine("error: environment detection failed: " + e.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// Step 2: build the suite once, run it in the plan's launches (fresh BenchmarkDotNet processes, one after another,
    /// each into its own folder), then the leak check once; read what they wrote.
    /// </summary>
    public int Execute()
    {
        if (_environment is null && DetectEnvironment() != ExitCodes.Ok)
        {
            return ExitCodes.Error;
        }

        // The leak check's limits live in the gate config: a bad file stops the run before anything is measured.
        if (BdnArguments.WantsLeakCheck(_options) && _gateConfig is null && Analyze() != ExitCodes.Ok)
        {
            return ExitCodes.Error;
        }

        var log = Path.Combine(_paths.Logs, $"benchmark-run-{RunId}.log");
        Directory.CreateDirectory(_paths.Logs);
        _written.Add(log);
        using var logWriter = new StreamWriter(log, append: false) { AutoFlush = true };
        // Without --timeout the run still has the guide's limit: --category-timeout (1,800 s) per selected category.
        TimeSpan? deadline = _clock.Elapsed + _options.EffectiveTimeout;
        _deadline = deadline;

        var suiteDll = _options.SuiteDll is { } given ? Path.GetFullPath(given, _paths.Root) : null;
        if (suiteDll is not null && !File.Exists(suiteDll))
        {
            _out.WriteLine($"error: --suite-dll: {suiteDll} not found");
            return ExitCodes.Error;
        }

        if (!_settings.SkipBuild)
        {
            if (suiteDll is null)
            {
                _out.WriteLine($"Building {Path.GetFileName(_paths.BenchmarksProject)} (Release)...");
                var build = ChildProcess.Stream(new CommandLine("dotnet", ["build", _paths.BenchmarksProject, "-c", "Release", "-nologo"], _paths.Root), null, logWriter.WriteLine);
                if (build.ExitCode != 0)
                {
                    _out.WriteLine($"error: building the benchmark suite failed (exit {build.ExitCode}{build.StartError}); see {log}");
                    return ExitCodes.Error;
                }
            }

            if (_options.ReportArtifacts && _settings.ChartRendererCommand is null)
            {
                var charts = ChildProcess.Stream(new CommandLine("dotnet", ["build", _paths.ChartsProject, "-c", "Release", "-nologo"], _paths.Root), null, logWriter.WriteLine);
                if (charts.ExitCode != 0)
                {
                    _out.WriteLine($"error: building the chart renderer failed (exit {charts.ExitCode}{charts.StartError}); see {log}");
                    return ExitCodes.Error;
                }
            }
        }

        if (suiteDll is not null)
        {
            _out.WriteLine($"Running the suite build {suiteDll} (--suite-dll), not benchmarks/ of this work tree");
        }

        var command = _settings.BenchmarkCommand ?? ["dotnet", suiteDll ?? Path.Combine(_paths.Bin, "FlyRigLoader.Benchmarks", "release", "FlyRigLoader.Benchmarks.dll")];
        _command = command;
        var filters = _options.Filter is { } f ? new[] { f } : [];
        if (_options.Shard is { } shard)
        {
            var listed = new List<string>();
            var list = ChildProcess.Stream(new CommandLine(command[0], [.. command.Skip(1), .. BdnArguments.List(_options)], _paths.Root), null, l => { logWriter.WriteLine(l); listed.Add(l); });
            filters = [.. ShardSelector.Select(BdnArguments.ParseList(listed), shard)];
            _out.WriteLine($"Shard {shard}: {filters.Length} benchmark method(s)");
            if (list.ExitCode != 0 || filters.Length == 0)
            {
                _out.WriteLine(list.ExitCode != 0 ? $"error: listing benchmarks failed (exit {list.ExitCode}); see {log}" : $"shard {shard} selects no benchmarks");
                _complete = false;
                _incompleteReason = "no benchmarks selected for shard " + shard;
                return ExitCodes.Ok;
            }
        }

        var synced = FileSystemSync.Run(_paths.Root, OperatingSystem.IsWindows(), c => ChildProcess.Capture(c, TimeSpan.FromMinutes(2)));
        _out.WriteLine(synced);
        logWriter.WriteLine(synced);
        var bdnArtifacts = Path.Combine(_paths.Logs, "bdn-" + RunId);
        var plan = LaunchPlan.For(_options.EffectiveProfile, _options.Launches);
        _plan = plan;
        _out.WriteLine($"Running benchmarks (profile {_options.EffectiveProfile}{(_options.Categories.Count > 0 ? ", categories " + string.Join(',', _options.Categories) : "")}; {plan}, pooled); full log: {log}");
        var timedOut = false;
        for (var index = 0; index < plan.Launches; index++)
        {
            var launch = RunLaunch(command, filters, Path.Combine(bdnArtifacts, string.Create(CultureInfo.InvariantCulture, $"launch-{index + 1}")), plan, index, logWriter, log, deadline);
            if (launch.StartError is not null)
            {
                _out.WriteLine("error: " + launch.StartError);
                return ExitCodes.Error;
            }

            timedOut = launch.TimedOut;
            var remaining = plan.Launches - index - 1;
            if (launch.Failed && remaining > 0)
            {
                // A launch that failed fails the run anyway (exit 2): the others would only cost minutes.
                MarkIncomplete(string.Create(CultureInfo.InvariantCulture, $"launch {index + 1} of {plan.Launches} {(launch.TimedOut ? "timed out" : "failed")}; the remaining {remaining} launch(es) were not run"));
                break;
            }
        }

        if (_launches.Count > 0 && _complete && !timedOut)
        {
            // Right after the last launch, before the leak check: the same probe as at the start, so a machine that
            // changed during the run shows as a move between the two (a witness the CPU accounting may not have).
            _calibrationAfter = CalibrateAgain(0, _launches.Count);
        }

        if (!timedOut && BdnArguments.WantsLeakCheck(_options))
        {
            // Once per run, after every launch: it measures heap growth over cycles, not time, so more processes add nothing.
            RunLeakCheck(command, logWriter, deadline);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Step 3: load and validate the SLA registry and the gate's thresholds (<c>baselines/gate-config.json</c>, for the
    /// interference rule); statistics and verdicts are computed in <see cref="Report"/>.
    /// </summary>
    public int Analyze()
    {
        var path = _paths.SlaRegistry;
        try
        {
            _registry = SlaRegistryLoader.Load(path);
            _gateConfig = Regression.GateConfigLoader.Load(RegressionGate.ConfigPath(_paths));
            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            _out.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// Step 4: statistics and SLAs; the interference review (a case that would fail on time while the run shows
    /// interference is measured again, then judged on its quiet re-measure launches or left INCONCLUSIVE); the regression
    /// hook; every report file; the console summary. Returns the run's exit code (3 becomes 0 with <c>--accept-no-verdict</c>).
    /// </summary>
    public int Report()
    {
        if (_environment is null)
        {
            _out.WriteLine("error: Report called before DetectEnvironment");
            return ExitCodes.Error;
        }

        if ((_registry is null || _gateConfig is null) && Analyze() != ExitCodes.Ok)
        {
            return ExitCodes.Error;
        }

        var inputs = Inputs(null, 0);
        var report = ReportBuilder.Build(inputs);
        var reportPath = Path.Combine(_paths.Reports, $"benchmark-report-{RunId}.json");
        Write(reportPath, ReportJson.Serialize(report));
        ReportPath = reportPath;

        var review = Review(report, reportPath, inputs.Results);
        if (review.Records.Count > 0)
        {
            inputs = inputs with { Results = review.Results, Remeasured = review.Records, LaunchRuns = [.. _launches], Duration = _clock.Elapsed };
            report = ReportBuilder.Build(inputs);
            Write(reportPath, ReportJson.Serialize(report));
        }

        if (_options.BaselineComparison)
        {
            var outcome = Compare(report, reportPath);
            report = ReportBuilder.Build(inputs with { Regression = outcome.Analysis, RegressionExitCode = outcome.ExitCode, Duration = _clock.Elapsed });
            Write(reportPath, ReportJson.Serialize(report));
        }

        var artifactsExit = WriteArtifacts(report, reportPath);
        if (_options.CiMode)
        {
            foreach (var line in CiAnnotations.Render(report))
            {
                _out.WriteLine(line);
            }
        }

        _out.WriteLine();
        _out.Write(ConsoleSummary.Render(report, reportPath, plain: _options.CiMode));
        if (artifactsExit != ExitCodes.Ok)
        {
            _out.WriteLine($"error: the HTML report or its charts failed (see above); exit {artifactsExit}");
        }

        return NoVerdictPolicy.Apply(ExitCodes.Worst(report.Summary.ExitCode, artifactsExit), _options.AcceptNoVerdict, NoVerdictPolicy.Cases(report), _out);
    }

    /// <summary>Runs every step in order (the Cake target chains the same steps as tasks).</summary>
    public int RunAll()
    {
        var code = DetectEnvironment();
        if (code != ExitCodes.Ok || _options.EnvironmentAnalysis)
        {
            return code;
        }

        code = Execute();
        if (code != ExitCodes.Ok)
        {
            return code;
        }

        code = Analyze();
        return code != ExitCodes.Ok ? code : Report();
    }

    private RegressionOutcome Compare(BenchmarkReport report, string reportPath)
    {
        if (_regressionGate is null)
        {
            _out.WriteLine("error: --baseline-comparison: the regression gate is not available in this build");
            return new RegressionOutcome(ExitCodes.Error, new RegressionAnalysis("NOT_AVAILABLE", false, null, null));
        }

        try
        {
            return _regressionGate.Compare(report, reportPath, _out);
        }
        catch (GateInputException e)
        {
            _out.WriteLine("error: " + e.Message);
            return new RegressionOutcome(ExitCodes.Error, new RegressionAnalysis("ERROR", false, e.File, null));
        }
    }

    private int WriteArtifacts(BenchmarkReport report, string reportPath)
    {
        var env = _settings.Environment ?? System.Environment.GetEnvironmentVariable;
        Write(Path.Combine(_paths.Reports, CsvSummaryWriter.FileName(RunId)), CsvSummaryWriter.Render(report));
        Write(Path.Combine(_paths.Reports, MetadataWriter.FileName(RunId)), MetadataWriter.Render(report, reportPath));
        if (_options.SeedReport)
        {
            Write(Path.Combine(_paths.Reports, SeedReportWriter.FileName(RunId)), SeedReportWriter.Render(report, reportPath));
        }

        var markdown = MarkdownSummaryWriter.Render(report);
        var exit = ExitCodes.Ok;
        if (_options.ReportArtifacts)
        {
            var renderer = _settings.ChartRendererCommand ?? ReportPage.RendererCommand(_paths);
            var html = HtmlReportJob.Write(new HtmlReportRequest(report, _paths.Reports, _paths.Charts, renderer, _paths.Root, TimeSpan.FromMinutes(5), _paths.Accuracy));
            if (html.Error is not null)
            {
                _out.WriteLine("error: " + html.Error);
            }

            foreach (var file in (string?[])[html.HtmlPath, .. html.ChartPngs])
            {
                if (file is not null && !_written.Contains(file))
                {
                    _written.Add(file);
                }
            }

            Write(Path.Combine(_paths.Reports, $"benchmark-summary-{RunId}.md"), markdown + MarkdownChartLinks.Render(_paths.Reports, html.HtmlPath, html.ChartPngs));
            exit = html.ExitCode;
        }

        if (_options.StatisticalAnalysis)
        {
            var intervals = report.AllEntries().Where(e => e.Statistics is not null).Select(e => new
            {
                full_name = e.FullName, n = e.Statistics!.N, mean_ns = e.Statistics.Mean, median_ns = e.Statistics.Median, std_dev_ns = e.Statistics.StdDev,
                coefficient_of_variation = e.Statistics.CoefficientOfVariation, student_t_95 = e.Statistics.StudentT, bootstrap_95 = e.Statistics.Bootstrap, outliers = e.Statistics.OutlierCount,
            });
            var fits = report.ScalingFits();
            Write(Path.Combine(_paths.StatisticalAnalysis, StatisticsCsvWriter.FileName(RunId)), StatisticsCsvWriter.Render(report));
            Write(Path.Combine(_paths.StatisticalAnalysis, StatisticsJsonWriter.FileName(RunId)), StatisticsJsonWriter.Render(report));
            Write(Path.Combine(_paths.StatisticalAnalysis, $"confidence-intervals-{RunId}.json"), ReportJson.Serialize(new { schema_version = 1, run_id = RunId, confidence_level = 0.95, bootstrap_resamples = Core.Statistics.SampleStatistics.BootstrapResamples, benchmarks = intervals, scaling_analysis = fits }));
        }

        if (_options.MemoryProfiling || _leak is not null || _leakFailure is not null)
        {
            var allocations = report.AllEntries().Select(e => new { full_name = e.FullName, category = e.Category, allocated_bytes_per_op = e.AllocatedBytesPerOp });
            Write(Path.Combine(_paths.MemoryProfiles, $"memory-analysis-{RunId}.json"), ReportJson.Serialize(new { schema_version = 1, run_id = RunId, memory_analysis = report.MemoryAnalysis, allocations }));
            Write(Path.Combine(_paths.MemoryProfiles, MemoryProfileLog.FileName(RunId)), MemoryProfileLog.Render(report));
        }

        Write(Path.Combine(_paths.CiIntegration, "github-actions-summary.json"), GithubSummary.Render(report, Path.GetRelativePath(_paths.Artifacts, reportPath), env, [.. _written.Select(f => Path.GetRelativePath(_paths.Artifacts, f))]));
        if (env("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
        {
            // The step summary links what the run wrote (relative to artifacts/, as the uploaded artifacts hold them).
            var links = _written.Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                .Where(f => !f.StartsWith(_paths.Logs, StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(_paths.Artifacts, f)).ToList();
            File.AppendAllText(stepSummary, MarkdownSummaryWriter.Render(report, links) + "\n");
        }

        var manifest = Path.Combine(_paths.CiIntegration, "artifact-manifest.json");
        AtomicFile.WriteAllText(manifest, ArtifactManifest.Render(RunId, _paths.Artifacts, _written));
        return exit;
    }

    private sealed record LaunchOutcome(string? StartError, bool TimedOut, bool Failed);

    /// <summary>A launch's process, the cases it reported and the machine's load around it.</summary>
    private sealed record Measured(ProcessOutcome Run, IReadOnlyList<BenchmarkResult> Cases, int Finished, int? Announced, LaunchLoad Load, LoadSample Before, LoadSample After);

    /// <summary>Runs launch <paramref name="index"/> into its own folder, reads its reports and records what it did.</summary>
    private LaunchOutcome RunLaunch(IReadOnlyList<string> command, IReadOnlyList<string> filters, string folder, LaunchPlan plan, int index, StreamWriter logWriter, string log, TimeSpan? deadline)
    {
        var reverse = LaunchPlan.Reversed(index);
        var of = plan.Launches > 1 ? string.Create(CultureInfo.InvariantCulture, $" (launch {index + 1} of {plan.Launches})") : string.Empty;
        if (plan.Launches > 1)
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Launch {index + 1}/{plan.Launches}{(reverse ? ", reverse order" : "")}  elapsed {_clock.Elapsed:mm\\:ss}"));
        }

        var args = BdnArguments.Run(_options, filters, folder, plan, index);
        logWriter.WriteLine($"// FlyRigLoader gate: launch {index + 1} of {plan.Launches}: {string.Join(' ', args)}");
        var measured = Measure(command, args, folder, index, logWriter, deadline);
        var run = measured.Run;
        var cases = measured.Cases;
        _launchResults.Add(cases);
        _launches.Add(Info(measured, index, plan, remeasure: false));
        if (run.StartError is not null)
        {
            return new LaunchOutcome(run.StartError, false, true);
        }

        var finished = measured.Finished;
        var incomplete = true;
        if (run.TimedOut)
        {
            MarkIncomplete(string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.EffectiveTimeout.TotalSeconds:0} s{(_options.Timeout is null ? " (the default: --category-timeout per selected category)" : "")}; {finished} of {measured.Announced?.ToString(CultureInfo.InvariantCulture) ?? "?"} benchmark(s) finished{of}"));
        }
        else if (finished == 0)
        {
            MarkIncomplete("no benchmark produced a report (nothing matched the selection, or the suite failed to run; see the log)" + of);
        }
        else if (measured.Announced is { } total && finished < total)
        {
            MarkIncomplete(string.Create(CultureInfo.InvariantCulture, $"{total - finished} of {total} benchmark(s) have no results{of}"));
        }
        else
        {
            incomplete = false;
        }

        var caseFailed = cases.Any(c => !c.Success);
        if (!run.TimedOut && run.ExitCode != 0 && !caseFailed)
        {
            _infrastructureOk = false;
            _out.WriteLine($"error: the benchmark process exited with {run.ExitCode}{of}; see {log}");
        }

        return new LaunchOutcome(null, run.TimedOut, incomplete || caseFailed || run.ExitCode != 0);
    }

    // The job names the runtime settings the suite's process ran with; a run that recorded none says so instead of
    // pretending to a job it cannot show.
    private void ReadRuntimeSettings(string bdnArtifacts)
    {
        var path = Path.Combine(bdnArtifacts, RuntimeSettingsReader.FileName);
        try
        {
            _runtime = File.Exists(path) ? RuntimeSettingsReader.Read(path) : null;
            if (_runtime is null && Directory.Exists(bdnArtifacts))
            {
                _out.WriteLine($"warning: the suite recorded no {RuntimeSettingsReader.FileName} in {bdnArtifacts}; the run's job has no runtime settings");
            }
        }
        catch (GateInputException e)
        {
            _infrastructureOk = false;
            _out.WriteLine("error: " + e.Message);
        }
    }

    /// <summary>
    /// Starts one BenchmarkDotNet process with <paramref name="args"/>, sampling the machine's load right before and right
    /// after it, and reads what it wrote into <paramref name="folder"/>.
    /// </summary>
    private Measured Measure(IReadOnlyList<string> command, IReadOnlyList<string> args, string folder, int index, StreamWriter logWriter, TimeSpan? deadline)
    {
        var tracker = new ProgressTracker();
        var verbose = _options.Verbose;
        var before = _loadSource.Sample();
        var run = ChildProcess.Stream(new CommandLine(command[0], [.. command.Skip(1), .. args], _paths.Root) { Environment = MeasuringRuntime.Variables(_options.Runtime) }, Remaining(deadline), line =>
        {
            logWriter.WriteLine(line);
            if (verbose)
            {
                _out.WriteLine(line);
            }

            if (ProgressParser.Parse(line) is { } e && tracker.Apply(e, _clock.Elapsed) is { } status && !verbose)
            {
                _out.WriteLine(status);
            }
        });
        var after = _loadSource.Sample();

        var reports = BdnReportReader.ReadDirectory(Path.Combine(folder, "results"));
        if (_runtime is null)
        {
            // Every launch starts with the same settings; the first that recorded them speaks for the run's job.
            ReadRuntimeSettings(folder);
        }

        _written.AddRange(Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : []);
        var cases = reports.SelectMany(r => r.Benchmarks).DistinctBy(b => b.FullName).ToList();
        _bdnHost ??= reports.Select(r => r.Host).FirstOrDefault(h => h is not null);
        var load = CpuAccounting.Between(index, before.Cpu, after.Cpu, run.Elapsed.TotalSeconds, run.CpuTime?.TotalSeconds ?? 0, _environment!.Cpu.LogicalCores);
        return new Measured(run, cases, reports.Sum(r => r.Benchmarks.Count), tracker.Total, load, before, after);
    }

    // Foreign cores are the foreign CPU seconds over the launch's own wall time, so the report alone reproduces them.
    private LaunchInfo Info(Measured measured, int index, LaunchPlan plan, bool remeasure)
    {
        var info = new LaunchInfo(
            index + 1, Math.Round(measured.Run.Elapsed.TotalSeconds, 3), measured.Run.CpuTime is { } cpu ? Math.Round(cpu.TotalSeconds, 3) : null,
            measured.Run.ExitCode, measured.Run.TimedOut, plan.IterationsPerLaunch, LaunchPlan.Reversed(index), measured.Cases.Count(c => c.Success),
            Round(measured.Load.ForeignCpuSeconds, 3), Round(measured.Load.StealSeconds, 3), null,
            measured.Before.LoadAverage, measured.After.LoadAverage, null, remeasure, measured.Before.MemoryAvailableGb, measured.After.MemoryAvailableGb);
        return info with { ForeignCores = Round(info.ToLoad(_environment!.Cpu.LogicalCores).ForeignCores, 4) };
    }

    private CalibrationResult Calibrate() =>
        (_settings.Calibrate ?? (folder => CalibrationRunner.Run(folder)))(Path.Combine(_paths.Artifacts, "calibration-scratch-" + RunId));

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    /// <summary>
    /// The interference review: the regression gate's quiet first look (with <c>--baseline-comparison</c>) and the SLA
    /// verdicts name the cases that would fail on time; <see cref="RemeasureStep"/> decides, measuring disturbed ones again.
    /// </summary>
    private ReviewOutcome Review(BenchmarkReport report, string reportPath, IReadOnlyList<BenchmarkResult> pooled)
    {
        if (report.Summary.ExitCode == ExitCodes.Error)
        {
            // A run that failed or was cut short exits 2 whatever its verdicts: measuring again would change nothing.
            return new ReviewOutcome(pooled, [], [], new Dictionary<string, InterferenceFinding>());
        }

        RegressionDetails? firstLook = null;
        if (_options.BaselineComparison && _regressionGate is not null)
        {
            try
            {
                firstLook = _regressionGate.FirstLook(report, reportPath).Analysis?.Details;
            }
            catch (GateInputException)
            {
                // The comparison after the review reports the problem (exit 2); SLA failures are still reviewed.
            }
        }

        var config = _gateConfig!.WithThresholds(_options.Threshold, null);
        var failing = InterferenceReview.FailingCases(report, firstLook, config.Interference);
        var hidden = InterferenceReview.HiddenCases(report, firstLook, config.Interference, (name, category) => config.PolicyFor(name, category).FailThreshold)
            .Except(failing, StringComparer.Ordinal).ToList();
        if (failing.Count + hidden.Count == 0)
        {
            return new ReviewOutcome(pooled, [], [], new Dictionary<string, InterferenceFinding>());
        }

        if (hidden.Count > 0)
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Interference: the run is unsettled and left {hidden.Count} slowdown(s) at the fail threshold SUSPECTED ({string.Join(", ", hidden)}); they are decided with the failing cases"));
        }

        var outcome = RemeasureStep.Run(report, pooled, failing, config.Interference, Remeasure, config.RemeasureRounds, hidden);
        var undisturbed = failing.Count + hidden.Count - outcome.Records.Count;
        if (undisturbed > 0)
        {
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interference: none seen while {undisturbed} case(s) to decide were measured; their verdicts stand."));
        }

        foreach (var record in outcome.Records)
        {
            _out.WriteLine($"Interference: {record.FullName}: {record.Outcome}: {record.Reason}");
        }

        return outcome;
    }

    /// <summary>
    /// Measures the methods of <paramref name="names"/> again in fresh launches (numbered after the run's own, each into
    /// <c>logs/bdn-&lt;run&gt;/remeasure-&lt;i&gt;/</c>, loads recorded), then the calibration once more.
    /// </summary>
    private RemeasureRun Remeasure(IReadOnlyList<string> names)
    {
        var count = _gateConfig!.RemeasureLaunches;
        if (count == 0)
        {
            return new RemeasureRun([], "re-measuring is off: interference.remeasure_launches is 0 in gate-config.json");
        }

        if (_command is null || _plan is null || _environment is null)
        {
            return new RemeasureRun([], "the suite did not run in this process");
        }

        WaitForQuiet();
        var filters = names.Select(RegressionGate.FilterFor).Distinct(StringComparer.Ordinal).ToList();
        // Launches of earlier rounds keep their folders: this round's are numbered after every re-measure launch so far.
        var earlier = _launches.Count(l => l.Remeasure);
        _out.WriteLine(earlier == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Interference: {names.Count} case(s) to decide were measured under interference; measuring {filters.Count} method(s) again in {count} fresh launch(es) before deciding")
            : string.Create(CultureInfo.InvariantCulture, $"Interference: every re-measure launch of {names.Count} case(s) was disturbed too; measuring {filters.Count} method(s) once more in {count} fresh launch(es)"));
        var log = Path.Combine(_paths.Logs, $"benchmark-run-{RunId}.log");
        using var logWriter = new StreamWriter(log, append: true) { AutoFlush = true };
        var first = _launches.Count;
        var ran = new List<(int Index, IReadOnlyList<BenchmarkResult> Cases)>();
        string? problem = null;
        for (var i = 0; i < count; i++)
        {
            if (_deadline is { } d && d <= _clock.Elapsed)
            {
                problem = "the --timeout deadline had passed";
                break;
            }

            var index = first + i;
            var folder = Path.Combine(_paths.Logs, "bdn-" + RunId, string.Create(CultureInfo.InvariantCulture, $"remeasure-{earlier + i + 1}"));
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Re-measure launch {i + 1}/{count} (launch {index + 1}){(LaunchPlan.Reversed(index) ? ", reverse order" : "")}  elapsed {_clock.Elapsed:mm\\:ss}"));
            var args = BdnArguments.Run(_options, filters, folder, _plan, index);
            logWriter.WriteLine($"// FlyRigLoader gate: re-measure launch {i + 1} of {count} (launch {index + 1}): {string.Join(' ', args)}");
            var measured = Measure(_command, args, folder, index, logWriter, _deadline);
            _launches.Add(Info(measured, index, _plan, remeasure: true));
            ran.Add((index, measured.Cases));
            if (measured.Run.StartError is not null || measured.Run.TimedOut || measured.Run.ExitCode != 0)
            {
                problem = measured.Run.TimedOut ? "a re-measure launch hit the --timeout deadline"
                    : string.Create(CultureInfo.InvariantCulture, $"re-measure launch {index + 1} {(measured.Run.StartError is { } e ? "did not start: " + e : "exited with " + measured.Run.ExitCode.ToString(CultureInfo.InvariantCulture))}");
                _out.WriteLine("warning: " + problem + $"; see {log}");
                break;
            }
        }

        if (ran.Count > 0 && problem is null)
        {
            CalibrateAgain(first, _launches.Count);
        }

        return new RemeasureRun(ran.Select(r => new RemeasureLaunch(_launches[r.Index], r.Cases)).ToList(), problem);
    }

    /// <summary>
    /// Before a re-measure round: waits up to <c>interference.quiet_wait_seconds</c> (and half the time left before the
    /// deadline) for other processes the CPU accounting sees busy to stop, saying how long it waited.
    /// </summary>
    private void WaitForQuiet()
    {
        var max = (double)_gateConfig!.QuietWaitSeconds;
        if (max <= 0 || _foreignCoresOverWindow is not { } window)
        {
            return;
        }

        if (_deadline is { } d)
        {
            max = Math.Min(max, Math.Max(0, (d - _clock.Elapsed).TotalSeconds / 2));
        }

        var cores = _environment!.Cpu.LogicalCores;
        var waited = QuietWait.Run(() => window(cores), max, _gateConfig.Interference.ForeignCores);
        if (waited.Windows == 1)
        {
            return;
        }

        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Interference: other processes kept {waited.FirstForeignCores:0.00} of {cores} cores busy; waited {waited.WaitedSeconds:0} s before re-measuring: {(waited.Quiet ? "quiet now" : string.Create(CultureInfo.InvariantCulture, $"still {waited.LastForeignCores:0.00} busy at the limit, re-measuring anyway"))}"));
        // The calibration the round would be judged against ran beside the neighbour just waited out: after a quiet
        // round the next one would read "faster" and mark every launch of the round disturbed. Take it again.
        if (!_settings.SkipCalibration && _calibrationBefore is not null)
        {
            try
            {
                _calibrationBefore = Calibrate();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _out.WriteLine("warning: the calibration after waiting for quiet failed: " + e.Message);
            }
        }
    }

    /// <summary>
    /// Runs the calibration again (unless the run skips it) and records, on launches [<paramref name="from"/>,
    /// <paramref name="to"/>), how far it moved from the calibration just before them (the run's start for its own
    /// launches, the previous calibration for a re-measure round).
    /// </summary>
    private CalibrationResult? CalibrateAgain(int from, int to)
    {
        if (_settings.SkipCalibration || _calibrationBefore is not { } before)
        {
            return null;
        }

        CalibrationResult again;
        try
        {
            again = Calibrate();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _out.WriteLine("warning: the calibration after the launches failed: " + e.Message);
            return null;
        }

        var shift = InterferenceRule.CalibrationShift(CalibrationReference.CpuFactor(before.CpuMs), CalibrationReference.CpuFactor(again.CpuMs));
        for (var i = from; i < to; i++)
        {
            _launches[i] = _launches[i] with { CalibrationShift = Round(shift, 4) };
        }

        _calibrationBefore = again;
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Calibration after the launches: cpu {again.CpuMs:0.0} ms, memory {again.MemoryMs:0.0} ms vs {before.CpuMs:0.0} ms, {before.MemoryMs:0.0} ms before them (CPU probe speed {shift * 100:+0.0;-0.0;0.0}%; speed factor {again.SpeedFactor:0.000} vs {before.SpeedFactor:0.000})"));
        return again;
    }

    private void RunLeakCheck(IReadOnlyList<string> command, StreamWriter logWriter, TimeSpan? deadline)
    {
        _leakSource = Path.Combine(_paths.MemoryProfiles, $"leak-check-{RunId}.json");
        Directory.CreateDirectory(_paths.MemoryProfiles);
        _out.WriteLine("Running the memory leak check...");
        var leak = ChildProcess.Stream(new CommandLine(command[0], [.. command.Skip(1), .. BdnArguments.LeakCheck(_options, _leakSource, _gateConfig ?? new Regression.GateConfig())], _paths.Root) { Environment = MeasuringRuntime.Variables(_options.Runtime) }, Remaining(deadline), logWriter.WriteLine);
        if (leak.TimedOut)
        {
            MarkIncomplete("timed out during the leak check");
            _leakFailure = "timed out";
            return;
        }

        try
        {
            _leak = LeakCheckReader.Read(_leakSource);
            _written.Add(_leakSource);
        }
        catch (GateInputException e)
        {
            _leakFailure = $"exit {leak.ExitCode}: {e.Message}";
        }
    }

    private ReportInputs Inputs(RegressionAnalysis? regression, int regressionExit) => new(
        RunId, _started, _clock.Elapsed, _options.EffectiveProfile, _options.Categories, _options.Filter, _options.Shard?.ToString(), BdnArguments.WantsLeakCheck(_options),
        _environment!, _calibration, _bdnHost, LaunchPooling.Pool(_launchResults), _registry!, _leak, _leakFailure, _leakSource,
        _complete, _incompleteReason, _infrastructureOk, regression, regressionExit, _plan?.Launches ?? 1, [.. _launches], _runtime, _options.AcceptNoVerdict, _calibrationAfter, null, _gateConfig?.Interference,
        _gateConfig?.ReportIntervals);

    private ReportEnvironment ReportEnvironmentNow()
    {
        var env = _environment!;
        return new ReportEnvironment(env.Fingerprint, EnvironmentFingerprint.Canonical(env.Cpu, env.Dotnet.Runtime, env.BenchmarkDotNetVersion, env.Os), env, _calibration,
            SeedNormalizationFactors.Compute(env.Cpu.LogicalCores, env.Virtualization.IsVirtualized, env.Os.Family, env.StorageType), null);
    }

    private void MarkIncomplete(string reason)
    {
        _complete = false;
        _incompleteReason = _incompleteReason is null ? reason : _incompleteReason + "; " + reason;
        _out.WriteLine("warning: run incomplete: " + reason);
    }

    private TimeSpan? Remaining(TimeSpan? deadline) =>
        deadline is { } d ? (d - _clock.Elapsed > TimeSpan.Zero ? d - _clock.Elapsed : TimeSpan.FromMilliseconds(1)) : null;

    private void Write(string path, string content)
    {
        AtomicFile.WriteAllText(path, content);
        if (!_written.Contains(path))
        {
            _written.Add(path);
        }
    }
}
