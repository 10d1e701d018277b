namespace FlyRigLoader.Gate.Accuracy;

/// <summary>The accuracy bar's counts over a set of replayed trials.</summary>
/// <param name="AaTrials">A/A trials.</param>
/// <param name="AaTimeAlarms">A/A trials with any time REGRESSION.</param>
/// <param name="AaAllocationAlarms">A/A trials with any allocation REGRESSION.</param>
/// <param name="BurnerTrials">CPU-burner trials.</param>
/// <param name="BurnerAlarms">CPU-burner trials with any time REGRESSION.</param>
/// <param name="Injects">Detection per injected factor (and concurrency).</param>
/// <param name="AllocTrials">Injected-allocation trials.</param>
/// <param name="AllocHits">Allocation REGRESSION on the target only.</param>
/// <param name="AllocRunTimeAlarms">Injected-allocation trials with a time REGRESSION (their times are unchanged: more A/A data).</param>
/// <param name="NonAllocTrials">Trials that injected no allocation.</param>
/// <param name="AllocationFalseAlarms">Of those, trials with any allocation REGRESSION.</param>
/// <param name="AaSuspectedTrials">A/A trials with any SUSPECTED time verdict (warning noise, not failures).</param>
/// <param name="Logged">Trials with a logged verdict.</param>
/// <param name="Reproduced">Of those, trials whose replay gives the logged verdict sets.</param>
internal sealed record AccuracyScore(
    int AaTrials, int AaTimeAlarms, int AaAllocationAlarms, int BurnerTrials, int BurnerAlarms, IReadOnlyList<InjectScore> Injects,
    int AllocTrials, int AllocHits, int AllocRunTimeAlarms, int NonAllocTrials, int AllocationFalseAlarms, int AaSuspectedTrials, int Logged, int Reproduced);
