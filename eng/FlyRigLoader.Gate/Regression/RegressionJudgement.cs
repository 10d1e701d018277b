using FlyRigLoader.Gate.Baselines;
using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// What <see cref="RegressionCheck.Judge"/> decided, before anything is written or printed: either the analysis with the
/// facts its report needs, or the input error that stopped it. Rendering it (<see cref="RegressionCheck.Render"/>) decides
/// nothing, so a judgement settled silently (as the A/B re-measure loop does) can be shown as it stands.
/// </summary>
/// <param name="Current">The run judged.</param>
/// <param name="Sla">The SLA verdicts reported beside it.</param>
/// <param name="Analysis">The analysis; null when <paramref name="InputError"/> is set.</param>
/// <param name="Info">What the baseline was; null when <paramref name="InputError"/> is set.</param>
/// <param name="Notes">Notes for the report.</param>
/// <param name="AcceptNoVerdict">Whether no verdict is accepted (exit 0).</param>
/// <param name="InputError">Why the input could not be judged (exit 2), or null.</param>
internal sealed record RegressionJudgement(
    MeasuredRun Current, IReadOnlyList<SlaVerdict> Sla, RegressionAnalysis? Analysis, BaselineInfo? Info, IReadOnlyList<string> Notes, bool AcceptNoVerdict,
    string? InputError = null)
{
    /// <summary>The exit code the judgement gives: 2 for bad input or failed benchmarks, else the report's.</summary>
    public int ExitCode =>
        InputError is not null || Analysis is null || Current.Failed.Count > 0 ? GateInputException.ExitCode : RegressionReport.ExitCode(Analysis, Sla, AcceptNoVerdict);
}
