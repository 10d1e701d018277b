using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Calibration;
using FlyRigLoader.Gate.Commands;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Results;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Execution;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Reports;
using FlyRigLoader.Gate.Reports.Html;
using FlyRigLoader.Gate.Results;
using FlyRigLoader.Gate.RunEnvironment;
using FlyRigLoader.Gate.Sla;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// One Benchmarks run, driven step by step by the Cake tasks: <see cref="DetectEnvironment"/> → <see cref="Execute"/> →
/// <see cref="Analyze"/> → <see cref="Report"/>. Each step returns an exit code; only infrastructure problems stop early,
/// everything else (failed benchmarks, timeout, SLA failures) is carried into the report and decided by <see cref="Report"/>.
/// </summary>
public sealed class BenchmarkRun
{
    private readonly BuildOptions _options;
    private readonly BuildPaths _paths;
    private readonly TextWriter _out;
    private readonly IRegressionGate? _regressionGate;
    private readonly IHostProbe _probe;
    private readonly BenchmarkRunSettings _settings;
    private readonly DateTimeOffset _started;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _written = [];
    private EnvironmentInfo? _environment;
    private CalibrationResult? _calibration;
    private IReadOnlyList<BdnReport> _bdnReports = [];
    private LeakCheckResult? _leak;
    private string? _leakFailure;
    private string? _leakSource;
    private bool _complete = true;
    private string? _incompleteReason;
    private bool _infrastructureOk = true;
    private SlaRegistry? _registry;

