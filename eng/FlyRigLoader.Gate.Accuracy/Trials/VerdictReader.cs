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
}
