using System.Diagnostics;
using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Interference;
using FlyRigLoader.Gate.Options;
using FlyRigLoader.Gate.Paths;
using FlyRigLoader.Gate.Pipeline;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>
/// Single-run trials: one run of a built suite through the Benchmarks pipeline (environment, calibration, BenchmarkDotNet,
/// statistics, SLAs, interference review, report), its outputs kept apart under the trial's folder. A judged trial runs as
/// <c>Benchmarks --baseline-comparison</c> against the scratch baseline (a failing case measured under interference is
/// measured again before the verdict), and its report is then judged like <c>CheckRegression</c> judges it.
/// </summary>
/// <param name="paths">The repository's paths.</param>
/// <param name="options">Profile, categories and filter of every run.</param>
/// <param name="echo">Where trial logs are echoed (<c>--verbose</c>), or null.</param>
/// <param name="confirmAgainst">
/// With <c>--confirm</c>: the shipped build's dll, which a judged trial's doubtful methods are measured against side by
/// side, as <c>CheckRegression --confirm</c> measures them against the baseline's commit; null without.
/// </param>
/// <param name="target">The target benchmark's glob, whose first-look resolution each judged trial records; null: none.</param>
internal sealed class SuiteTrials(BuildPaths paths, BuildOptions options, TextWriter? echo, string? confirmAgainst = null, string? target = null)
{
    /// <summary>The options a trial run uses: the user's selection, nothing written for humans or CI.</summary>
    public static BuildOptions RunOptions(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BuildOptions
        {
            Profile = options.EffectiveProfile, Categories = options.Categories, Filter = options.Filter, Configuration = "Release",
            ReportArtifacts = false, StatisticalAnalysis = false, CiMode = false, StepSummaryPath = null,
        };
    }

    /// <summary>Runs <paramref name="dll"/> once into <paramref name="folder"/>; with a baseline folder, judges the run against it.</summary>
    public TrialResult Run(string dll, string folder, string? baseline)
    {
        ArgumentNullException.ThrowIfNull(dll);
        ArgumentNullException.ThrowIfNull(folder);
        var started = DateTimeOffset.UtcNow;
        var load = LoadAverage.Now();
        var clock = Stopwatch.StartNew();
        var runOptions = RunOptions(options);
        var trialPaths = paths with { RunOutputs = folder };
        using var log = new TrialLog(Path.Combine(folder, "trial.log"), echo);
        TrialResult Failed(string error, string? runId = null, int? code = null) =>
            new(runId, started, clock.Elapsed.TotalSeconds, code, load, LoadAverage.Now(), null, null, $"{error} (log {log.Path})");
        try
        {
            // A trial is one of this gate's runs, not a CI step: it appends no step summary. A judged trial runs as
            // Benchmarks --baseline-comparison against the scratch baseline, so a case that would fail while the run shows
            // interference is measured again in fresh launches before the verdict, as the product does when it can.
            var judgedOptions = baseline is null ? runOptions : runOptions with { Baseline = baseline, BaselineComparison = true };
            var run = new BenchmarkRun(judgedOptions, trialPaths, log.Writer, baseline is null ? null : new ReportRegressionGate(judgedOptions, trialPaths), settings: new BenchmarkRunSettings(
                BenchmarkCommand: ["dotnet", dll], SkipBuild: true, Environment: n => n == "GITHUB_STEP_SUMMARY" ? null : System.Environment.GetEnvironmentVariable(n))
            {
                // The trial runs the real suite on this machine: it waits for quiet before a re-measure round as a run does.
                ForeignCoresOverWindow = QuietWait.ProcWindow,
            });
            var code = run.RunAll();
            if (run.ReportPath is null)
            {
                return Failed(string.Create(CultureInfo.InvariantCulture, $"the suite run failed (exit {code})"), null, code);
            }

            var report = BenchmarkReportReader.Read(run.ReportPath);
            if (code == ExitCodes.Error)
            {
                // The run's own comparison against the scratch baseline can fail (exit 2) after a good measurement: say which.
                var what = report.RegressionAnalysis is { Status: "ERROR" } ? "the regression check failed" : "the suite run failed";
                return Failed(string.Create(CultureInfo.InvariantCulture, $"{what} (exit {code})"), run.RunId, code);
            }

            if (baseline is null)
            {
                return new TrialResult(run.RunId, started, clock.Elapsed.TotalSeconds, code, load, LoadAverage.Now(), null, ReportRunReader.FromReport(report).Run, null);
            }

            var (judged, analysis, sla, measured) = Judge(report, runOptions with { Baseline = baseline }, trialPaths, log.Writer);
            if (analysis is null || judged == ExitCodes.Error)
            {
                return Failed(string.Create(CultureInfo.InvariantCulture, $"the regression check failed (exit {judged})"), run.RunId, judged);
            }

            var firstLook = VerdictReader.From(analysis, sla);
            var resolution = target is null ? null
                : analysis.Comparisons.FirstOrDefault(c => !c.Informational && Experiments.TargetMatch.IsTarget(target, c.FullName))?.Resolution?.Regression;
            if (confirmAgainst is null)
            {
                return new TrialResult(run.RunId, started, clock.Elapsed.TotalSeconds, Math.Max(code, judged), load, LoadAverage.Now(), firstLook, measured, null,
                    TargetResolution: resolution);
            }

            var (confirmed, methods, error) = Confirm(dll, analysis, sla, firstLook, runOptions, trialPaths, log.Writer);
            return new TrialResult(run.RunId, started, clock.Elapsed.TotalSeconds, Math.Max(code, judged), load, LoadAverage.Now(), firstLook, measured,
                error is null ? null : $"{error} (log {log.Path})", confirmed, methods, resolution);
        }
        catch (GateInputException e)
        {
            return Failed(e.Message);
        }
    }