    /// <summary>Prepares a run; nothing is measured or written yet.</summary>
    public BenchmarkRun(BuildOptions options, BuildPaths paths, TextWriter output, IRegressionGate? regressionGate = null, IHostProbe? probe = null, BenchmarkRunSettings? settings = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _regressionGate = regressionGate;
        _probe = probe ?? new HostProbe();
        _settings = settings ?? new BenchmarkRunSettings();
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
                _calibration = CalibrationRunner.Run(Path.Combine(_paths.Artifacts, "calibration-scratch-" + RunId));
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

    /// <summary>Step 2: build the suite once, run the one BenchmarkDotNet process (and the leak check), read what it wrote.</summary>
    public int Execute()
    {
        if (_environment is null && DetectEnvironment() != ExitCodes.Ok)
        {
            return ExitCodes.Error;
        }

        var log = Path.Combine(_paths.Logs, $"benchmark-run-{RunId}.log");
        Directory.CreateDirectory(_paths.Logs);
        _written.Add(log);
        using var logWriter = new StreamWriter(log, append: false) { AutoFlush = true };
        var deadline = _options.Timeout is { } t ? _clock.Elapsed + t : (TimeSpan?)null;

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

        var bdnArtifacts = Path.Combine(_paths.Logs, "bdn-" + RunId);
        var tracker = new ProgressTracker();
        var verbose = _options.Verbose;
        _out.WriteLine($"Running benchmarks (profile {_options.EffectiveProfile}{(_options.Categories.Count > 0 ? ", categories " + string.Join(',', _options.Categories) : "")}); full log: {log}");
        var run = ChildProcess.Stream(new CommandLine(command[0], [.. command.Skip(1), .. BdnArguments.Run(_options, filters, bdnArtifacts)], _paths.Root), Remaining(deadline), line =>
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

        _bdnReports = BdnReportReader.ReadDirectory(Path.Combine(bdnArtifacts, "results"));
        _written.AddRange(Directory.Exists(bdnArtifacts) ? Directory.EnumerateFiles(bdnArtifacts, "*", SearchOption.AllDirectories) : []);
        var finished = _bdnReports.Sum(r => r.Benchmarks.Count);
        if (run.StartError is not null)
        {
            _out.WriteLine("error: " + run.StartError);
            return ExitCodes.Error;
        }

        if (run.TimedOut)
        {
            MarkIncomplete(string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.Timeout!.Value.TotalSeconds:0} s; {finished} of {tracker.Total?.ToString(CultureInfo.InvariantCulture) ?? "?"} benchmark(s) finished"));
        }
        else if (finished == 0)
        {
            MarkIncomplete("no benchmark produced a report (nothing matched the selection, or the suite failed to run; see the log)");
        }
        else if (tracker.Total is { } total && finished < total)
        {
            MarkIncomplete(string.Create(CultureInfo.InvariantCulture, $"{total - finished} of {total} benchmark(s) have no results"));
        }

        if (!run.TimedOut && run.ExitCode != 0 && _bdnReports.All(r => r.Benchmarks.All(b => b.Success)))
        {
            _infrastructureOk = false;
            _out.WriteLine($"error: the benchmark process exited with {run.ExitCode}; see {log}");
        }

        if (!run.TimedOut && BdnArguments.WantsLeakCheck(_options))
        {
            RunLeakCheck(command, logWriter, deadline);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Step 3: load and validate the SLA registry (statistics and verdicts are computed in <see cref="Report"/>).</summary>
    public int Analyze()
    {
        var path = _paths.SlaRegistry;
        try
        {
            _registry = SlaRegistryLoader.Load(path);
            return ExitCodes.Ok;
        }
        catch (GateInputException e)
        {
            _out.WriteLine("error: " + e.Message);
            return ExitCodes.Error;
        }
    }

    /// <summary>Step 4: statistics, SLAs, regression hook, every report file, the console summary. Returns the run's exit code.</summary>
    public int Report()
    {
        if (_environment is null)
        {
            _out.WriteLine("error: Report called before DetectEnvironment");
            return ExitCodes.Error;
        }

        if (_registry is null && Analyze() != ExitCodes.Ok)
        {
            return ExitCodes.Error;
        }

        var inputs = Inputs(null, 0);
        var report = ReportBuilder.Build(inputs);
        var reportPath = Path.Combine(_paths.Reports, $"benchmark-report-{RunId}.json");
        Write(reportPath, ReportJson.Serialize(report));
        ReportPath = reportPath;

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

        return Math.Max(report.Summary.ExitCode, artifactsExit);
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
        Write(Path.Combine(_paths.Reports, $"benchmark-summary-{RunId}.csv"), CsvSummaryWriter.Render(report));
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
            var fits = report.AllEntries().Select(e => e.ScalingAnalysis).OfType<Core.Statistics.ScalingFit>().DistinctBy(f => f.Family);
            Write(Path.Combine(_paths.StatisticalAnalysis, $"confidence-intervals-{RunId}.json"), ReportJson.Serialize(new { schema_version = 1, run_id = RunId, confidence_level = 0.95, bootstrap_resamples = Core.Statistics.SampleStatistics.BootstrapResamples, benchmarks = intervals, scaling_analysis = fits }));
        }

        if (_options.MemoryProfiling || _leak is not null || _leakFailure is not null)
        {
            var allocations = report.AllEntries().Select(e => new { full_name = e.FullName, category = e.Category, allocated_bytes_per_op = e.AllocatedBytesPerOp });
            Write(Path.Combine(_paths.MemoryProfiles, $"memory-analysis-{RunId}.json"), ReportJson.Serialize(new { schema_version = 1, run_id = RunId, memory_analysis = report.MemoryAnalysis, allocations }));
        }

        Write(Path.Combine(_paths.CiIntegration, "github-actions-summary.json"), GithubSummary.Render(report, Path.GetRelativePath(_paths.Artifacts, reportPath), env));
        if (env("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
        {
            File.AppendAllText(stepSummary, markdown + "\n");
        }

        var manifest = Path.Combine(_paths.CiIntegration, "artifact-manifest.json");
        AtomicFile.WriteAllText(manifest, ArtifactManifest.Render(RunId, _paths.Artifacts, _written));
        return exit;
    }

    private void RunLeakCheck(IReadOnlyList<string> command, StreamWriter logWriter, TimeSpan? deadline)
    {
        _leakSource = Path.Combine(_paths.MemoryProfiles, $"leak-check-{RunId}.json");
        Directory.CreateDirectory(_paths.MemoryProfiles);
        _out.WriteLine("Running the memory leak check...");
        var leak = ChildProcess.Stream(new CommandLine(command[0], [.. command.Skip(1), .. BdnArguments.LeakCheck(_options, _leakSource)], _paths.Root), Remaining(deadline), logWriter.WriteLine);
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
        _environment!, _calibration, _bdnReports.Select(r => r.Host).FirstOrDefault(h => h is not null),
        _bdnReports.SelectMany(r => r.Benchmarks).DistinctBy(b => b.FullName).ToList(), _registry!, _leak, _leakFailure, _leakSource,
        _complete, _incompleteReason, _infrastructureOk, regression, regressionExit);

    private ReportEnvironment ReportEnvironmentNow()
    {
        var env = _environment!;
        return new ReportEnvironment(env.Fingerprint, EnvironmentFingerprint.Canonical(env.Cpu, env.Dotnet.Runtime, env.BenchmarkDotNetVersion, env.Profile, env.Os), env, _calibration,
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
