namespace FlyRigLoader.Gate.Reports;

/// <summary>The leak check as reported.</summary>
/// <param name="Status">NOT_RUN, NO_LEAKS_DETECTED, LEAK_DETECTED or FAILED.</param>
/// <param name="AnalysisMethod">How it was decided.</param>
/// <param name="CyclesTested">Load/unload cycles, or null.</param>
/// <param name="DatasetMb">Dataset size per cycle, or null.</param>
/// <param name="ManagedSlopeMbPerCycle">Managed-heap growth per cycle, or null.</param>
/// <param name="ManagedPValue">p-value of that slope, or null.</param>
/// <param name="WorkingSetSlopeMbPerCycle">Working-set growth per cycle, or null.</param>
/// <param name="MaxMemoryGrowthMb">Largest managed-heap growth over the first cycle, or null.</param>
/// <param name="Rule">The decision rule the check applied, or a failure reason.</param>
/// <param name="Source">The leak-check JSON file, or null.</param>
public sealed record LeakDetection(
    string Status,
    string AnalysisMethod,
    int? CyclesTested,
    double? DatasetMb,
    double? ManagedSlopeMbPerCycle,
    double? ManagedPValue,
    double? WorkingSetSlopeMbPerCycle,
    double? MaxMemoryGrowthMb,
    string? Rule,
    string? Source)
{
    /// <summary>The leak check was not requested.</summary>
    public static LeakDetection NotRun { get; } = new("NOT_RUN", "iterative_cycles", null, null, null, null, null, null, null, null);
}
