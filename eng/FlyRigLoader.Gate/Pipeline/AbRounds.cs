using FlyRigLoader.Gate.Baselines;

namespace FlyRigLoader.Gate.Pipeline;

/// <summary>One A/B measurement of two builds: the rounds of each side (one per launch or per alternation) and how they ran.</summary>
/// <param name="A">Rounds of the reference build.</param>
/// <param name="B">Rounds of the build being judged, paired with <paramref name="A"/> by position.</param>
/// <param name="How">One line for the report, e.g. <c>interleaved A/B, 4 launches x 40 pairs x 25 ms batches, …</c>.</param>
internal sealed record AbRounds(IReadOnlyList<MeasuredRun> A, IReadOnlyList<MeasuredRun> B, string How)
{
    /// <summary>These rounds followed by <paramref name="more"/> (a re-measure of the same pair of builds), still paired.</summary>
    public AbRounds Then(AbRounds more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new AbRounds([.. A, .. more.A], [.. B, .. more.B], How);
    }
}
