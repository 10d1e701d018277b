using FlyRigLoader.Gate.Accuracy.Flavours;

namespace FlyRigLoader.Gate.Accuracy.Experiments;

/// <summary>One experiment: its name, what it runs and what it is scored against.</summary>
/// <param name="Kind">Which experiment.</param>
/// <param name="Name">Its option name.</param>
/// <param name="Description">One sentence for the report.</param>
/// <param name="TrialsPerN">Trials per unit of <c>--trials</c> (2 for single-run A/A, whose bar is per 20).</param>
/// <param name="Injection">The flavour it measures (null: the shipped build), with the target glob left empty until the run fills it.</param>
/// <param name="Interleaved">True for the <c>--against</c>-style A/B experiments (shipped build A, flavour B).</param>
internal sealed record Experiment(ExperimentKind Kind, string Name, string Description, int TrialsPerN, InjectionSpec? Injection, bool Interleaved)
{
    /// <summary>True when its trials are single runs judged against the scratch baseline.</summary>
    public bool NeedsBaseline => Kind is not ExperimentKind.Spread && !Interleaved;

    /// <summary>Trials for <c>--trials=n</c>.</summary>
    public int Trials(int n) => TrialsPerN * n;
}
