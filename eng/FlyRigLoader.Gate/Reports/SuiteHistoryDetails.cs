namespace FlyRigLoader.Gate.Reports;

/// <summary>
/// The whole suite's level over the history (<c>regression_analysis.details.history.suite</c>): what each benchmark was
/// divided by. Its steps and creep are the host or a change that touched every benchmark; the history cannot tell
/// which, so its creep is at most <c>CREEP_SUSPECTED</c>.
/// </summary>
public sealed record SuiteHistoryDetails
{
    /// <summary><c>CREEP_SUSPECTED</c> or <c>NO_CREEP</c>.</summary>
    public string? Creep { get; init; }

    /// <summary>The suite's level now / at the anchor.</summary>
    public double Ratio { get; init; }

    /// <summary>The ratio's 95 % interval [lower, upper].</summary>
    public IReadOnlyList<double> RatioCi { get; init; } = [];

    /// <summary>Between-run noise of the level (sd of its log).</summary>
    public double RunNoise { get; init; }

    /// <summary>The runs of the history, oldest first, the current one last.</summary>
    public IReadOnlyList<string> RunIds { get; init; } = [];

    /// <summary>Per run of <see cref="RunIds"/>, the suite's level: 1 = its typical speed, 1.1 = about 10 % slower.</summary>
    public IReadOnlyList<double> Levels { get; init; } = [];

    /// <summary>Steps of the level, oldest first.</summary>
    public IReadOnlyList<StepDetails> ChangePoints { get; init; } = [];
}
