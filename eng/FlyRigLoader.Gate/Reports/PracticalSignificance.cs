namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The suite guide's <c>practical_significance</c> of one benchmark: is the slowdown (current/baseline median ratio − 1,
/// after normalization) at least the benchmark's fail threshold? A speedup is never practically significant here, as in
/// the guide, whose rule only looks for regressions.
/// </summary>
public sealed record PracticalSignificance
{
    /// <summary>The fail threshold that applied to the benchmark (0.15 = 15 %; its category's when it has one).</summary>
    public double Threshold { get; init; }

    /// <summary>True when ratio − 1 ≥ <see cref="Threshold"/>.</summary>
    public bool IsSignificant { get; init; }

    /// <summary>The guide's judgement of a current/baseline <paramref name="ratio"/> against <paramref name="threshold"/>, or null without a ratio.</summary>
    public static PracticalSignificance? Of(double? ratio, double threshold) =>
        ratio is { } r && double.IsFinite(r) ? new PracticalSignificance { Threshold = threshold, IsSignificant = r - 1 >= threshold } : null;
}
