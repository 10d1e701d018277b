using System.Globalization;
using System.Text;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Jobs;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FlyRigLoader.Gate.Regression;

/// <summary>Renders a comparison as JSON documents, a Markdown table and GitHub annotations (pure; the caller writes).</summary>
internal static class RegressionReport
{
    /// <summary>
    /// Exit code of a comparison: 1 on any time, allocation or SLA failure; else 3 when any verdict is INCOMPARABLE or
    /// INCONCLUSIVE (0 when <paramref name="acceptNoVerdict"/>); else 0.
    /// </summary>
    public static int ExitCode(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, bool acceptNoVerdict = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        if (analysis.HasRegression || analysis.FailsOnCreep || sla.Any(SlaFails))
        {
            return ExitCodes.GateFailed;
        }

        return ExitCodes.Accept(analysis.HasNoVerdict || sla.Any(s => s.Status == SlaStatus.Inconclusive) ? ExitCodes.NoVerdict : ExitCodes.Ok, acceptNoVerdict);
    }

    /// <summary>
    /// One sentence naming what got no verdict and why (the benchmarks, the incomparable baseline's reason, the
    /// inconclusive SLAs), or null when every verdict was reached.
    /// </summary>
    public static string? NoVerdictLine(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        var parts = new List<string>();
        foreach (var group in analysis.Comparisons.Where(c => c.NoVerdict).GroupBy(c => c.Verdict is TimeVerdict.Inconclusive or TimeVerdict.Incomparable ? c.Verdict : TimeVerdict.Incomparable))
        {
            var names = group.Select(c => c.FullName).ToList();
            var why = group.Key == TimeVerdict.Incomparable && analysis.Baseline?.IncomparableReason is { } reason ? $" (baseline {analysis.Baseline.Path}: {reason})" : string.Empty;
            parts.Add(Inv($"{names.Count} benchmark(s) {VerdictNames.Of(group.Key)}{why}: {string.Join(", ", names.Take(8))}{(names.Count > 8 ? ", …" : string.Empty)}"));
        }

        var inconclusive = sla.Where(s => s.Status == SlaStatus.Inconclusive).ToList();
        if (inconclusive.Count > 0)
        {
            parts.Add(Inv($"{inconclusive.Count} SLA verdict(s) INCONCLUSIVE: {string.Join(", ", inconclusive.Take(8).Select(s => s.SlaId + " on " + s.FullName))}"));
        }

        return parts.Count == 0 ? null : "no verdict: " + string.Join("; ", parts);
    }

