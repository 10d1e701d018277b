namespace FlyRigLoader.Gate.Contracts.Interleaving;

/// <summary>How long and how finely A and B are interleaved.</summary>
/// <param name="BatchMilliseconds">Target duration of one batch. Short, so the two sides of a pair are measured
/// within the same machine state (on shared runners speed plateaus last about half a second).</param>
/// <param name="Pairs">Measured A/B pairs per case (each pair: one batch of each side).</param>
/// <param name="MinWarmupMilliseconds">Warm up at least this long: tiered JIT needs seconds to settle a cold process.</param>
/// <param name="MaxWarmupMilliseconds">Stop warming up here even if the JIT is still compiling (recorded as not settled).</param>
/// <param name="QuietMilliseconds">The JIT counts as settled when it compiled nothing for this long.</param>
/// <param name="MaxMeasureSeconds">Fewer pairs (never fewer than <see cref="MinPairs"/>) when a case's operations are long.</param>
/// <param name="BFirst">
/// B goes first in everything that has an order: its build is loaded first, its case set up first, and it opens the
/// first pair (BAAB…). The gate alternates this between launches because a process's heap is not symmetric: in a
/// default-profile A/A run (same build on both sides) the side set up second read <c>LoadGzipPickle(SizeMb: 10)</c>
/// 1.46× slower in each of four full-suite launches, and equal in launches that measured six methods only.
/// </param>
public sealed record InterleavingSettings(
    double BatchMilliseconds = 25,
    int Pairs = 40,
    double MinWarmupMilliseconds = 1500,
    double MaxWarmupMilliseconds = 15000,
    double QuietMilliseconds = 500,
    double MaxMeasureSeconds = 30,
    bool BFirst = false)
{
    /// <summary>The fewest pairs a case is measured with, whatever its length (the gate needs ≥ 3 samples per round).</summary>
    public const int MinPairs = 6;
}
