namespace FlyRigLoader.Gate.Accuracy;

/// <summary>Verdicts as the accuracy scripts logged them (full names with spaces removed).</summary>
/// <param name="ExitCode">Exit code of CheckRegression (SLA failures included).</param>
/// <param name="Regression">Benchmarks with a time REGRESSION, or null when the script did not log them.</param>
/// <param name="Suspected">Benchmarks with a SUSPECTED time verdict, or null when not logged.</param>
/// <param name="Allocation">Benchmarks with an allocation REGRESSION, or null when not logged.</param>
internal sealed record LoggedVerdicts(int ExitCode, IReadOnlyList<string>? Regression, IReadOnlyList<string>? Suspected, IReadOnlyList<string>? Allocation);
