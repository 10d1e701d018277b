using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Renders a comparison as JSON documents, a Markdown table and GitHub annotations (pure; the caller writes).</summary>
internal static class RegressionReport
{
    /// <summary>
    /// Exit code of a comparison: 1 on any time, allocation or SLA failure (or an SLA without data); else 3 when a time
    /// verdict or an SLA is INCONCLUSIVE; else 0.
    /// </summary>
    public static int ExitCode(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        if (analysis.HasRegression || sla.Any(s => s.Status is SlaStatus.Fail or SlaStatus.NoData))
        {
            return ExitCodes.GateFailed;
        }

        return analysis.Count(TimeVerdict.Inconclusive) > 0 || sla.Any(s => s.Status == SlaStatus.Inconclusive) ? ExitCodes.NoVerdict : ExitCodes.Ok;
    }

    /// <summary>Markdown for the console and <c>$GITHUB_STEP_SUMMARY</c>: summary, notes, then a table worst first.</summary>
    public static string Markdown(RegressionAnalysis analysis, BaselineInfo baseline, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        var md = new StringBuilder();
        md.AppendLine(ExitCode(analysis, sla) switch
        {
            ExitCodes.GateFailed => "## Performance regression gate: FAILED",
            ExitCodes.NoVerdict => "## Performance regression gate: NO VERDICT (INCONCLUSIVE under interference)",
            _ => "## Performance regression gate: passed",
        });
        md.AppendLine();
        md.AppendLine(Inv($"{analysis.Count(TimeVerdict.Regression)} regression, {analysis.Comparisons.Count(c => c.AllocationVerdict == AllocationVerdict.Regression)} allocation regression, {sla.Count(s => s.Status is SlaStatus.Fail or SlaStatus.NoData)} SLA failure, {analysis.Count(TimeVerdict.Inconclusive) + sla.Count(s => s.Status == SlaStatus.Inconclusive)} inconclusive, {analysis.Count(TimeVerdict.Suspected)} suspected, {analysis.Count(TimeVerdict.Improvement)} improvement, {analysis.Count(TimeVerdict.NoChange)} no change, {analysis.Count(TimeVerdict.Noise)} noise, {analysis.Count(TimeVerdict.InsufficientData)} insufficient data, {analysis.Count(TimeVerdict.New)} new, {analysis.Count(TimeVerdict.Missing)} missing."));
        md.AppendLine();
        md.AppendLine(baseline.Path is null ? "- Baseline: none" : Inv($"- Baseline: `{baseline.Path}` ({baseline.Runs} run(s), newest {baseline.LatestRunDate:yyyy-MM-dd}, {baseline.AgeDays:0.#} days old{(baseline.Stale ? ", STALE" : string.Empty)}; fingerprint {baseline.Fingerprint}{(baseline.FingerprintMatches ? " matches" : " does NOT match " + baseline.CurrentFingerprint)})"));
        md.AppendLine("- Environment: " + analysis.Drift.Note);
        md.AppendLine(Inv($"- Normalization: {analysis.Drift.Normalization}; suite factor {analysis.Drift.SuiteFactor:0.000} (median current/baseline ratio over benchmarks){(analysis.Drift.Normalization == "calibration" ? $"; current times divided by {analysis.Drift.AppliedFactor:0.000}" : "; each benchmark divided by its own suite factor (see the JSON)")}"));
        foreach (var note in notes)
        {
            md.AppendLine("- " + note);
        }

        md.AppendLine();
        md.AppendLine("| Verdict | Alloc | Benchmark | Ratio (95% CI) | p (q) | Baseline | Current |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var c in analysis.Comparisons)
        {
            md.AppendLine(Inv($"| {VerdictNames.Of(c.Verdict)} | {AllocationCell(c)} | `{c.FullName}` | {RatioCell(c)} | {PCell(c)} | {Time(c.BaselineMedianNs)} | {Time(c.CurrentMedianNs)} |"));
        }

        var slaProblems = sla.Where(s => s.Status != SlaStatus.Pass).ToList();
        if (slaProblems.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| SLA | Benchmark | Status | Observed | Limit |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var s in slaProblems)
            {
                md.AppendLine(Inv($"| {s.SlaId} | `{s.FullName}` | {s.Status.ToString().ToUpperInvariant()} | {s.Observed:G4} {s.Unit} | {s.Limit:G4} {s.Unit} |"));
            }
        }

        return md.ToString();
    }

