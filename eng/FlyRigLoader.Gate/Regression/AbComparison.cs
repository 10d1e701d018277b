using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Regression;

/// <summary>
/// Turns the paired rounds of an A/B measurement into what the verdict rule compares (pure): rounds blocked (see
/// <see cref="RoundBlocking"/>), the A rounds as an interleaved baseline of K runs, the B rounds pooled as the current run.
/// </summary>
internal static class AbComparison
{
    /// <summary>The current run, its baseline and how many rounds each current benchmark pooled.</summary>
    public static (MeasuredRun Current, LoadedBaseline Baseline, IReadOnlyDictionary<string, int> Rounds) FromRounds(
        IReadOnlyList<MeasuredRun> a, IReadOnlyList<MeasuredRun> b, string description)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (blockedA, blockedB) = RoundBlocking.RemoveRoundEffects(a, b);
        var fingerprint = blockedB[0].Fingerprint ?? "ab";
        var baseline = new LoadedBaseline(RunPooling.AsBaseline(blockedA, fingerprint), description, true, Interleaved: true);
        var (pooled, counts) = RunPooling.Pool(blockedB[0], blockedB.Skip(1).ToList());
        return (pooled with { Fingerprint = fingerprint }, baseline, counts);
    }
}
