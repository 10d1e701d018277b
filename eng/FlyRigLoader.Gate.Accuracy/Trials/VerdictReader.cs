using FlyRigLoader.Gate.Contracts.Accuracy;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Regression;

namespace FlyRigLoader.Gate.Accuracy.Trials;

/// <summary>
/// A trial's verdict lists from the gate's analysis (pure). Verdicts are matched by their printed names, so INCONCLUSIVE
/// and INCOMPARABLE are read the way the report prints them.
/// </summary>
internal static class VerdictReader
{
    /// <summary>The benchmarks by verdict, and the cases with an SLA FAIL.</summary>
    public static TrialVerdicts From(RegressionAnalysis analysis, IReadOnlyList<SlaVerdict> sla)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sla);
        List<string> Time(string printed) => [.. analysis.Comparisons.Where(c => VerdictNames.Of(c.Verdict) == printed).Select(c => c.FullName)];
        return new TrialVerdicts(
            Time("REGRESSION"), Time("SUSPECTED"), Time("INCONCLUSIVE"), Time("INCOMPARABLE"),
            [.. analysis.Comparisons.Where(c => VerdictNames.Of(c.AllocationVerdict) == "REGRESSION").Select(c => c.FullName)],
            [.. sla.Where(v => v.Status == SlaStatus.Fail).Select(v => v.FullName).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The verdicts <c>CheckRegression --confirm</c> ends with: every benchmark of a method measured again side by side
    /// takes that measurement's time and allocation verdicts, every other keeps the first look's (it passed it); SLA
    /// verdicts stay the run's, as confirmation re-measures regressions, not SLAs.
    /// </summary>
    /// <param name="firstLook">The single run's verdicts.</param>
    /// <param name="methods">The methods (<c>Namespace.Type.Method</c>) measured again.</param>
    /// <param name="sideBySide">The side-by-side verdicts of those methods.</param>
    public static TrialVerdicts Confirmed(TrialVerdicts firstLook, IReadOnlyCollection<string> methods, TrialVerdicts sideBySide)
    {
        ArgumentNullException.ThrowIfNull(firstLook);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(sideBySide);
        List<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> again) =>
            [.. first.Where(n => !methods.Contains(ConfirmPlan.FilterFor(n), StringComparer.Ordinal)).Concat(again).Distinct(StringComparer.Ordinal)];
        return new TrialVerdicts(
            Merge(firstLook.Regression, sideBySide.Regression), Merge(firstLook.Suspected, sideBySide.Suspected), Merge(firstLook.Inconclusive, sideBySide.Inconclusive),
            Merge(firstLook.Incomparable, sideBySide.Incomparable), Merge(firstLook.AllocationRegression, sideBySide.AllocationRegression), firstLook.SlaFail);
    }
}
