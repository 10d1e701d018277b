using FlyRigLoader.Gate.Core.Bisection;

namespace FlyRigLoader.Gate.Bisection;

/// <summary>What one A/B measurement of a commit against the reference concluded.</summary>
/// <param name="Outcome">Good, bad, doubtful or skipped.</param>
/// <param name="Reason">One sentence: which benchmark decided it and why.</param>
/// <param name="Benchmarks">Every measured case, worst ratio first.</param>
internal sealed record StepVerdict(StepOutcome Outcome, string Reason, IReadOnlyList<BenchmarkRatio> Benchmarks)
{
    /// <summary>A commit that could not be measured at all (it does not build).</summary>
    public static StepVerdict Skip(string reason) => new(StepOutcome.Skipped, reason, []);
}
