namespace FlyRigLoader.Gate.Core.Interference;

/// <summary>The decision for one failing case after interference was seen.</summary>
/// <param name="FullName">The benchmark case.</param>
/// <param name="Outcome">What to do with its verdict.</param>
/// <param name="Launches">The launches to judge it on (for <see cref="RemeasureOutcome.UseQuietLaunches"/>).</param>
/// <param name="Reason">One line for the report.</param>
public sealed record RemeasureDecision(string FullName, RemeasureOutcome Outcome, IReadOnlyList<int> Launches, string Reason);
