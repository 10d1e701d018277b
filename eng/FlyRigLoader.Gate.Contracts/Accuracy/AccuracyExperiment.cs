namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>One experiment of a gate-accuracy run.</summary>
/// <param name="Name">Its option name (<c>aa</c>, <c>inject125</c>, <c>against110</c>…).</param>
/// <param name="Description">What it does, in one sentence.</param>
/// <param name="Flavour">The flavour it measured (name, injection and target), or null for the shipped build.</param>
/// <param name="TrialsPlanned">Trials it was to run.</param>
/// <param name="Trials">The trials, in the order they ran.</param>
/// <param name="Scores">Its measures against the bars (A/A single runs have two: time and allocation).</param>
public sealed record AccuracyExperiment(string Name, string Description, string? Flavour, int TrialsPlanned, IReadOnlyList<ExperimentTrial> Trials, IReadOnlyList<ExperimentScore> Scores);
