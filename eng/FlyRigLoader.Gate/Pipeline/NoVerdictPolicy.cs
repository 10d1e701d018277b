using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>
/// Exit 3 (no verdict) and <c>--accept-no-verdict</c>: the gate fails closed on a verdict it could not reach, unless the
/// caller accepts that, and then it says which cases went without one.
/// </summary>
internal static class NoVerdictPolicy
{
    private const string Inconclusive = "INCONCLUSIVE";

    /// <summary>
    /// <paramref name="code"/>, except that 3 becomes 0 when <paramref name="accept"/> is set, with a warning line naming
    /// <paramref name="cases"/>; without it, one line says how to accept.
    /// </summary>
    public static int Apply(int code, bool accept, IReadOnlyList<string> cases, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(output);
        // An exit 0 with cases means the report already accepted them (its exit code is what the process returns); the
        // warning is still owed.
        var accepted = accept && (code == ExitCodes.NoVerdict || (code == ExitCodes.Ok && cases.Count > 0));
        var named = cases.Count == 0 ? "(none named)" : string.Join(", ", cases);
        if (accepted)
        {
            output.WriteLine($"warning: --accept-no-verdict: exit 3 accepted as 0, with no verdict for {cases.Count} case(s): {named}");
            return ExitCodes.Ok;
        }

        if (code == ExitCodes.NoVerdict)
        {
            output.WriteLine($"no verdict (exit 3) for {cases.Count} case(s): {named}; nothing failed, nothing passed. Re-run on a quiet machine, or pass --accept-no-verdict to accept.");
        }

        return code;
    }

    /// <summary>The cases of a run report without a verdict: an INCONCLUSIVE SLA or time verdict (or a time SLA FAIL in <paramref name="inconclusive"/>).</summary>
    public static IReadOnlyList<string> Cases(BenchmarkReport report, IReadOnlyDictionary<string, string>? inconclusive = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sla = report.AllEntries()
            .Where(e => e.SlaValidation.Any(v => v.Status == SlaStatus.Inconclusive
                || (v is { Status: SlaStatus.Fail, Metric: SlaUnits.Time } && inconclusive?.ContainsKey(e.FullName) == true)))
            .Select(e => e.FullName);
        var time = (report.RegressionAnalysis?.Details?.Benchmarks ?? []).Where(b => b.Verdict == Inconclusive && b.FullName is not null).Select(b => b.FullName!);
        return sla.Concat(time).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The cases of a comparison without a verdict.</summary>
    public static IReadOnlyList<string> Cases(Regression.RegressionAnalysis? analysis, IReadOnlyList<SlaVerdict> sla)
    {
        ArgumentNullException.ThrowIfNull(sla);
        return (analysis?.Comparisons ?? []).Where(c => c.Verdict == TimeVerdict.Inconclusive).Select(c => c.FullName)
            .Concat(sla.Where(s => s.Status == SlaStatus.Inconclusive).Select(s => s.FullName))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
