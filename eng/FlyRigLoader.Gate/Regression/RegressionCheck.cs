using System.Globalization;
using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using Newtonsoft.Json;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// The regression gate's I/O edge: finds and loads the baseline, runs <see cref="RegressionAnalyzer"/>, writes the JSON,
/// Markdown and alert outputs, and returns the exit code (0 pass, 1 regression, 2 invalid or missing input, 3 no verdict:
/// a failing time verdict measured under interference is INCONCLUSIVE).
/// </summary>
internal static class RegressionCheck
{
    /// <summary>Compares <paramref name="current"/> with the baseline named in <paramref name="settings"/>.</summary>
    public static int Run(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings, TextWriter output, TextWriter error) =>
        Execute(current, sla, settings, output, error).ExitCode;

    /// <summary>As <see cref="Run"/>, also returning the analysis (null when the input was invalid).</summary>
    public static (int ExitCode, RegressionAnalysis? Analysis) Execute(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return RunChecked(current, sla, settings, output, error);
        }
        catch (GateInputException e)
        {
            error.WriteLine("error: " + e.Message);
            if (settings.CiMode)
            {
                output.WriteLine("::error title=Regression gate::" + e.Message.Replace("\n", "%0A", StringComparison.Ordinal));
            }

            return (GateInputException.ExitCode, null);
        }
    }

    /// <summary>Loads the baseline for <paramref name="current"/>: null when missing; throws when present but invalid.</summary>
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
            var file = new BaselineFile(fingerprint, run.EnvironmentName ?? "unknown", 1, [new BaselineRun(run.Provenance, run.CalibrationNs, run.Benchmarks)]);
            return new LoadedBaseline(file, fileOrDirectory, Matches(fingerprint, current.Fingerprint));
        }

        var located = BaselineStore.Locate(fileOrDirectory, current.Fingerprint);
        if (located is not { } found)
        {
            return null;
        }

        var baseline = BaselineStore.Read(found.Path);
        if (baseline.Runs.Count == 0)
        {
            throw new GateInputException(found.Path, "baseline holds no run");
        }

        return new LoadedBaseline(baseline, found.Path, found.FingerprintMatches && Matches(baseline.Fingerprint, current.Fingerprint));
    }

    private static bool Matches(string baseline, string? current) =>
        current is null || baseline == "unknown" || string.Equals(baseline, current, StringComparison.Ordinal);

    private static (int ExitCode, RegressionAnalysis? Analysis) RunChecked(MeasuredRun current, IReadOnlyList<SlaVerdict> sla, CheckSettings settings, TextWriter output, TextWriter error)
    {
        var notes = new List<string>();
        if (current.Benchmarks.Count == 0)
        {
            throw new GateInputException(current.Provenance.RunId, "the current run holds no successful benchmark");
        }

        var loaded = settings.Preloaded ?? LoadBaseline(settings.Baseline, current);
        BaselineInfo info;
        ComparisonInput input;
        if (loaded is not { } baseline)
        {
            var what = $"no baseline found at '{settings.Baseline ?? "(none given)"}' for fingerprint {current.Fingerprint ?? "unknown"}";
            if (!settings.AllowMissingBaseline)
            {
                throw new GateInputException(settings.Baseline ?? "baselines", what + " (run UpdateBaseline, or pass --allow-missing-baseline)");
            }

            notes.Add(what + "; every benchmark is NEW (--allow-missing-baseline)");
            info = new BaselineInfo(null, null, current.Fingerprint, true, 0, null, null, false);
            input = new ComparisonInput([], current.Benchmarks, null, current.CalibrationNs, true);
        }
        else
        {
            var latest = baseline.File.LatestRunDate;
            double? age = latest is { } l ? Math.Max(0, (settings.Now - l).TotalDays) : null;
            var stale = age > settings.Config.MaxBaselineAgeDays;
            info = new BaselineInfo(baseline.Path, baseline.File.Fingerprint, current.Fingerprint, baseline.FingerprintMatches, baseline.File.Runs.Count, latest, age, stale);
            if (stale)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"baseline is stale: newest run is {age:0} days old (limit {settings.Config.MaxBaselineAgeDays}); refresh it with UpdateBaseline"));
            }

            if (!baseline.FingerprintMatches)
            {
                notes.Add($"baseline fingerprint {baseline.File.Fingerprint} does not match this environment ({current.Fingerprint}): used only through calibration normalization");
            }

            input = new ComparisonInput(baseline.File.Histories(), current.Benchmarks, baseline.File.CalibrationNs, current.CalibrationNs, baseline.FingerprintMatches, settings.CurrentRuns, baseline.Interleaved);
        }

        if (current.Failed.Count > 0)
        {
            notes.Add($"{current.Failed.Count.ToString(CultureInfo.InvariantCulture)} benchmark(s) failed in the current run and cannot be judged: {string.Join(", ", current.Failed.Take(5))}");
        }

        var analysis = InterferedVerdicts.Apply(RegressionAnalyzer.Analyze(input, settings.Config), settings.Inconclusive);
        sla = InterferedVerdicts.Apply(sla, settings.Inconclusive);
        var runId = current.Provenance.RunId;
        var markdown = RegressionReport.Markdown(analysis, info, sla, notes);
        var statistical = Path.Combine(settings.ArtifactsRoot, "statistical-analysis");
        AtomicFile.WriteAllText(Path.Combine(statistical, $"regression-analysis-{runId}.json"), RegressionReport.AnalysisJson(runId, analysis, settings.Config, sla, notes).ToString(Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(statistical, $"baseline-comparison-{runId}.json"), RegressionReport.ComparisonJson(runId, analysis, info).ToString(Formatting.Indented));
        AtomicFile.WriteAllText(Path.Combine(settings.ArtifactsRoot, "ci-integration", "performance-alerts.json"), RegressionReport.AlertsJson(runId, analysis, sla, notes).ToString(Formatting.Indented));
        output.WriteLine(markdown);
        if (settings.StepSummaryPath is { Length: > 0 } summary)
        {
            File.AppendAllText(summary, markdown + System.Environment.NewLine);
        }

        if (settings.CiMode)
        {
            foreach (var line in RegressionReport.Annotations(analysis, sla, notes))
            {
                output.WriteLine(line);
            }
        }

        var code = RegressionReport.ExitCode(analysis, sla);
        if (current.Failed.Count > 0)
        {
            error.WriteLine("error: benchmarks failed in the current run; the gate fails closed (exit 2)");
            return (GateInputException.ExitCode, analysis);
        }

        if (code == ExitCodes.GateFailed)
        {
            error.WriteLine("error: performance regression detected (see the table above)");
        }
        else if (code == ExitCodes.NoVerdict)
        {
            error.WriteLine("error: no verdict: interference made a failing time verdict INCONCLUSIVE (see the table above; exit 3)");
        }

        return (code, analysis);
    }
}
