namespace FlyRigLoader.Gate.History;

/// <summary>A step of the whole suite's level between two consecutive runs.</summary>
/// <param name="Index">Position (in the history, the current run last) of the first run after the step.</param>
/// <param name="BeforeRunId">The last run before the step.</param>
/// <param name="BeforeSha">Its commit, or null.</param>
/// <param name="AfterRunId">The first run after the step.</param>
/// <param name="AfterSha">Its commit, or null.</param>
/// <param name="AfterDate">When that run was made.</param>
/// <param name="Ratio">Level after / level before: above 1 the whole suite got slower.</param>
/// <param name="PValue">Permutation p-value of the split.</param>
internal sealed record SuiteStep(int Index, string BeforeRunId, string? BeforeSha, string AfterRunId, string? AfterSha, DateTimeOffset AfterDate, double Ratio, double PValue);