    /// <summary>GitHub workflow commands: <c>::error</c> for failures, <c>::warning</c> for SUSPECTED, MISSING and notes.</summary>
    public static IReadOnlyList<string> Annotations(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        return Alerts(analysis, sla, notes).Select(a => $"::{a.Severity} title={Escape(a.Title)}::{Escape(a.Message)}").ToList();
    }

    /// <summary><c>artifacts/ci-integration/performance-alerts.json</c>.</summary>
    public static JObject AlertsJson(string runId, RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        var alerts = Alerts(analysis, sla, notes);
        return new JObject
        {
            ["schema_version"] = 1,
            ["run_id"] = runId,
            ["exit_code"] = ExitCode(analysis, sla),
            ["errors"] = alerts.Count(a => a.Severity == "error"),
            ["warnings"] = alerts.Count(a => a.Severity == "warning"),
            ["alerts"] = new JArray(alerts.Select(a => new JObject
            {
                ["severity"] = a.Severity, ["benchmark"] = a.Benchmark, ["kind"] = a.Kind, ["title"] = a.Title, ["message"] = a.Message,
            })),
        };
    }

    /// <summary><c>regression-analysis-&lt;run&gt;.json</c>: the <see cref="Details"/> as the file's JSON.</summary>
    public static JObject AnalysisJson(string runId, RegressionAnalysis analysis, GateConfig config, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes) =>
        JObject.FromObject(Details(runId, analysis, config, sla, notes), JsonSerializer.Create(ReportJson.Settings));

    /// <summary>Every verdict with its numbers, the drift and the thresholds used: the report's <c>regression_analysis.details</c>.</summary>
    public static RegressionDetails Details(string runId, RegressionAnalysis analysis, GateConfig config, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        return new RegressionDetails
        {
            RunId = runId,
            ExitCode = ExitCode(analysis, sla),
            Rule = "REGRESSION = median ratio >= 1 + fail_threshold AND Benjamini-Hochberg q <= alpha (one-sided Mann-Whitney) AND log ratio beyond fail_band_factor x between-run sigma; exactly one of (practical, sure) = SUSPECTED",
            Config = new RegressionConfigDetails
            {
                FailThreshold = config.FailThreshold, WarnThreshold = config.WarnThreshold, Alpha = config.Alpha,
                NoiseFloorNs = config.NoiseFloorNs, FailBandFactor = config.FailBandFactor, WarnBandFactor = config.WarnBandFactor,
                AllocationToleranceBytes = config.AllocationToleranceBytes, AllocationSpreadFactor = config.AllocationSpreadFactor, MinSamples = config.MinSamples,
                SuiteNormalization = GateConfigLoader.NormalizationNames[(int)config.SuiteNormalization],
            },
            Drift = new RegressionDriftDetails
            {
                SuiteShift = analysis.Drift.SuiteShift, CalibrationRatio = analysis.Drift.CalibrationRatio,
                AppliedFactor = analysis.Drift.AppliedFactor, Normalized = analysis.Drift.Normalized,
                CappedAtSuspected = analysis.Drift.CapAtSuspected, Note = analysis.Drift.Note,
                Normalization = analysis.Drift.Normalization, SuiteFactor = analysis.Drift.SuiteFactor, SuiteWideShift = analysis.Drift.SuiteWideShift,
            },
            Notes = [.. notes],
            Summary = Enum.GetValues<TimeVerdict>().ToDictionary(VerdictNames.Of, analysis.Count, StringComparer.Ordinal),
            Benchmarks = [.. analysis.Comparisons.Select(c => new BenchmarkVerdictDetails
            {
                FullName = c.FullName, Category = c.Category, Verdict = VerdictNames.Of(c.Verdict),
                AllocationVerdict = VerdictNames.Of(c.AllocationVerdict), Ratio = c.Ratio, RawRatio = c.RawRatio, SuiteFactor = c.SuiteFactor,
                RatioCi = c.RatioLower is { } lo && c.RatioUpper is { } hi ? [lo, hi] : null, PValue = c.PValue, QValue = c.QValue,
                FailBand = c.Band, BaselineMedianNs = c.BaselineMedianNs, CurrentMedianNs = c.CurrentMedianNs,
                BaselineSamples = c.BaselineSamples, CurrentSamples = c.CurrentSamples, BaselineRuns = c.BaselineRuns,
                CurrentProcesses = c.CurrentProcesses, CurrentLaunchSd = c.CurrentLaunchSd,
                BaselineAllocatedBytes = c.BaselineAllocatedBytes, CurrentAllocatedBytes = c.CurrentAllocatedBytes, Reason = c.Reason,
            })],
            Sla = [.. sla.Select(s => new SlaVerdictDetails
            {
                SlaId = s.SlaId, FullName = s.FullName, Status = s.Status.ToString().ToUpperInvariant(),
                Observed = s.Observed is { } observed && double.IsFinite(observed) ? observed : null, Limit = s.Limit, Unit = s.Unit, Detail = s.Detail,
            })],
        };
    }

