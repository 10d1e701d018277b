namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>The benchmarks (full names) of one trial by verdict; benchmarks with any other verdict are not listed.</summary>
/// <param name="Regression">Time REGRESSION.</param>
/// <param name="Suspected">Time SUSPECTED.</param>
/// <param name="Inconclusive">Time INCONCLUSIVE (interference the run could not clear): no false alarm, no detection.</param>
/// <param name="Incomparable">Time INCOMPARABLE (baseline from another job or environment): no false alarm, no detection.</param>
/// <param name="AllocationRegression">Allocation REGRESSION.</param>
/// <param name="SlaFail">An SLA FAIL (single runs only; <c>--against</c> checks no SLA).</param>
public sealed record TrialVerdicts(
    IReadOnlyList<string> Regression,
    IReadOnlyList<string> Suspected,
    IReadOnlyList<string> Inconclusive,
    IReadOnlyList<string> Incomparable,
    IReadOnlyList<string> AllocationRegression,
    IReadOnlyList<string> SlaFail);
