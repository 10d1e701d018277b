namespace FlyRigLoader.Gate.Core.Statistics.ChangePoints;

/// <summary>Settings of <see cref="EDivisive"/>.</summary>
/// <param name="MinSegment">Fewest points on either side of a step: one or two outliers can then never be a segment of their own.</param>
/// <param name="Alpha">Largest permutation p-value that accepts a split; 0.01 keeps the false-step rate on pure noise near 1 %.</param>
/// <param name="Permutations">Permutations per test; 199 resolves p-values down to 0.005.</param>
/// <param name="Seed">Seed of the permutations, so the same history always gives the same steps.</param>
public sealed record EDivisiveOptions(int MinSegment = 5, double Alpha = 0.01, int Permutations = 199, int Seed = 20240117)
{
    /// <summary>The defaults above.</summary>
    public static EDivisiveOptions Default { get; } = new();
}
