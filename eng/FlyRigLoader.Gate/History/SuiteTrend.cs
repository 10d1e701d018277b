using FlyRigLoader.Gate.Core.History;

namespace FlyRigLoader.Gate.History;

/// <summary>
/// The whole suite over its history (<see cref="SuiteLevel"/>): what each benchmark's trend was divided by. Its steps
/// and its creep are the host or a change that touched every benchmark; the history cannot tell which (an
/// <c>--against</c> run can), so its creep is never more than CREEP_SUSPECTED.
/// </summary>
/// <param name="Creep">The suite's level now against the anchor's, capped at CREEP_SUSPECTED.</param>
/// <param name="Steps">Steps of the suite's level, in time order.</param>
/// <param name="RunIds">The runs, oldest first, the current run last.</param>
/// <param name="Levels">Their levels (1 = the suite's typical speed; 1.1 = about 10 % slower).</param>
internal sealed record SuiteTrend(CreepVerdict Creep, IReadOnlyList<SuiteStep> Steps, IReadOnlyList<string> RunIds, IReadOnlyList<double> Levels);