    /// <summary><c>baseline-comparison-&lt;run&gt;.json</c>: the baseline used, its age and match, and the per-benchmark ratios.</summary>
    public static JObject ComparisonJson(string runId, RegressionAnalysis analysis, BaselineInfo baseline)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(baseline);
        return new JObject
        {
            ["schema_version"] = 1,
            ["run_id"] = runId,
            ["baseline"] = new JObject
            {
                ["path"] = baseline.Path, ["fingerprint"] = baseline.Fingerprint, ["current_fingerprint"] = baseline.CurrentFingerprint,
                ["fingerprint_matches"] = baseline.FingerprintMatches, ["runs"] = baseline.Runs,
                ["latest_run_date"] = baseline.LatestRunDate?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["age_days"] = baseline.AgeDays, ["stale"] = baseline.Stale,
            },
            ["drift_note"] = analysis.Drift.Note,
            ["comparisons"] = new JArray(analysis.Comparisons.Select(c => new JObject
            {
                ["full_name"] = c.FullName, ["baseline_median_ns"] = c.BaselineMedianNs, ["current_median_ns"] = c.CurrentMedianNs,
                ["ratio"] = c.Ratio, ["verdict"] = VerdictNames.Of(c.Verdict), ["allocation_verdict"] = VerdictNames.Of(c.AllocationVerdict),
            })),
        };
    }

    private sealed record Alert(string Severity, string? Benchmark, string Kind, string Title, string Message);

    private static List<Alert> Alerts(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes)
    {
        var alerts = new List<Alert>();
        foreach (var c in analysis.Comparisons)
        {
            if (c.Verdict == TimeVerdict.Regression)
            {
                alerts.Add(new Alert("error", c.FullName, "time", "Performance regression", $"{c.FullName}: {c.Reason}"));
            }
            else if (c.Verdict is TimeVerdict.Suspected or TimeVerdict.Missing or TimeVerdict.Inconclusive)
            {
                alerts.Add(new Alert("warning", c.FullName, "time", VerdictNames.Of(c.Verdict), $"{c.FullName}: {c.Reason}"));
            }

            if (c.AllocationVerdict == AllocationVerdict.Regression)
            {
                alerts.Add(new Alert("error", c.FullName, "allocation", "Allocation regression",
                    Inv($"{c.FullName}: allocates {c.CurrentAllocatedBytes:0} B/op, baseline at most {c.BaselineAllocatedBytes:0} B/op")));
            }
        }

        alerts.AddRange(sla.Where(s => s.Status != SlaStatus.Pass).Select(s => new Alert(
            s.Status == SlaStatus.Inconclusive ? "warning" : "error", s.FullName, "sla", $"SLA {s.SlaId} {s.Status.ToString().ToUpperInvariant()}", $"{s.FullName}: {s.Detail}")));
        alerts.AddRange(notes.Select(n => new Alert("warning", null, "note", "Regression gate", n)));
        if (analysis.Drift.Normalized || analysis.Drift.CapAtSuspected)
        {
            alerts.Add(new Alert("warning", null, "drift", "Environment drift", analysis.Drift.Note));
        }

        return alerts;
    }

    private static string AllocationCell(BenchmarkComparison c) => c.AllocationVerdict switch
    {
        AllocationVerdict.Regression => Inv($"REGRESSION (+{c.CurrentAllocatedBytes - c.BaselineAllocatedBytes:0} B)"),
        AllocationVerdict.NotMeasured => "-",
        _ => VerdictNames.Of(c.AllocationVerdict),
    };

    private static string RatioCell(BenchmarkComparison c) => c.Ratio is not { } r ? "-"
        : c.RatioLower is { } lo && c.RatioUpper is { } hi ? Inv($"{r:0.000} ({lo:0.000}–{hi:0.000})") : Inv($"{r:0.000}");

    private static string PCell(BenchmarkComparison c) => c.PValue is not { } p ? "-" : Inv($"{p:G2} ({c.QValue:G2})");

    private static string Time(double? ns) => ns switch
    {
        null => "-",
        >= 1e9 => Inv($"{ns / 1e9:0.000} s"),
        >= 1e6 => Inv($"{ns / 1e6:0.000} ms"),
        >= 1e3 => Inv($"{ns / 1e3:0.000} us"),
        _ => Inv($"{ns:0.00} ns"),
    };

    private static string Escape(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
