namespace FlyRigLoader.Gate.Reports;

/// <summary>Counts over the run and its exit code.</summary>
/// <param name="TotalBenchmarks">Cases in the report.</param>
/// <param name="Succeeded">Cases with measurements.</param>
/// <param name="Failed">Cases that threw or produced nothing.</param>
/// <param name="SlaChecked">SLA verdicts.</param>
/// <param name="SlaPassed">PASS verdicts.</param>
/// <param name="SlaFailed">FAIL verdicts.</param>
/// <param name="SlaNoData">NO_DATA verdicts.</param>
/// <param name="ExitCode">0 ok, 1 SLA failure or regression, 2 failure/timeout/infrastructure, 3 no verdict (INCONCLUSIVE) and nothing failed.</param>
/// <param name="SlaInconclusive">INCONCLUSIVE verdicts: SLA breaches measured under interference that re-measuring did not clear.</param>
public sealed record ReportSummary(int TotalBenchmarks, int Succeeded, int Failed, int SlaChecked, int SlaPassed, int SlaFailed, int SlaNoData, int ExitCode, int SlaInconclusive = 0);
