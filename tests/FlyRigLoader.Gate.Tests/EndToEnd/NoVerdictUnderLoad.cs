using FlyRigLoader.Gate.Contracts;
using FlyRigLoader.Gate.Core.Sla;
using FlyRigLoader.Gate.Reports;

namespace FlyRigLoader.Gate.Tests.EndToEnd;

/// <summary>
/// A real run beside other work (CI runs two test projects at once, and the machine is shared) may end with no verdict:
/// exit 3, with the case that would have failed INCONCLUSIVE and nothing failed outright. That is the gate working as
/// documented (README "Interference"), so the end-to-end tests accept it only in exactly that shape.
/// </summary>
internal static class NoVerdictUnderLoad
{
    /// <summary>Whether <paramref name="exitCode"/> is 3 and the report shows why: INCONCLUSIVE SLAs only, no failure, and a note on the machine.</summary>
    public static bool Explains(int exitCode, BenchmarkReport? report) =>
        exitCode == ExitCodes.NoVerdict
        && report is { Summary: { SlaFailed: 0, SlaInconclusive: > 0, ExitCode: ExitCodes.NoVerdict } }
        && report.AllEntries().SelectMany(e => e.SlaValidation).Where(v => v.Status == SlaStatus.Inconclusive).All(v => v.Detail.Contains("; INCONCLUSIVE: ", StringComparison.Ordinal));
}
