using FlyRigLoader.Gate.Core.Interference;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Turns the failing time verdicts of cases measured under interference into INCONCLUSIVE (pure): a slowdown a
/// neighbour may have caused is no verdict, and never a pass. Allocation verdicts and SLAs are left alone (bytes per
/// operation do not depend on a neighbour), and so are verdicts that do not fail, and failures so far past their bar
/// (<see cref="InterferenceThresholds.BeyondInterference"/>) that no neighbour explains them.
/// </summary>
internal static class InterferedVerdicts
{
    /// <summary>The analysis with every time REGRESSION of a case in <paramref name="inconclusive"/> made INCONCLUSIVE, keeping the measured reason.</summary>
    /// <param name="analysis">The verdicts as measured.</param>
    /// <param name="inconclusive">Case full name → why its measurement cannot carry a failing time verdict; null or empty: unchanged.</param>
    /// <param name="thresholds">The interference thresholds (null: the defaults); a regression whose lower ratio bound is past <see cref="InterferenceThresholds.BeyondInterference"/> stands.</param>
    public static RegressionAnalysis Apply(RegressionAnalysis analysis, IReadOnlyDictionary<string, string>? inconclusive, InterferenceThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (inconclusive is not { Count: > 0 })
        {
            return analysis;
        }

        return analysis with
        {
            Comparisons = analysis.Comparisons.Select(c => c.Verdict == TimeVerdict.Regression && inconclusive.TryGetValue(c.FullName, out var why)
                && !InterferenceRule.BeyondInterference(c.RatioLower ?? c.Ratio, 1.0, thresholds ?? new InterferenceThresholds())
                ? c with { Verdict = TimeVerdict.Inconclusive, Reason = "INCONCLUSIVE: " + why + " (as measured: " + c.Reason + ")" }
                : c).ToList(),
        };
    }

    /// <summary>The SLA verdicts with every time FAIL of a case in <paramref name="inconclusive"/> made INCONCLUSIVE.</summary>
    public static IReadOnlyList<SlaVerdict> Apply(IReadOnlyList<SlaVerdict> sla, IReadOnlyDictionary<string, string>? inconclusive, InterferenceThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(sla);
        if (inconclusive is not { Count: > 0 })
        {
            return sla;
        }

        return sla.Select(s => s is { Status: SlaStatus.Fail, Metric: SlaUnits.Time } && inconclusive.TryGetValue(s.FullName, out var why)
            && !InterferenceRule.BeyondInterference(s.Observed, s.Limit, thresholds ?? new InterferenceThresholds())
            ? s with { Status = SlaStatus.Inconclusive, Detail = s.Detail + "; INCONCLUSIVE: " + why }
            : s).ToList();
    }
}
