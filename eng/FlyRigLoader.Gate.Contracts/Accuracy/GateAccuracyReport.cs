namespace FlyRigLoader.Gate.Contracts.Accuracy;

/// <summary>
/// What <c>GateAccuracy</c> measured about this gate on this machine (<c>artifacts/accuracy/gate-accuracy-&lt;run&gt;.json</c>,
/// schema <c>schemas/gate-accuracy.schema.json</c>): written by the accuracy tool, read by the HTML report.
/// </summary>
/// <param name="SchemaVersion">Format version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="RunId">UTC timestamp <c>yyyyMMddTHHmmssZ</c> + short git sha of the work tree measured.</param>
/// <param name="Started">When the experiments started (ISO 8601, UTC).</param>
/// <param name="Finished">When they finished.</param>
/// <param name="WallSeconds">Wall time of the whole run, flavour builds included.</param>
/// <param name="Machine">The machine and the work tree.</param>
/// <param name="Settings">The options the run used.</param>
/// <param name="Baseline">The scratch baseline the single-run experiments were judged against, or null when none was needed.</param>
/// <param name="Experiments">Each experiment with its trials and scores, in the order they were asked for.</param>
/// <param name="Spread">The fresh-process spread table, or null when the spread experiment did not run.</param>
/// <param name="Errors">Infrastructure problems (a flavour that did not build, a trial whose run failed); empty when none.</param>
public sealed record GateAccuracyReport(
    int SchemaVersion,
    string RunId,
    string Started,
    string Finished,
    double WallSeconds,
    AccuracyMachine Machine,
    AccuracySettings Settings,
    AccuracyBaseline? Baseline,
    IReadOnlyList<AccuracyExperiment> Experiments,
    SpreadTable? Spread,
    IReadOnlyList<string> Errors)
{
    /// <summary>The schema version the accuracy tool writes and the gate reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The sentences under the table, per experiment: the target's first-look resolution and how its outcomes split
    /// between settled and unsettled runs (against the limit the scratch baseline was held to).
    /// </summary>
    public IEnumerable<string> ExperimentLines() =>
        Experiments.SelectMany(e => new[] { e.ResolutionLine(), e.SettledLine(Baseline?.MaxLaunchSpread ?? 0) }).OfType<string>();
}
