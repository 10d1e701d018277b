using System.Globalization;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.PullRequests;

/// <summary>Decides the comment's headline from the run report and the gate's verdicts, with the exit codes' precedence (2 &gt; 1 &gt; 3 &gt; 0). Pure.</summary>
internal static class PrVerdicts
{
    /// <summary>Printed time verdict names the comment groups by.</summary>
    public static readonly string Regression = VerdictNames.Of(TimeVerdict.Regression);

    /// <summary>SUSPECTED.</summary>
    public static readonly string Suspected = VerdictNames.Of(TimeVerdict.Suspected);

    /// <summary>NEW.</summary>
    public static readonly string New = VerdictNames.Of(TimeVerdict.New);

    /// <summary>The verdicts that are no verdict at all: INCONCLUSIVE and INCOMPARABLE.</summary>
    public static readonly IReadOnlySet<string> NoVerdict = new HashSet<string>(
        [VerdictNames.Of(TimeVerdict.Inconclusive), VerdictNames.Of(TimeVerdict.Incomparable)], StringComparer.Ordinal);

    // Most severe first: how the comment orders its verdict counts.
    private static readonly string[] BySeverity =
    [
        VerdictNames.Of(TimeVerdict.Regression), VerdictNames.Of(TimeVerdict.Inconclusive), VerdictNames.Of(TimeVerdict.Incomparable),
        VerdictNames.Of(TimeVerdict.Suspected), VerdictNames.Of(TimeVerdict.Missing), VerdictNames.Of(TimeVerdict.Improvement),
    ];

    /// <summary>How much a time verdict needs a reviewer's eye: higher first, 0 for the quiet ones.</summary>
    public static int Severity(string verdict)
    {
        var index = Array.IndexOf(BySeverity, verdict);
        return index < 0 ? 0 : BySeverity.Length - index;
    }

    /// <summary>True when a row failed the gate: a time or allocation REGRESSION.</summary>
    public static bool IsRegression(BenchmarkVerdictDetails row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Verdict == Regression || row.AllocationVerdict == VerdictNames.Of(AllocationVerdict.Regression);
    }

    /// <summary>True when a row has no verdict (time INCONCLUSIVE/INCOMPARABLE, allocation INCOMPARABLE).</summary>
    public static bool IsNoVerdict(BenchmarkVerdictDetails row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return NoVerdict.Contains(row.Verdict ?? string.Empty) || row.AllocationVerdict == VerdictNames.Of(AllocationVerdict.Incomparable);
    }

    /// <summary>The SLA verdicts of the run that did not pass.</summary>
    public static IReadOnlyList<SlaVerdict> SlaProblems(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.AllEntries().SelectMany(e => e.SlaValidation).Where(v => v.Status != SlaStatus.Pass)];
    }

    /// <summary>The headline.</summary>
    public static PrVerdict Decide(PrCommentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var report = input.Report;
        var sla = SlaProblems(report);
        var slaCode = sla.Any(v => v.Status == SlaStatus.NoData) ? ExitCodes.Error
            : sla.Any(v => v.Status == SlaStatus.Fail) ? ExitCodes.GateFailed
            : sla.Count > 0 ? ExitCodes.NoVerdict : ExitCodes.Ok;
        if (!report.Complete || report.Summary.Failed > 0)
        {
            var why = report.Complete
                ? string.Create(CultureInfo.InvariantCulture, $"{report.Summary.Failed} benchmark(s) failed to run, so the gate fails closed.")
                : $"The run is incomplete ({report.IncompleteReason}), so the gate fails closed.";
            return new PrVerdict(ExitCodes.Error, "❌", "Benchmarks did not complete", why + " The job log says which and why.");
        }

        if (input.Analysis is not { } analysis)
        {
            return new PrVerdict(ExitCodes.Error, "❌", "Not judged: the regression gate left no verdict",
                $"Most often no baseline exists yet for this runner's fingerprint `{report.Environment.Fingerprint}`: the baseline refresh workflow proposes one on the next push to the default branch. Otherwise the gate's input was invalid; the job log names the cause.");
        }

        var rows = analysis.Benchmarks;
        var code = ExitCodes.Worst(
            slaCode,
            rows.Any(IsRegression) ? ExitCodes.GateFailed : ExitCodes.Ok,
            rows.Any(IsNoVerdict) ? ExitCodes.NoVerdict : ExitCodes.Ok,
            analysis.ExitCode);
        return code switch
        {
            ExitCodes.GateFailed => new PrVerdict(code, "❌", "Performance gate failed", "A regression or an SLA failure below fails this pull request's benchmark run."),
            ExitCodes.NoVerdict => new PrVerdict(code, "⚠️", "No verdict", "Some cases could not be judged (INCONCLUSIVE: interference that re-measuring did not clear; INCOMPARABLE: the baseline is of another environment or job and could not be measured side by side). Re-run the benchmarks, or ask for an A/B run with the `performance` label."),
            ExitCodes.Ok when rows.Count > 0 && rows.All(r => r.Verdict == New) => new PrVerdict(code, "⚠️", "No baseline: nothing was compared",
                $"No baseline exists for this runner's fingerprint `{report.Environment.Fingerprint}`, so every benchmark is NEW. The baseline refresh workflow proposes one on the next push to the default branch."),
            ExitCodes.Ok => new PrVerdict(code, "✅", "Performance gate passed", rows.Any(r => r.Verdict == Suspected) ? "SUSPECTED cases below are worth a look but do not fail the run." : null),
            _ => new PrVerdict(ExitCodes.Error, "❌", "Not judged: the gate failed on its input", "The job log names the cause."),
        };
    }
}