    /// <summary>Markdown for the console and <c>$GITHUB_STEP_SUMMARY</c>: summary, notes, then a table worst first.</summary>
    public static string Markdown(RegressionAnalysis analysis, BaselineInfo baseline, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        var md = new StringBuilder();
        md.AppendLine(ExitCode(analysis, sla, acceptNoVerdict) switch
        {
            ExitCodes.GateFailed => "## Performance regression gate: FAILED",
            ExitCodes.NoVerdict => "## Performance regression gate: NO VERDICT",
            _ when ExitCode(analysis, sla) == ExitCodes.NoVerdict => "## Performance regression gate: no verdict, accepted (--accept-no-verdict)",
            _ => "## Performance regression gate: passed",
        });
        md.AppendLine();
        md.AppendLine(
            Inv($"{analysis.Count(TimeVerdict.Regression)} regression, ")
            + Inv($"{analysis.Comparisons.Count(c => c.AllocationVerdict == AllocationVerdict.Regression)} allocation regression, {sla.Count(SlaFails)} SLA failure, ")
            + Inv($"{analysis.Count(TimeVerdict.Suspected)} suspected, {analysis.Count(TimeVerdict.Improvement)} improvement, {analysis.Count(TimeVerdict.NoChange)} no change, ")
            + Inv($"{analysis.Count(TimeVerdict.Noise)} noise, {analysis.Count(TimeVerdict.InsufficientData)} insufficient data, {analysis.Count(TimeVerdict.New)} new, ")
            + Inv($"{analysis.Count(TimeVerdict.Missing)} missing, {analysis.Count(TimeVerdict.Incomparable)} incomparable, {analysis.Count(TimeVerdict.Inconclusive)} inconclusive."));
        md.AppendLine();
        md.AppendLine("- Baseline: " + BaselineText(baseline));
        md.AppendLine("- Environment: " + analysis.Drift.Note);
        var divided = analysis.Drift.Normalization == "calibration"
            ? Inv($"; current times divided by {analysis.Drift.AppliedFactor:0.000}")
            : "; each benchmark divided by its own suite factor (see the JSON)";
        md.AppendLine(Inv($"- Normalization: {analysis.Drift.Normalization}; suite factor {analysis.Drift.SuiteFactor:0.000} (median current/baseline ratio over benchmarks){divided}"));
        if (ResolutionSummary.Of(analysis.Comparisons) is { } resolution)
        {
            md.AppendLine("- " + resolution.Details(analysis.SettledLaunchSpread, analysis.CurrentLaunchSpread).Describe(analysis.Baseline?.Method == BaselineUse.SideBySide));
        }

        foreach (var note in notes)
        {
            md.AppendLine("- " + note);
        }

        md.AppendLine();
        md.AppendLine("| Verdict | Alloc | Benchmark | Ratio (95% CI) | p (q) | Baseline | Current |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var c in analysis.Comparisons)
        {
            md.AppendLine(Inv($"| {VerdictNames.Of(c.Verdict)} | {AllocationCell(c)} | `{c.FullName}` | {RatioCell(c)} | {PCell(c)} | {ReportFormat.Median(c.BaselineMedianNs)} | {ReportFormat.Median(c.CurrentMedianNs)} |"));
        }

        if (analysis.Comparisons.Any(c => c.Informational) && analysis.Baseline?.IncomparableReason is { } reason)
        {
            md.AppendLine();
            md.AppendLine("*informational* = " + IncomparableBaseline.Label(reason) + ": these ratios are shown, but no verdict comes from them.");
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

        if (analysis.History is { } history)
        {
            md.AppendLine();
            md.Append(HistorySection.Render(HistoryReport.Details(history), "###"));
        }

        return md.ToString();
    }

    /// <summary>One sentence naming the benchmarks that crept past the threshold since the anchor, or null when none did.</summary>
    public static string? CreepLine(RegressionAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.History is not { Anchor: { } anchor } history || history.Creeping.Count == 0)
        {
            return null;
        }

        var names = history.Creeping.Select(b => Inv($"{b.FullName} ×{b.Creep!.Ratio:0.000} ({b.Creep.Lower:0.000}–{b.Creep.Upper:0.000})"));
        return Inv($"CREEP: {history.Creeping.Count} benchmark(s) at least {history.Threshold * 100:0.#}% slower than the anchor {HistoryReport.AnchorName(anchor)}: {string.Join(", ", names.Take(8))}{(history.Creeping.Count > 8 ? ", …" : string.Empty)}");
    }

    /// <summary>GitHub workflow commands: <c>::error</c> for failures, <c>::warning</c> for SUSPECTED, MISSING and notes.</summary>
    public static IReadOnlyList<string> Annotations(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        return Alerts(analysis, sla, notes, acceptNoVerdict).Select(a => $"::{a.Severity} title={Escape(a.Title)}::{Escape(a.Message)}").ToList();
    }

    /// <summary><c>artifacts/ci-integration/performance-alerts.json</c>.</summary>
    public static JObject AlertsJson(string runId, RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        var alerts = Alerts(analysis, sla, notes, acceptNoVerdict);
        return new JObject
        {
            ["schema_version"] = 1,
            ["run_id"] = runId,
            ["exit_code"] = ExitCode(analysis, sla, acceptNoVerdict),
            ["errors"] = alerts.Count(a => a.Severity == "error"),
            ["warnings"] = alerts.Count(a => a.Severity == "warning"),
            ["alerts"] = new JArray(alerts.Select(a => new JObject
            {
                ["severity"] = a.Severity, ["benchmark"] = a.Benchmark, ["kind"] = a.Kind, ["title"] = a.Title, ["message"] = a.Message,
            })),
        };
    }

    /// <summary>
    /// The run-level status the report stores: NO_BASELINE, REGRESSION_DETECTED, NO_VERDICT (also when the gate's
    /// <paramref name="exitCode"/> is 3, e.g. an INCONCLUSIVE SLA) or NO_REGRESSION.
    /// </summary>
    public static string RunStatus(RegressionAnalysis analysis, int? exitCode = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Comparisons.All(c => c.Verdict == TimeVerdict.New) ? "NO_BASELINE"
            : analysis.HasRegression ? "REGRESSION_DETECTED"
            : analysis.HasNoVerdict || exitCode == ExitCodes.NoVerdict ? "NO_VERDICT" : "NO_REGRESSION";
    }

    /// <summary><c>regression-analysis-&lt;run&gt;.json</c>: the <see cref="Details"/> as the file's JSON.</summary>
    public static JObject AnalysisJson(string runId, RegressionAnalysis analysis, GateConfig config, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict = false) =>
        JObject.FromObject(Details(runId, analysis, config, sla, notes, acceptNoVerdict), JsonSerializer.Create(ReportJson.Settings));

    /// <summary>Every verdict with its numbers, the drift and the thresholds used: the report's <c>regression_analysis.details</c>.</summary>
    public static RegressionDetails Details(string runId, RegressionAnalysis analysis, GateConfig config, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sla);
        ArgumentNullException.ThrowIfNull(notes);
        var exit = ExitCode(analysis, sla, acceptNoVerdict);
        return new RegressionDetails
        {
            RunId = runId,
            ExitCode = exit,
            GuideStatus = GuideVerdicts.ForRun(RunStatus(analysis, exit), analysis.Comparisons.Select(c => GuideVerdicts.ForBenchmark(VerdictNames.Of(c.Verdict), VerdictNames.Of(c.AllocationVerdict)))),
            Rule = "only a baseline of the same fingerprint and job (or an interleaved A/B run) gives verdicts, anything else is INCOMPARABLE; "
                + "REGRESSION = median ratio >= 1 + fail_threshold AND Benjamini-Hochberg q <= alpha (one-sided Mann-Whitney) AND log ratio beyond fail_band_factor x between-run sigma; "
                + "side by side (interleaved A/B) the fail threshold is ab_fail_threshold and the band is the rounds' t interval of the mean log ratio; "
                + "exactly one of (practical, sure) = SUSPECTED; IMPROVEMENT = the mirror image of REGRESSION (1/ratio >= 1 + fail_threshold, q <= alpha, beyond the fail band), else NO_CHANGE; "
                + "a NO_CHANGE whose fastest launch exceeds the baseline runs' median fastest launch by more than fastest_launch_band_factor x their robust sd (and warn_threshold) = SUSPECTED "
                + "(every launch slower; never REGRESSION), unless the run sits where every launch of fastest_launch_mode_runs or more baseline runs sat, apart from the others by more than fail_threshold (a slow mode of the case)",
            Baseline = analysis.Baseline is { } use ? new BaselineDetails
            {
                Path = use.Path, Fingerprint = use.Fingerprint, JobKey = use.JobKey, Comparable = use.Comparable, IncomparableReason = use.IncomparableReason, Method = use.Method,
                LatestRunDate = use.LatestRunDate?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), AgeDays = use.AgeDays,
            } : null,
            Config = new RegressionConfigDetails
            {
                FailThreshold = config.FailThreshold, AbFailThreshold = config.AbFailThreshold, WarnThreshold = config.WarnThreshold, Alpha = config.Alpha,
                NoiseFloorNs = config.NoiseFloorNs, FailBandFactor = config.FailBandFactor, WarnBandFactor = config.WarnBandFactor,
                AllocationToleranceBytes = config.AllocationToleranceBytes, AllocationSpreadFactor = config.AllocationSpreadFactor, AllocationRelativeTolerance = config.AllocationRelativeTolerance, MinSamples = config.MinSamples,
                SuiteNormalization = GateConfigLoader.NormalizationNames[(int)config.SuiteNormalization],
            },
            Drift = new RegressionDriftDetails
            {
                SuiteShift = analysis.Drift.SuiteShift, CalibrationRatio = analysis.Drift.CalibrationRatio,
                AppliedFactor = analysis.Drift.AppliedFactor, Normalized = analysis.Drift.Normalized,
                CappedAtSuspected = analysis.Drift.CapAtSuspected, Note = analysis.Drift.Note,
                Normalization = analysis.Drift.Normalization, SuiteFactor = analysis.Drift.SuiteFactor, SuiteWideShift = analysis.Drift.SuiteWideShift,
                ImprovementsCapped = analysis.Drift.CapImprovements,
            },
            Notes = [.. notes],
            Summary = Enum.GetValues<TimeVerdict>().ToDictionary(VerdictNames.Of, analysis.Count, StringComparer.Ordinal),
            Resolution = ResolutionSummary.Of(analysis.Comparisons)?.Details(analysis.SettledLaunchSpread, analysis.CurrentLaunchSpread),
            Benchmarks = [.. analysis.Comparisons.Select(c => c.Details())],
            Sla = [.. sla.Select(s => new SlaVerdictDetails
            {
                SlaId = s.SlaId, FullName = s.FullName, Status = s.Status.ToString().ToUpperInvariant(),
                Observed = s.Observed is { } observed && double.IsFinite(observed) ? observed : null, Limit = s.Limit, Unit = s.Unit, Detail = s.Detail,
            })],
            History = analysis.History is { } history ? HistoryReport.Details(history) : null,
            Status = GuideVerdicts.ForAnalysis(analysis.Baseline?.Method),
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
                ["fingerprint_matches"] = baseline.FingerprintMatches, ["job_key"] = baseline.Use?.JobKey, ["current_job_key"] = baseline.CurrentJobKey,
                ["comparable"] = baseline.Use?.Comparable ?? true, ["incomparable_reason"] = baseline.Use?.IncomparableReason, ["method"] = baseline.Use?.Method, ["runs"] = baseline.Runs,
                ["latest_run_date"] = baseline.LatestRunDate?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["age_days"] = baseline.AgeDays, ["stale"] = baseline.Stale,
            },
            ["drift_note"] = analysis.Drift.Note,
            ["comparisons"] = new JArray(analysis.Comparisons.Select(c => new JObject
            {
                ["full_name"] = c.FullName, ["baseline_median_ns"] = c.BaselineMedianNs, ["current_median_ns"] = c.CurrentMedianNs,
                ["ratio"] = c.Ratio, ["informational"] = c.Informational, ["verdict"] = VerdictNames.Of(c.Verdict), ["allocation_verdict"] = VerdictNames.Of(c.AllocationVerdict),
            })),
        };
    }

    private sealed record Alert(string Severity, string? Benchmark, string Kind, string Title, string Message);

    private static List<Alert> Alerts(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla, IReadOnlyList<string> notes, bool acceptNoVerdict)
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

        if (CreepLine(analysis) is { } creep)
        {
            alerts.Add(analysis.FailsOnCreep
                ? new Alert("error", null, "creep", "CREEP", creep + " (--fail-on-creep)")
                : new Alert("warning", null, "creep", "CREEP", creep));
        }

        alerts.AddRange(sla.Where(SlaFails).Select(s => new Alert("error", s.FullName, "sla", $"SLA {s.SlaId} {s.Status.ToString().ToUpperInvariant()}", $"{s.FullName}: {s.Detail}")));
        if (NoVerdictLine(analysis, sla) is { } noVerdict)
        {
            // One alert, not one per benchmark: a whole run against an incomparable baseline would otherwise bury the log.
            alerts.Add(acceptNoVerdict
                ? new Alert("warning", null, "no-verdict", "No verdict (accepted)", noVerdict)
                : new Alert("error", null, "no-verdict", "No verdict", noVerdict));
        }

        alerts.AddRange(notes.Select(n => new Alert("warning", null, "note", "Regression gate", n)));
        if ((analysis.Drift.Normalized || analysis.Drift.CapAtSuspected) && analysis.Baseline?.Method != BaselineUse.Informational)
        {
            alerts.Add(new Alert("warning", null, "drift", "Environment drift", analysis.Drift.Note));
        }

        return alerts;
    }

    private static bool SlaFails(SlaVerdict s) => s.Status is SlaStatus.Fail or SlaStatus.NoData;

    private static string BaselineText(BaselineInfo baseline)
    {
        var use = baseline.Use;
        if (baseline.Path is null)
        {
            return "none";
        }

        var facts = Inv($"`{baseline.Path}` ({baseline.Runs} run(s), newest {baseline.LatestRunDate:yyyy-MM-dd}, {baseline.AgeDays:0.#} days old{(baseline.Stale ? ", STALE" : string.Empty)}; fingerprint {baseline.Fingerprint}, job {use?.JobKey ?? RunIdentity.NotRecorded})");
        return use switch
        {
            { Method: BaselineUse.SideBySide, Comparable: false } => $"`{use.Path}` is INCOMPARABLE ({use.IncomparableReason}); every selected benchmark was judged by interleaved A/B against its commit instead: {facts}",
            { Method: BaselineUse.SideBySide } => facts + ", measured side by side on this machine",
            { Comparable: false } => facts + $": INCOMPARABLE ({use.IncomparableReason}); no verdict from it",
            _ => facts + ": comparable (same fingerprint and job)",
        };
    }

    private static string AllocationCell(BenchmarkComparison c) => c.AllocationVerdict switch
    {
        AllocationVerdict.Regression => Inv($"REGRESSION (+{c.CurrentAllocatedBytes - c.BaselineAllocatedBytes:0} B)"),
        AllocationVerdict.NotMeasured => "-",
        _ => VerdictNames.Of(c.AllocationVerdict),
    };

    private static string RatioCell(BenchmarkComparison c) => (c.Ratio is not { } r ? "-"
        : c.RatioLower is { } lo && c.RatioUpper is { } hi ? Inv($"{r:0.000} ({lo:0.000}–{hi:0.000})") : Inv($"{r:0.000}")) + (c.Informational && c.Ratio is not null ? " *informational*" : string.Empty);

    private static string PCell(BenchmarkComparison c) => c.PValue is not { } p ? "-" : Inv($"{p:G2} ({c.QValue:G2})");

    private static string Escape(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
