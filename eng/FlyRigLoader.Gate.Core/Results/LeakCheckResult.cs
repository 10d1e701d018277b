namespace FlyRigLoader.Gate.Core.Results;

/// <summary>The benchmark exe's <c>--leak-check</c> output (see contracts): heap samples per cycle and the fitted slopes.</summary>
/// <param name="Cycles">Load/unload cycles.</param>
/// <param name="DatasetMb">Dataset size per cycle.</param>
/// <param name="ManagedHeapMb">Managed heap after each cycle.</param>
/// <param name="WorkingSetMb">Working set after each cycle.</param>
/// <param name="ManagedSlopeMbPerCycle">Fitted managed growth per cycle.</param>
/// <param name="ManagedPValue">p-value of the managed slope.</param>
/// <param name="WorkingSetSlopeMbPerCycle">Fitted working-set growth per cycle.</param>
/// <param name="LeakDetected">The exe's verdict.</param>
/// <param name="Rule">The rule it applied.</param>
public sealed record LeakCheckResult(
    int Cycles,
    double DatasetMb,
    IReadOnlyList<double> ManagedHeapMb,
    IReadOnlyList<double> WorkingSetMb,
    double ManagedSlopeMbPerCycle,
    double ManagedPValue,
    double WorkingSetSlopeMbPerCycle,
    bool LeakDetected,
    string Rule);
