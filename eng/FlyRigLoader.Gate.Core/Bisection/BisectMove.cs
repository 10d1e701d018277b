namespace FlyRigLoader.Gate.Core.Bisection;

/// <summary>What the search does next: measure one more commit, or stop with an answer.</summary>
/// <param name="Measure">The commit (1-based index on the path) to measure next, or null when the search is over.</param>
/// <param name="Answer">The answer when the search is over, else null.</param>
public sealed record BisectMove(int? Measure, BisectAnswer? Answer)
{
    /// <summary>Measure commit <paramref name="index"/> next.</summary>
    public static BisectMove Next(int index) => new(index, null);

    /// <summary>Stop with <paramref name="answer"/>.</summary>
    public static BisectMove Stop(BisectAnswer answer) => new(null, answer);
}
