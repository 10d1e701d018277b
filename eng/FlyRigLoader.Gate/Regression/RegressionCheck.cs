using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Core.History;
using FlyRigLoader.Gate.History;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The regression gate's I/O edge: finds and loads the baseline, runs <see cref="RegressionAnalyzer"/>, writes the JSON,
/// Markdown and alert outputs, and returns the exit code (0 pass, 1 regression, 2 invalid or missing input, 3 no verdict:
/// an INCOMPARABLE baseline or an INCONCLUSIVE measurement, unless accepted).
/// </summary>
internal static class RegressionCheck
{
    /// <summary>Compares <paramref name="current"/> with the baseline named in <paramref name="settings"/>.</summary>
    public static int Run(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings, TextWriter output, TextWriter error) =>
        Execute(current, sla, settings, output, error).ExitCode;

    /// <summary>As <see cref="Run"/>, also returning the analysis (null when the input was invalid).</summary>
    public static (int ExitCode, RegressionAnalysis? Analysis) Execute(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings, TextWriter output, TextWriter error) =>
        Render(Judge(current, sla, settings), settings, output, error);

    /// <summary>
    /// Judges <paramref name="current"/> against the baseline named in <paramref name="settings"/> without writing or
    /// printing anything; bad input becomes a judgement carrying the error.
    /// </summary>
    public static RegressionJudgement Judge(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            return JudgeChecked(current, sla, settings);
        }
        catch (GateInputException e)
        {
            return new RegressionJudgement(current, sla, null, null, [], settings.AcceptNoVerdict, e.Message);
        }
    }

    /// <summary>
    /// Writes the JSON, Markdown and alert outputs of <paramref name="judgement"/> (the step summary and annotations as
    /// <paramref name="settings"/> asks) and returns its exit code with the analysis; decides nothing.
    /// </summary>
    public static (int ExitCode, RegressionAnalysis? Analysis) Render(RegressionJudgement judgement, CheckSettings settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (judgement.InputError is { } message)
        {
            return InputError(message, settings, output, error);
        }

        try
        {
            return RenderChecked(judgement, settings, output, error);
        }
        catch (GateInputException e)
        {
            return InputError(e.Message, settings, output, error);
        }
    }

    private static (int ExitCode, RegressionAnalysis? Analysis) InputError(string message, CheckSettings settings, TextWriter output, TextWriter error)
    {
        error.WriteLine("error: " + message);
        if (settings.CiMode)
        {
            output.WriteLine("::error title=Regression gate::" + message.Replace("\n", "%0A", StringComparison.Ordinal));
        }

        return (GateInputException.ExitCode, null);
    }

    /// <summary>
    /// Loads the baseline for <paramref name="current"/>: null when missing; throws when present but invalid. Whether it
    /// can judge the run is decided here, from its content: same fingerprint and same job, or the reason why not.
    /// </summary>
    /// <exception cref="GateInputException">The baseline exists but is corrupt.</exception>
    public static LoadedBaseline? LoadBaseline(string? fileOrDirectory, MeasuredRun current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (string.IsNullOrWhiteSpace(fileOrDirectory) || (!File.Exists(fileOrDirectory) && !Directory.Exists(fileOrDirectory)))
        {
            return null;
        }

        var isBdn = File.Exists(fileOrDirectory)
            ? !BaselineStore.IsBaselineJson(fileOrDirectory)
            : Results.BdnReportReader.FullJsonSuffixes.Any(s => Directory.EnumerateFiles(fileOrDirectory, "*" + s).Any());
        if (isBdn)
        {
            var run = MeasuredRunReader.FromBdn(fileOrDirectory);
            var fingerprint = run.Fingerprint ?? "unknown";
            var file = new BaselineFile(fingerprint, run.EnvironmentName ?? "unknown", 1, [new BaselineRun(run.Provenance, run.CalibrationNs, run.Benchmarks, run.Job)], run.FingerprintCanonical);
            return new LoadedBaseline(file, fileOrDirectory, Matches(fingerprint, current.Fingerprint), IncomparableReason: Decide(file, current).Reason);
        }

        var located = BaselineStore.Locate(fileOrDirectory, current.Fingerprint, current.Job?.Key);
        if (located is not { } found)
        {
            return null;
        }

        var baseline = BaselineStore.Read(found.Path);
        if (baseline.Runs.Count == 0)
        {
            throw new GateInputException(found.Path, "baseline holds no run");
        }

        return new LoadedBaseline(baseline, found.Path, Matches(baseline.Fingerprint, current.Fingerprint), IncomparableReason: Decide(baseline, current).Reason, LocateNote: found.Note);
    }

    /// <summary>
    /// The history beside the baseline judged: the history file of the run's fingerprint and job when there is one (a
    /// corrupt one stops the check, exit 2), else the comparable baseline's own runs as a short history.
    /// </summary>
    private static HistoryAnalysis JudgeHistory(MeasuredRun current, LoadedBaseline? loaded, CheckSettings settings, HistorySettings history)
    {
        var baselineFile = loaded is not null && File.Exists(loaded.Path) ? loaded.Path : null;
        var folder = settings.Baseline is { } b && Directory.Exists(b) ? b : baselineFile is not null ? Path.GetDirectoryName(Path.GetFullPath(baselineFile)) : null;
        var path = HistoryStore.Locate(baselineFile, folder, current.Fingerprint, current.Job?.Key);
        var file = path is not null ? HistoryStore.Read(path) : loaded is { Comparable: true, Interleaved: false } ? HistoryUpdater.Seed(loaded.File) : null;
        var judged = HistoryJudge.Judge(file, path, current, history.Anchor, settings.Config.FailThreshold, history.FailOnCreep);
        // A case measured under interference that was not cleared cannot fail the gate on time; nor can it creep.
        return settings.Inconclusive is not { Count: > 0 } interfered ? judged : judged with
        {
            Benchmarks = [.. judged.Benchmarks.Select(b => b.Creep is { Status: CreepStatus.Creep } creep && interfered.ContainsKey(b.FullName)
                ? b with { Creep = creep with { Status = CreepStatus.CreepSuspected } } : b)],
        };
    }

    // A side without a fingerprint (BenchmarkDotNet JSON without host facts) cannot tell machines apart, so it is taken
    // as this machine, as before jobs were recorded; the jobs must still agree.
    private static ComparabilityVerdict Decide(BaselineFile baseline, MeasuredRun current)
    {
        var currentFingerprint = current.Fingerprint is null || baseline.Fingerprint == "unknown" ? baseline.Fingerprint : current.Fingerprint;
        return Comparability.Decide(baseline.Identity, new RunIdentity(currentFingerprint, current.FingerprintCanonical, current.Job));
    }

    private static bool Matches(string baseline, string? current) =>
        current is null || baseline == "unknown" || string.Equals(baseline, current, StringComparison.Ordinal);

    private static RegressionJudgement JudgeChecked(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings)
    {
        var notes = new List<string>(settings.Notes ?? []);
        if (current.Benchmarks.Count == 0)
        {
            throw new GateInputException(current.Provenance.RunId, "the current run holds no successful benchmark");
        }

        var loaded = settings.Preloaded ?? LoadBaseline(settings.Baseline, current);
        BaselineInfo info;
        ComparisonInput input;
        if (loaded is not { } baseline)
        {
            var what = $"no baseline found at '{settings.Baseline ?? "(none given)"}' for fingerprint {current.Fingerprint ?? "unknown"} and job {current.Job?.Key ?? RunIdentity.NotRecorded}";
            if (!settings.AllowMissingBaseline)
            {
                throw new GateInputException(settings.Baseline ?? "baselines", what + " (run UpdateBaseline, or pass --allow-missing-baseline)");
            }

            notes.Add(what + "; every benchmark is NEW (--allow-missing-baseline)");
            info = new BaselineInfo(null, null, current.Fingerprint, true, 0, null, null, false, new BaselineUse(null, null, null, true, null, BaselineUse.None), current.Job?.Key);
            input = new ComparisonInput([], current.Benchmarks, null, current.CalibrationNs, true);
        }
        else
        {
            var latest = baseline.File.LatestRunDate;
            double? age = latest is { } l ? Math.Max(0, (settings.Now - l).TotalDays) : null;
            var stale = age > settings.Config.MaxBaselineAgeDays;
            var use = settings.SideBySideFor
                ?? new BaselineUse(baseline.Path, baseline.File.Fingerprint, baseline.File.Job?.Key, baseline.Comparable, baseline.Comparable ? null : baseline.IncomparableReason,
                    baseline.Interleaved ? BaselineUse.SideBySide : baseline.Comparable ? BaselineUse.FromBaseline : BaselineUse.Informational);
            use = use with { LatestRunDate = latest, AgeDays = age };
            info = new BaselineInfo(baseline.Path, baseline.File.Fingerprint, current.Fingerprint, baseline.FingerprintMatches, baseline.File.Runs.Count, latest, age, stale, use, current.Job?.Key);
            if (stale && baseline.Comparable)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"baseline is stale: newest run is {age:0} days old (limit {settings.Config.MaxBaselineAgeDays}); refresh it with UpdateBaseline"));
            }

            if (baseline.LocateNote is { } located)
            {
                notes.Add(located);
            }

            if (!baseline.Comparable)
            {
                notes.Add($"baseline {baseline.Path} cannot judge this run ({baseline.IncomparableReason}): its numbers are informational only and give no verdict; measure side by side (CheckRegression --against=<its commit>) or record a baseline of this fingerprint and job (UpdateBaseline)");
            }

            input = new ComparisonInput(baseline.File.Histories(), current.Benchmarks, baseline.File.CalibrationNs, current.CalibrationNs, baseline.FingerprintMatches, settings.CurrentRuns, baseline.Interleaved);
        }

        if (current.Failed.Count > 0)
        {
            notes.Add($"{current.Failed.Count.ToString(CultureInfo.InvariantCulture)} benchmark(s) failed in the current run and cannot be judged: {string.Join(", ", current.Failed.Take(5))}");
        }

        var analysis = InterferedVerdicts.Apply(RegressionAnalyzer.Analyze(input, settings.Config), settings.Inconclusive, settings.Config.Interference);
        if (loaded is { Comparable: false } incomparable)
        {
            var (informational, leftOut) = IncomparableBaseline.Apply(analysis, incomparable.IncomparableReason!);
            analysis = informational;
            if (leftOut > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{leftOut} benchmark(s) of the incomparable baseline are not in this run; not listed"));
            }
        }

        analysis = analysis with { Baseline = info.Use, History = settings.History is { } history ? JudgeHistory(current, loaded, settings, history) : null };
        return new RegressionJudgement(current, sla, analysis, info, notes, settings.AcceptNoVerdict);
    }

    private static (int ExitCode, RegressionAnalysis? Analysis) RenderChecked(RegressionJudgement judgement, CheckSettings settings, TextWriter output, TextWriter error)
    {
        var (current, sla, notes, accept) = (judgement.Current, judgement.Sla, judgement.Notes, judgement.AcceptNoVerdict);
        var analysis = judgement.Analysis!;
        var info = judgement.Info!;
        var runId = current.Provenance.RunId;
        var markdown = RegressionReport.Markdown(analysis, info, sla, notes, accept);
        var statistical = Path.Combine(settings.ArtifactsRoot, "statistical-analysis");
        AtomicFile.WriteAllText(Path.Combine(statistical, $"regression-analysis-{runId}.json"), RegressionReport.AnalysisJson(runId, analysis, settings.Config, sla, notes, accept).ToString(Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(statistical, $"baseline-comparison-{runId}.json"), RegressionReport.ComparisonJson(runId, analysis, info).ToString(Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(settings.ArtifactsRoot, "ci-integration", "performance-alerts.json"), RegressionReport.AlertsJson(runId, analysis, sla, notes, accept).ToString(Formatting.Indented));
        output.WriteLine(markdown);
        if (settings.StepSummaryPath is { Length: > 0 } summary)
        {
            File.AppendAllText(summary, markdown + System.Environment.NewLine);
        }

        if (settings.CiMode)
        {
            foreach (var line in RegressionReport.Annotations(analysis, sla, notes, accept))
            {
                output.WriteLine(line);
            }
        }

        var code = judgement.ExitCode;
        if (current.Failed.Count > 0)
        {
            error.WriteLine("error: benchmarks failed in the current run; the gate fails closed (exit 2)");
            return (code, analysis);
        }

        if (RegressionReport.CreepLine(analysis) is { } creep)
        {
            (analysis.FailsOnCreep ? error : output).WriteLine(analysis.FailsOnCreep ? $"error: {creep} (--fail-on-creep)" : $"warning: {creep}; not failing the gate (--fail-on-creep would)");
        }

        if (RegressionReport.ExitCode(analysis with { History = null }, sla, accept) == ExitCodes.GateFailed)
        {
            error.WriteLine("error: performance regression detected (see the table above)");
        }
        else if (RegressionReport.NoVerdictLine(analysis, sla) is { } noVerdict)
        {
            (code == ExitCodes.NoVerdict ? error : output).WriteLine(code == ExitCodes.NoVerdict
                ? $"error: {noVerdict}; exit {ExitCodes.NoVerdict} (pass --accept-no-verdict to accept it)"
                : $"warning: {noVerdict}; accepted (--accept-no-verdict), exit 0");
        }

        return (code, analysis);
    }
}