    // What CheckRegression --confirm does with a comparable baseline whose commit it has: the methods the first look
    // failed or left SUSPECTED/INCONCLUSIVE are measured by interleaved A/B, reference build (here the shipped one, which
    // made the scratch baseline) against the judged one, and those verdicts replace the first look's.
    private (TrialVerdicts? Confirmed, IReadOnlyList<string> Methods, string? Error) Confirm(
        string dll, Regression.RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, TrialVerdicts firstLook, BuildOptions runOptions, BuildPaths trialPaths, TextWriter log)
    {
        var doubtful = ConfirmPlan.Doubtful(analysis);
        if (doubtful.Count == 0)
        {
            return (firstLook, [], null);
        }

        var methods = ConfirmPlan.Methods(doubtful);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"--confirm: {doubtful.Count} benchmark(s) failed or in doubt; measuring {string.Join(", ", methods)} side by side against the shipped build, as CheckRegression --confirm does against the baseline's commit"));
        var (code, sideBySide) = RegressionGate.AgainstBuilds(
            new BenchmarkExecutable(confirmAgainst!, "A"), new BenchmarkExecutable(dll, "B"), "shipped build (A) against the trial's build (B), --confirm", runOptions, trialPaths, log, log, methods, sla);
        return sideBySide is null || code == ExitCodes.Error
            ? (null, methods, string.Create(CultureInfo.InvariantCulture, $"the --confirm A/B run failed (exit {code})"))
            : (VerdictReader.Confirmed(firstLook, methods, VerdictReader.From(sideBySide, sla)), methods, null);
    }

    /// <summary>
    /// Judges a trial's report against <paramref name="options"/>' baseline as CheckRegression judges a saved report,
    /// interference review included: a failing time verdict of a case the run's witnesses saw disturbed is INCONCLUSIVE,
    /// as it would be for the user (without the review the neighbour trials counted REGRESSIONs the product reports as
    /// INCONCLUSIVE).
    /// </summary>
    internal static (int Code, Regression.RegressionAnalysis? Analysis, IReadOnlyList<SlaVerdict> Sla, MeasuredRun Measured) Judge(BenchmarkReport report, BuildOptions options, BuildPaths paths, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (measured, sla) = ReportRunReader.FromReport(report);
        var inconclusive = new ReportRegressionGate(options, paths, savedReport: true).InconclusiveCases(report);
        var (code, analysis, _) = RegressionGate.Compare(measured, sla, options, paths, log, log, inconclusive);
        return (code, analysis, sla, measured);
    }
}
