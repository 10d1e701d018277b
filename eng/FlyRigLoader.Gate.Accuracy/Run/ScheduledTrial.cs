using FlyRigLoader.Gate.Accuracy.Experiments;

namespace FlyRigLoader.Gate.Accuracy.Run;

/// <summary>One trial in the run's order.</summary>
/// <param name="Round">1-based round: every experiment's next trial(s) run in each round, so a slow drift of the machine touches them all alike.</param>
/// <param name="Experiment">The experiment.</param>
/// <param name="Index">1-based index of the trial within its experiment.</param>
internal sealed record ScheduledTrial(int Round, Experiment Experiment, int Index);
